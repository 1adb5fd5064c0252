-- Leads, accounts and contacts shared with a user or a team, for reading or for reading and writing (as opportunities
-- are, opportunity_share in the opportunity-service). One row per record and principal.
CREATE TABLE record_share (
    record_type     varchar(10)  NOT NULL,
    record_id       uuid         NOT NULL,
    principal_type  varchar(10)  NOT NULL,
    principal_id    varchar(200) NOT NULL,
    access          varchar(20)  NOT NULL,
    granted_by      varchar(200) NOT NULL,
    granted_at      timestamptz  NOT NULL,
    PRIMARY KEY (record_type, record_id, principal_type, principal_id)
);
-- Lists ask "which records are shared with this user or team": by principal first.
CREATE INDEX record_share_principal ON record_share (principal_id, principal_type, record_type, record_id);
