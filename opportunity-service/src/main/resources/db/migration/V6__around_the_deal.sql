-- Around the deal: competitors, stakeholders, the sales team, sales literature given, and activities.

CREATE TABLE competitor (
    id           uuid PRIMARY KEY,
    name         varchar(200)  NOT NULL,
    website      varchar(500),
    strengths    text,
    weaknesses   text,
    created_at   timestamptz   NOT NULL,
    modified_at  timestamptz   NOT NULL,
    version      bigint        NOT NULL
);
CREATE UNIQUE INDEX competitor_name ON competitor (lower(name));

-- The competitors named on an opportunity.
CREATE TABLE opportunity_competitor (
    opportunity_id  uuid          NOT NULL REFERENCES opportunity (id),
    competitor_id   uuid          NOT NULL REFERENCES competitor (id),
    added_by        varchar(200)  NOT NULL,
    added_at        timestamptz   NOT NULL,
    PRIMARY KEY (opportunity_id, competitor_id)
);
CREATE INDEX opportunity_competitor_competitor ON opportunity_competitor (competitor_id);

ALTER TABLE opportunity ADD COLUMN winning_competitor_id uuid REFERENCES competitor (id);

-- Contacts of the customer and the part they play in the decision. The contact lives in the leads-service:
-- its id and name are copied, not joined.
CREATE TABLE opportunity_stakeholder (
    id              uuid PRIMARY KEY,
    opportunity_id  uuid          NOT NULL REFERENCES opportunity (id),
    contact_id      uuid          NOT NULL,
    contact_name    varchar(300)  NOT NULL,
    role            varchar(30)   NOT NULL,
    description     text,
    added_by        varchar(200)  NOT NULL,
    added_at        timestamptz   NOT NULL,
    CONSTRAINT opportunity_stakeholder_once UNIQUE (opportunity_id, contact_id)
);

-- Users working the deal with its owner; membership grants read and write access, as Dynamics' access teams do.
CREATE TABLE opportunity_team_member (
    opportunity_id  uuid          NOT NULL REFERENCES opportunity (id),
    user_id         varchar(200)  NOT NULL,
    role            varchar(100)  NOT NULL,
    added_by        varchar(200)  NOT NULL,
    added_at        timestamptz   NOT NULL,
    PRIMARY KEY (opportunity_id, user_id)
);
CREATE INDEX opportunity_team_member_user ON opportunity_team_member (user_id);

CREATE TABLE sales_literature (
    id               uuid PRIMARY KEY,
    name             varchar(200)  NOT NULL,
    literature_type  varchar(30)   NOT NULL,
    subject          varchar(200),
    description      text,
    expiration_date  date,
    documents        jsonb         NOT NULL,
    created_at       timestamptz   NOT NULL,
    modified_at      timestamptz   NOT NULL,
    version          bigint        NOT NULL
);

-- Sales literature given to the customer of an opportunity.
CREATE TABLE opportunity_sales_literature (
    opportunity_id  uuid          NOT NULL REFERENCES opportunity (id),
    literature_id   uuid          NOT NULL REFERENCES sales_literature (id),
    given_by        varchar(200)  NOT NULL,
    given_at        timestamptz   NOT NULL,
    PRIMARY KEY (opportunity_id, literature_id)
);

-- Tasks, phone calls and appointments regarding an opportunity.
CREATE TABLE activity (
    id                        uuid PRIMARY KEY,
    activity_type             varchar(20)   NOT NULL,
    regarding_opportunity_id  uuid          NOT NULL REFERENCES opportunity (id),
    subject                   varchar(200)  NOT NULL,
    description               text,
    priority                  varchar(10)   NOT NULL,
    due_at                    timestamptz,
    scheduled_start           timestamptz,
    scheduled_end             timestamptz,
    location                  varchar(200),
    direction                 varchar(10),
    phone_number              varchar(50),
    state                     varchar(20)   NOT NULL,
    status_reason             varchar(30)   NOT NULL,
    actual_end                timestamptz,
    owner_id                  varchar(200)  NOT NULL,
    owning_team               varchar(100),
    created_at                timestamptz   NOT NULL,
    modified_at               timestamptz   NOT NULL,
    version                   bigint        NOT NULL,
    CONSTRAINT activity_schedule CHECK (scheduled_end IS NULL OR scheduled_start IS NULL OR scheduled_end >= scheduled_start)
);
CREATE INDEX activity_regarding ON activity (regarding_opportunity_id);
CREATE INDEX activity_owner_state ON activity (owner_id, state);
