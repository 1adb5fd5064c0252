-- The visible effect of the test inbox consumer: one row per applied event.
CREATE TABLE inbox_effect (
    id        bigserial PRIMARY KEY,
    event_id  varchar(100) NOT NULL,
    lead_id   uuid         NOT NULL
);
