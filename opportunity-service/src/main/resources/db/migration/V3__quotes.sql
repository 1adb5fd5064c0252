-- Quotes generated from opportunities, and their lines (priced by the catalog like opportunity lines).

CREATE SEQUENCE quote_number_seq;

CREATE TABLE quote (
    id                   uuid PRIMARY KEY,
    quote_number         varchar(20)    NOT NULL,
    revision_number      integer        NOT NULL,
    name                 varchar(200)   NOT NULL,
    opportunity_id       uuid           NOT NULL REFERENCES opportunity (id),
    customer_type        varchar(10)    NOT NULL,
    customer_id          uuid           NOT NULL,
    customer_name        varchar(200),
    owner_id             varchar(200)   NOT NULL,
    owning_team          varchar(100),
    price_list_id        uuid,
    currency             varchar(3)     NOT NULL,
    discount_percentage  numeric(9, 4),
    discount_amount      numeric(19, 4),
    freight              numeric(19, 4),
    detail_amount        numeric(19, 4) NOT NULL,
    total_discount       numeric(19, 4) NOT NULL,
    pre_freight_amount   numeric(19, 4) NOT NULL,
    total_tax            numeric(19, 4) NOT NULL,
    total_amount         numeric(19, 4) NOT NULL,
    state                varchar(10)    NOT NULL,
    status_reason        varchar(20)    NOT NULL,
    revised_from_id      uuid REFERENCES quote (id),
    created_at           timestamptz    NOT NULL,
    modified_at          timestamptz    NOT NULL,
    version              bigint         NOT NULL,
    CONSTRAINT quote_revision_unique UNIQUE (quote_number, revision_number)
);
CREATE INDEX quote_opportunity ON quote (opportunity_id);
-- Only one quote of an opportunity can be won.
CREATE UNIQUE INDEX quote_one_won_per_opportunity ON quote (opportunity_id) WHERE state = 'WON';

CREATE TABLE quote_line (
    id                 uuid PRIMARY KEY,
    quote_id           uuid           NOT NULL REFERENCES quote (id),
    line_number        integer        NOT NULL,
    product_id         uuid,
    write_in_name      varchar(200),
    unit_id            uuid,
    quantity           numeric(19, 6) NOT NULL,
    manual_discount    numeric(19, 4),
    tax                numeric(19, 4),
    price_override     numeric(19, 4),
    price_per_unit     numeric(19, 4),
    volume_discount    numeric(19, 4),
    amount             numeric(19, 4),
    extended_amount    numeric(19, 4),
    pricing_error      varchar(40),
    pricing_message    text,
    priced_at          timestamptz,
    created_at         timestamptz    NOT NULL,
    modified_at        timestamptz    NOT NULL,
    version            bigint         NOT NULL,
    CONSTRAINT quote_line_product_or_write_in CHECK ((product_id IS NULL) <> (write_in_name IS NULL))
);
CREATE INDEX quote_line_quote ON quote_line (quote_id, line_number);
