-- Sharing an opportunity (and its quotes) with a user or a team, for reading or for reading and writing.
CREATE TABLE opportunity_share (
    opportunity_id  uuid         NOT NULL REFERENCES opportunity (id),
    principal_type  varchar(10)  NOT NULL,
    principal_id    varchar(200) NOT NULL,
    access          varchar(20)  NOT NULL,
    granted_by      varchar(200) NOT NULL,
    granted_at      timestamptz  NOT NULL,
    PRIMARY KEY (opportunity_id, principal_type, principal_id)
);
CREATE INDEX opportunity_share_principal ON opportunity_share (principal_type, principal_id);
