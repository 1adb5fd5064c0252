-- Billing: the billing-service's own database. Orders from accepted quotes, invoices and payments.

CREATE SEQUENCE sales_order_number START 1;

CREATE TABLE sales_order (
    id                   uuid PRIMARY KEY,
    order_number         varchar(20)    NOT NULL UNIQUE,
    quote_id             uuid,
    quote_number         varchar(20),
    opportunity_id       uuid,
    customer_type        varchar(10)    NOT NULL,
    customer_id          uuid           NOT NULL,
    customer_name        varchar(300),
    owner_id             varchar(200)   NOT NULL,
    owning_team          varchar(100),
    price_list_id        uuid,
    currency             varchar(3)     NOT NULL,
    prices_locked        boolean        NOT NULL,
    payment_terms        varchar(20)    NOT NULL,
    detail_amount        numeric(19, 4) NOT NULL,
    discount_percentage  numeric(7, 4)  NOT NULL,
    discount_amount      numeric(19, 4) NOT NULL,
    total_discount       numeric(19, 4) NOT NULL,
    pre_freight_amount   numeric(19, 4) NOT NULL,
    freight              numeric(19, 4) NOT NULL,
    total_tax            numeric(19, 4) NOT NULL,
    total_amount         numeric(19, 4) NOT NULL,
    state                varchar(10)    NOT NULL,
    status_reason        varchar(10)    NOT NULL,
    cancel_reason        text,
    fulfilled_at         timestamptz,
    created_at           timestamptz    NOT NULL,
    modified_at          timestamptz    NOT NULL,
    version              bigint         NOT NULL
);
-- Exactly one order per accepted quote, whatever the redeliveries (the consumer also records event ids).
CREATE UNIQUE INDEX sales_order_quote ON sales_order (quote_id);
CREATE INDEX sales_order_opportunity ON sales_order (opportunity_id);
CREATE INDEX sales_order_customer ON sales_order (customer_id);
CREATE INDEX sales_order_owner ON sales_order (owner_id);

CREATE TABLE sales_order_line (
    id                  uuid PRIMARY KEY,
    order_id            uuid           NOT NULL REFERENCES sales_order (id),
    line_number         integer        NOT NULL,
    product_id          uuid,
    write_in_name       varchar(200),
    unit_id             uuid,
    quantity            numeric(19, 4) NOT NULL,
    fulfilled_quantity  numeric(19, 4),
    price_per_unit      numeric(19, 4) NOT NULL,
    volume_discount     numeric(19, 4) NOT NULL,
    amount              numeric(19, 4) NOT NULL,
    manual_discount     numeric(19, 4) NOT NULL,
    tax                 numeric(19, 4) NOT NULL,
    extended_amount     numeric(19, 4) NOT NULL,
    CONSTRAINT sales_order_line_number UNIQUE (order_id, line_number),
    CONSTRAINT sales_order_line_fulfilled CHECK (fulfilled_quantity IS NULL OR fulfilled_quantity BETWEEN 0 AND quantity)
);

-- Gapless invoice numbers: one counter row per year, taken under a row lock by the creating transaction, so a
-- rolled-back invoice gives its number back and concurrent ones wait their turn (a sequence would leave gaps).
CREATE TABLE invoice_number_counter (
    year         integer PRIMARY KEY,
    last_number  integer NOT NULL
);

CREATE TABLE invoice (
    id                   uuid PRIMARY KEY,
    invoice_number       varchar(20)    NOT NULL UNIQUE,
    order_id             uuid           NOT NULL REFERENCES sales_order (id),
    order_number         varchar(20)    NOT NULL,
    quote_id             uuid,
    opportunity_id       uuid,
    customer_type        varchar(10)    NOT NULL,
    customer_id          uuid           NOT NULL,
    customer_name        varchar(300),
    owner_id             varchar(200)   NOT NULL,
    owning_team          varchar(100),
    currency             varchar(3)     NOT NULL,
    invoice_date         date           NOT NULL,
    due_date             date           NOT NULL,
    payment_terms        varchar(20)    NOT NULL,
    detail_amount        numeric(19, 4) NOT NULL,
    discount_percentage  numeric(7, 4)  NOT NULL,
    discount_amount      numeric(19, 4) NOT NULL,
    total_discount       numeric(19, 4) NOT NULL,
    pre_freight_amount   numeric(19, 4) NOT NULL,
    freight              numeric(19, 4) NOT NULL,
    total_tax            numeric(19, 4) NOT NULL,
    total_amount         numeric(19, 4) NOT NULL,
    amount_paid          numeric(19, 4) NOT NULL,
    state                varchar(10)    NOT NULL,
    status_reason        varchar(10)    NOT NULL,
    created_at           timestamptz    NOT NULL,
    modified_at          timestamptz    NOT NULL,
    version              bigint         NOT NULL,
    CONSTRAINT invoice_not_overpaid CHECK (amount_paid <= total_amount)
);
-- One invoice of an order that is not canceled.
CREATE UNIQUE INDEX invoice_order_open ON invoice (order_id) WHERE state <> 'CANCELED';
CREATE INDEX invoice_opportunity ON invoice (opportunity_id);

CREATE TABLE invoice_line (
    id               uuid PRIMARY KEY,
    invoice_id       uuid           NOT NULL REFERENCES invoice (id),
    line_number      integer        NOT NULL,
    product_id       uuid,
    write_in_name    varchar(200),
    unit_id          uuid,
    quantity         numeric(19, 4) NOT NULL,
    price_per_unit   numeric(19, 4) NOT NULL,
    volume_discount  numeric(19, 4) NOT NULL,
    amount           numeric(19, 4) NOT NULL,
    manual_discount  numeric(19, 4) NOT NULL,
    tax              numeric(19, 4) NOT NULL,
    extended_amount  numeric(19, 4) NOT NULL,
    CONSTRAINT invoice_line_number UNIQUE (invoice_id, line_number)
);

CREATE TABLE payment (
    id           uuid PRIMARY KEY,
    invoice_id   uuid           NOT NULL REFERENCES invoice (id),
    amount       numeric(19, 4) NOT NULL CHECK (amount > 0),
    paid_on      date           NOT NULL,
    reference    varchar(100),
    recorded_by  varchar(200)   NOT NULL,
    recorded_at  timestamptz    NOT NULL
);
CREATE INDEX payment_invoice ON payment (invoice_id);

-- Who may see an opportunity, as the opportunity-service's events tell it: its owner and team, the users and teams
-- it is shared with, and its sales team. Sales reps read the orders and invoices of the opportunities they may see.
CREATE TABLE opportunity_visibility (
    opportunity_id  uuid PRIMARY KEY,
    owner_id        varchar(200) NOT NULL,
    owning_team     varchar(100)
);
CREATE TABLE opportunity_grant (
    opportunity_id  uuid          NOT NULL,
    principal_type  varchar(10)   NOT NULL,
    principal_id    varchar(200)  NOT NULL,
    PRIMARY KEY (opportunity_id, principal_type, principal_id)
);
CREATE INDEX opportunity_grant_principal ON opportunity_grant (principal_type, principal_id);
