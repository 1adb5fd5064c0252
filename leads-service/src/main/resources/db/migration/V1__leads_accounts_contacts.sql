-- Leads, accounts and contacts: the leads-service's own database.

CREATE TABLE account (
    id                  uuid PRIMARY KEY,
    name                varchar(160) NOT NULL,
    email               varchar(254),
    phone               varchar(50),
    website             varchar(200),
    industry            varchar(100),
    city                varchar(100),
    country             varchar(100),
    primary_contact_id  uuid,
    owner_id            varchar(200) NOT NULL,
    owning_team         varchar(100),
    created_at          timestamptz  NOT NULL,
    modified_at         timestamptz  NOT NULL,
    version             bigint       NOT NULL
);
-- Duplicate detection compares names case-insensitively.
CREATE INDEX account_name_lower ON account (lower(name));
CREATE INDEX account_owner ON account (owner_id);

CREATE TABLE contact (
    id           uuid PRIMARY KEY,
    first_name   varchar(100),
    last_name    varchar(100) NOT NULL,
    email        varchar(254),
    phone        varchar(50),
    job_title    varchar(100),
    account_id   uuid REFERENCES account (id),
    owner_id     varchar(200) NOT NULL,
    owning_team  varchar(100),
    created_at   timestamptz  NOT NULL,
    modified_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL
);
CREATE INDEX contact_email_lower ON contact (lower(email));
CREATE INDEX contact_account ON contact (account_id);
CREATE INDEX contact_owner ON contact (owner_id);

-- Deferred: qualifying a lead creates an account and its primary contact in one transaction.
ALTER TABLE account ADD CONSTRAINT account_primary_contact FOREIGN KEY (primary_contact_id) REFERENCES contact (id)
    DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE lead (
    id                       uuid PRIMARY KEY,
    topic                    varchar(200) NOT NULL,
    first_name               varchar(100),
    last_name                varchar(100) NOT NULL,
    company_name             varchar(160),
    email                    varchar(254),
    phone                    varchar(50),
    job_title                varchar(100),
    estimated_value_amount   numeric(19, 4),
    estimated_value_currency varchar(3),
    rating                   varchar(10),
    source                   varchar(100),
    description              text,
    state                    varchar(20)  NOT NULL,
    status_reason            varchar(30)  NOT NULL,
    owner_id                 varchar(200) NOT NULL,
    owning_team              varchar(100),
    account_id               uuid REFERENCES account (id),
    contact_id               uuid REFERENCES contact (id),
    qualified_at             timestamptz,
    created_at               timestamptz  NOT NULL,
    modified_at              timestamptz  NOT NULL,
    version                  bigint       NOT NULL,
    CONSTRAINT lead_value_has_currency CHECK ((estimated_value_amount IS NULL) = (estimated_value_currency IS NULL))
);
CREATE INDEX lead_owner ON lead (owner_id);
CREATE INDEX lead_team ON lead (owning_team);
CREATE INDEX lead_state ON lead (state);
CREATE INDEX lead_email_lower ON lead (lower(email));
