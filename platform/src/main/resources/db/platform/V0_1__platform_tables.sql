-- Tables of the shared kit (platform/): every service gets them through flyway location db/platform.

-- Transactional outbox: written in the same transaction as the state change, deleted once on Kafka.
CREATE TABLE outbox_message (
    id            uuid PRIMARY KEY,
    position      bigserial    NOT NULL UNIQUE,
    topic         varchar(200) NOT NULL,
    aggregate_id  varchar(100) NOT NULL,
    event_type    varchar(200) NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    payload       text         NOT NULL,
    traceparent   varchar(100),
    created_at    timestamptz  NOT NULL DEFAULT now()
);
-- The relay looks for the oldest entry of each aggregate.
CREATE INDEX outbox_message_aggregate ON outbox_message (aggregate_id, position);

-- Idempotent consumer: one row per (consumer, event id), written in the consumer's transaction.
CREATE TABLE processed_event (
    consumer      varchar(200) NOT NULL,
    event_id      varchar(100) NOT NULL,
    event_type    varchar(200),
    processed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key: the first response to a POST, replayed to retries with the same key.
CREATE TABLE idempotency_record (
    subject       varchar(200) NOT NULL,
    idem_key      varchar(255) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        integer,
    body          text,
    location      varchar(2000),
    etag          varchar(100),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, idem_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
