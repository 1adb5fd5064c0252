-- Record shares (shared kit, platform/access): a record shared with a user or a team for READ or READ_WRITE, or a user
-- on a deal's sales team (principal_type MEMBER). Kept by the service that owns the record and mirrored from its
-- events by the services that follow it. Repeatable and idempotent: the leads-service created the table in its V9,
-- the opportunity- and billing-services turned their own share tables into it (V14, V9).
CREATE TABLE IF NOT EXISTS record_share (
    record_type     varchar(20)  NOT NULL,
    record_id       uuid         NOT NULL,
    principal_type  varchar(10)  NOT NULL,
    principal_id    varchar(200) NOT NULL,
    access          varchar(20)  NOT NULL,
    granted_by      varchar(200) NOT NULL,
    granted_at      timestamptz  NOT NULL,
    PRIMARY KEY (record_type, record_id, principal_type, principal_id)
);
-- Lists ask "which records are shared with this user or team": by principal first.
CREATE INDEX IF NOT EXISTS record_share_principal ON record_share (principal_id, principal_type, record_type, record_id);
