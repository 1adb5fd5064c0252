-- Business process flows (shared kit, platform/process): one row per kind of record a service guides, written when a
-- manager first changes its flow (until then the service's default applies). Repeatable and idempotent, so databases
-- that already ran the versioned migrations get the table too.
CREATE TABLE IF NOT EXISTS process_flow (
    id           uuid         PRIMARY KEY,
    record_type  varchar(40)  NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    stages       text         NOT NULL,
    modified_by  varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL,
    modified_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL
);
