-- The suite's one access model (platform/access) keeps the opportunity-service's shares in record_share, with their
-- access level: a READ share reads a deal's orders and invoices, only READ_WRITE (and the sales team, MEMBER) changes
-- them. opportunity_grant kept no level; its user and team grants become READ until the opportunity-service
-- publishes the share again (share it anew to restore READ_WRITE), its sales team members READ_WRITE as before.
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
SELECT 'opportunity', opportunity_id, principal_type, principal_id,
       CASE principal_type WHEN 'MEMBER' THEN 'READ_WRITE' ELSE 'READ' END, 'migration', now()
FROM opportunity_grant;

DROP TABLE opportunity_grant;
