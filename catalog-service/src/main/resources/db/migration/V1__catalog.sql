-- The product catalog: units, products, price lists and discount lists (catalog-service's own database).

CREATE TABLE unit_group (
    id            uuid PRIMARY KEY,
    name          varchar(100) NOT NULL,
    base_unit_id  uuid         NOT NULL,
    created_at    timestamptz  NOT NULL,
    modified_at   timestamptz  NOT NULL,
    version       bigint       NOT NULL
);
CREATE UNIQUE INDEX unit_group_name ON unit_group (lower(name));

CREATE TABLE unit (
    id             uuid PRIMARY KEY,
    unit_group_id  uuid           NOT NULL REFERENCES unit_group (id),
    name           varchar(100)   NOT NULL,
    -- this many of defined_by (null for the base unit, whose quantity is 1)
    quantity       numeric(19, 6) NOT NULL,
    defined_by     uuid REFERENCES unit (id),
    base_quantity  numeric(19, 6) NOT NULL,
    position       integer        NOT NULL
);
CREATE UNIQUE INDEX unit_name_in_group ON unit (unit_group_id, lower(name));

CREATE TABLE product (
    id                  uuid PRIMARY KEY,
    product_number      varchar(100)  NOT NULL,
    name                varchar(200)  NOT NULL,
    description         text,
    structure           varchar(20)   NOT NULL,
    type                varchar(30)   NOT NULL,
    state               varchar(20)   NOT NULL,
    unit_group_id       uuid REFERENCES unit_group (id),
    default_unit_id     uuid REFERENCES unit (id),
    price_currency      varchar(3),
    list_price          numeric(19, 4),
    current_cost        numeric(19, 4),
    standard_cost       numeric(19, 4),
    decimals_supported  integer       NOT NULL,
    valid_from          date,
    valid_to            date,
    parent_id           uuid REFERENCES product (id),
    -- the details as they were when the product was put under revision, restored by revert
    revision_snapshot   text,
    created_at          timestamptz   NOT NULL,
    modified_at         timestamptz   NOT NULL,
    version             bigint        NOT NULL
);
CREATE UNIQUE INDEX product_number_unique ON product (lower(product_number));
CREATE INDEX product_parent ON product (parent_id);
CREATE INDEX product_state ON product (state);

CREATE TABLE bundle_component (
    bundle_id   uuid           NOT NULL REFERENCES product (id),
    position    integer        NOT NULL,
    product_id  uuid           NOT NULL REFERENCES product (id),
    quantity    numeric(19, 6) NOT NULL,
    unit_id     uuid           NOT NULL REFERENCES unit (id),
    PRIMARY KEY (bundle_id, position)
);

CREATE TABLE discount_list (
    id           uuid PRIMARY KEY,
    name         varchar(100) NOT NULL,
    type         varchar(20)  NOT NULL,
    currency     varchar(3),
    created_at   timestamptz  NOT NULL,
    modified_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL
);

CREATE TABLE discount_band (
    discount_list_id  uuid           NOT NULL REFERENCES discount_list (id),
    position          integer        NOT NULL,
    low_quantity      numeric(19, 6) NOT NULL,
    high_quantity     numeric(19, 6) NOT NULL,
    value             numeric(19, 4) NOT NULL,
    PRIMARY KEY (discount_list_id, position)
);

CREATE TABLE price_list (
    id           uuid PRIMARY KEY,
    name         varchar(100) NOT NULL,
    description  text,
    currency     varchar(3)   NOT NULL,
    valid_from   date,
    valid_to     date,
    state        varchar(20)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    modified_at  timestamptz  NOT NULL,
    version      bigint       NOT NULL
);
CREATE UNIQUE INDEX price_list_name ON price_list (lower(name));

CREATE TABLE price_list_item (
    id                       uuid PRIMARY KEY,
    price_list_id            uuid           NOT NULL REFERENCES price_list (id),
    product_id               uuid           NOT NULL REFERENCES product (id),
    unit_id                  uuid           NOT NULL REFERENCES unit (id),
    pricing_method           varchar(30)    NOT NULL,
    amount                   numeric(19, 4),
    percentage               numeric(9, 4),
    rounding_policy          varchar(20)    NOT NULL,
    rounding_option          varchar(20),
    rounding_amount          numeric(19, 4),
    quantity_selling_option  varchar(30)    NOT NULL,
    discount_list_id         uuid REFERENCES discount_list (id),
    created_at               timestamptz    NOT NULL,
    modified_at              timestamptz    NOT NULL,
    version                  bigint         NOT NULL,
    CONSTRAINT price_list_item_unique UNIQUE (price_list_id, product_id, unit_id)
);
CREATE INDEX price_list_item_discount_list ON price_list_item (discount_list_id);
