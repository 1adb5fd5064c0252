-- Activities and notes regard any record, as Dataverse's regarding lookup does: a lead, account, contact,
-- opportunity, quote, order or invoice. regarding_opportunity_id stays the deal the record belongs to (none for
-- leads, accounts and contacts): who may read the deal may read what regards it.
ALTER TABLE activity
    ADD COLUMN regarding_type varchar(20),
    ADD COLUMN regarding_id uuid,
    ADD COLUMN from_address varchar(320),
    ADD COLUMN to_addresses varchar(2000);
UPDATE activity SET regarding_type = 'OPPORTUNITY', regarding_id = regarding_opportunity_id;
ALTER TABLE activity
    ALTER COLUMN regarding_type SET NOT NULL,
    ALTER COLUMN regarding_id SET NOT NULL,
    ALTER COLUMN regarding_opportunity_id DROP NOT NULL;
CREATE INDEX activity_regarding_timeline ON activity (regarding_id, created_at DESC, id DESC);

-- The records activities and notes may regard that other services own, kept from their events: name, owner and
-- the opportunity an order or invoice belongs to.
CREATE TABLE regarded_record (
    id              uuid PRIMARY KEY,
    record_type     varchar(20)   NOT NULL,
    name            varchar(300),
    owner_id        varchar(200),
    owning_team     varchar(100),
    opportunity_id  uuid,
    changed_at      timestamptz   NOT NULL
);

-- Notes: text and at most one attachment, stored in 256 KiB chunks so it is written and read as a stream.
CREATE TABLE note (
    id                        uuid PRIMARY KEY,
    regarding_type            varchar(20)   NOT NULL,
    regarding_id              uuid          NOT NULL,
    regarding_opportunity_id  uuid,
    subject                   varchar(200),
    text                      text,
    file_name                 varchar(255),
    mime_type                 varchar(100),
    file_size                 bigint,
    owner_id                  varchar(200)  NOT NULL,
    owning_team               varchar(100),
    created_at                timestamptz   NOT NULL,
    modified_at               timestamptz   NOT NULL,
    version                   bigint        NOT NULL
);
CREATE INDEX note_regarding_timeline ON note (regarding_id, created_at DESC, id DESC);

CREATE TABLE note_attachment_chunk (
    note_id   uuid    NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    sequence  integer NOT NULL,
    data      bytea   NOT NULL,
    PRIMARY KEY (note_id, sequence)
);

-- A record's timeline: its activities and notes, newest first, read as one list.
CREATE VIEW timeline_entry AS
    SELECT id, 'ACTIVITY' AS kind, regarding_type, regarding_id, regarding_opportunity_id, activity_type, subject,
           description AS body, state, status_reason, NULL::varchar AS file_name, NULL::varchar AS mime_type,
           NULL::bigint AS file_size, owner_id, owning_team, created_at, modified_at
      FROM activity
    UNION ALL
    SELECT id, 'NOTE', regarding_type, regarding_id, regarding_opportunity_id, NULL, subject, text, NULL, NULL,
           file_name, mime_type, file_size, owner_id, owning_team, created_at, modified_at
      FROM note;
