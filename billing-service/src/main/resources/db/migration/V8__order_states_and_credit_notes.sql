-- Orders as Dataverse has them: Submitted (In Progress) and Invoiced join Active, Fulfilled and Canceled.
ALTER TABLE sales_order ALTER COLUMN state TYPE varchar(20), ALTER COLUMN status_reason TYPE varchar(20),
    ADD COLUMN submitted_at timestamptz;

-- One gapless series per kind of document and year: INV-2026-000042 for invoices, CRN-2026-000007 for credit notes.
ALTER TABLE invoice_number_counter ADD COLUMN series varchar(10) NOT NULL DEFAULT 'INV';
ALTER TABLE invoice_number_counter DROP CONSTRAINT invoice_number_counter_pkey;
ALTER TABLE invoice_number_counter ADD PRIMARY KEY (series, year);

-- Credit notes reverse a billed or paid invoice, fully or partly; what they credited is kept on the invoice too.
ALTER TABLE invoice ADD COLUMN credited_amount numeric(19, 4) NOT NULL DEFAULT 0;
ALTER TABLE invoice ADD CONSTRAINT invoice_not_overcredited CHECK (credited_amount <= total_amount);
ALTER TABLE invoice_line ADD COLUMN credited_quantity numeric(19, 4) NOT NULL DEFAULT 0;
ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_not_overcredited CHECK (credited_quantity <= quantity);

CREATE TABLE credit_note (
    id                         uuid PRIMARY KEY,
    credit_note_number         varchar(20)    NOT NULL UNIQUE,
    invoice_id                 uuid           NOT NULL REFERENCES invoice (id),
    invoice_number             varchar(20)    NOT NULL,
    order_id                   uuid           NOT NULL,
    order_number               varchar(20)    NOT NULL,
    quote_id                   uuid,
    opportunity_id             uuid,
    customer_type              varchar(10)    NOT NULL,
    customer_id                uuid           NOT NULL,
    customer_name              varchar(300),
    bill_to_street1            varchar(250),
    bill_to_street2            varchar(250),
    bill_to_postal_code        varchar(20),
    bill_to_city               varchar(100),
    bill_to_state_or_province  varchar(100),
    bill_to_country            varchar(100),
    owner_id                   varchar(200)   NOT NULL,
    owning_team                varchar(100),
    currency                   varchar(3)     NOT NULL,
    payment_terms              varchar(20)    NOT NULL,
    issue_date                 date           NOT NULL,
    reason                     varchar(500)   NOT NULL,
    full_credit                boolean        NOT NULL,
    issued_by                  varchar(200)   NOT NULL,
    detail_amount              numeric(19, 4) NOT NULL,
    discount_percentage        numeric(7, 4)  NOT NULL,
    discount_amount            numeric(19, 4) NOT NULL,
    total_discount             numeric(19, 4) NOT NULL,
    pre_freight_amount         numeric(19, 4) NOT NULL,
    freight                    numeric(19, 4) NOT NULL,
    total_tax                  numeric(19, 4) NOT NULL,
    total_amount               numeric(19, 4) NOT NULL,
    created_at                 timestamptz    NOT NULL,
    modified_at                timestamptz    NOT NULL,
    version                    bigint         NOT NULL,
    CONSTRAINT credit_note_positive CHECK (total_amount > 0)
);
CREATE INDEX credit_note_invoice ON credit_note (invoice_id);
CREATE INDEX credit_note_created ON credit_note (created_at, id);

CREATE TABLE credit_note_line (
    id               uuid PRIMARY KEY,
    credit_note_id   uuid           NOT NULL REFERENCES credit_note (id),
    invoice_line_id  uuid           NOT NULL REFERENCES invoice_line (id),
    line_number      integer        NOT NULL,
    product_id       uuid,
    product_number   varchar(100),
    product_name     varchar(200),
    write_in_name    varchar(200),
    unit_id          uuid,
    quantity         numeric(19, 4) NOT NULL,
    price_per_unit   numeric(19, 4) NOT NULL,
    volume_discount  numeric(19, 4) NOT NULL,
    amount           numeric(19, 4) NOT NULL,
    manual_discount  numeric(19, 4) NOT NULL,
    tax              numeric(19, 4) NOT NULL,
    extended_amount  numeric(19, 4) NOT NULL,
    created_at       timestamptz,
    modified_at      timestamptz,
    version          bigint         NOT NULL DEFAULT 0,
    CONSTRAINT credit_note_line_number UNIQUE (credit_note_id, line_number)
);
CREATE INDEX credit_note_line_invoice_line ON credit_note_line (invoice_line_id);
