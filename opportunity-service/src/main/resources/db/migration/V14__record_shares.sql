-- The suite's one access model (platform/access) keeps every share in record_share: opportunity shares move there
-- (kind 'opportunity'), and each sales team member gets a MEMBER grant (READ_WRITE), so one subquery answers "what is
-- shared with this user or team" for every list. opportunity_team_member keeps the members' roles. Leads', accounts'
-- and contacts' shares, mirrored from the leads topic, join them under their own kinds.
CREATE TABLE record_share (
    record_type     varchar(20)  NOT NULL,
    record_id       uuid         NOT NULL,
    principal_type  varchar(10)  NOT NULL,
    principal_id    varchar(200) NOT NULL,
    access          varchar(20)  NOT NULL,
    granted_by      varchar(200) NOT NULL,
    granted_at      timestamptz  NOT NULL,
    PRIMARY KEY (record_type, record_id, principal_type, principal_id)
);
CREATE INDEX record_share_principal ON record_share (principal_id, principal_type, record_type, record_id);

INSERT INTO record_share (record_type, record_id, principal_type, principal_id, access, granted_by, granted_at)
SELECT 'opportunity', opportunity_id, principal_type, principal_id, access, granted_by, granted_at
FROM opportunity_share;

INSERT INTO record_share (record_type, record_id, principal_type, principal_id, access, granted_by, granted_at)
SELECT 'opportunity', opportunity_id, 'MEMBER', user_id, 'READ_WRITE', added_by, added_at
FROM opportunity_team_member;

DROP TABLE opportunity_share;
