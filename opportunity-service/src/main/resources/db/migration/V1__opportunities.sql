-- Opportunities: the opportunity-service's own database.

CREATE TABLE opportunity (
    id                   uuid PRIMARY KEY,
    topic                varchar(200)   NOT NULL,
    customer_type        varchar(10)    NOT NULL,
    customer_id          uuid           NOT NULL,
    customer_name        varchar(200),
    originating_lead_id  uuid,
    owner_id             varchar(200)   NOT NULL,
    owning_team          varchar(100),
    price_list_id        uuid,
    currency             varchar(3)     NOT NULL,
    estimated_revenue    numeric(19, 4),
    estimated_close_date date,
    probability          integer,
    rating               varchar(10),
    sales_stage          varchar(20)    NOT NULL,
    forecast_category    varchar(20)    NOT NULL,
    state                varchar(10)    NOT NULL,
    status_reason        varchar(20)    NOT NULL,
    description          text,
    customer_need        text,
    proposed_solution    text,
    actual_revenue       numeric(19, 4),
    actual_close_date    date,
    close_description    text,
    winning_competitor   varchar(200),
    created_at           timestamptz    NOT NULL,
    modified_at          timestamptz    NOT NULL,
    version              bigint         NOT NULL,
    CONSTRAINT opportunity_probability CHECK (probability BETWEEN 0 AND 100)
);
-- One opportunity per qualified lead, whatever the redeliveries (the consumer also records event ids).
CREATE UNIQUE INDEX opportunity_originating_lead ON opportunity (originating_lead_id);
CREATE INDEX opportunity_owner ON opportunity (owner_id);
CREATE INDEX opportunity_team ON opportunity (owning_team);
CREATE INDEX opportunity_customer ON opportunity (customer_id);
CREATE INDEX opportunity_state_close ON opportunity (state, estimated_close_date);
