-- Product lines of opportunities, priced by the catalog-service (or kept unpriced when it is unreachable).

ALTER TABLE opportunity ADD COLUMN revenue_system_calculated boolean NOT NULL DEFAULT false;

CREATE TABLE opportunity_line (
    id                 uuid PRIMARY KEY,
    opportunity_id     uuid           NOT NULL REFERENCES opportunity (id),
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
    -- why the line has no price: a catalog error code, or CATALOG_UNAVAILABLE
    pricing_error      varchar(40),
    pricing_message    text,
    priced_at          timestamptz,
    created_at         timestamptz    NOT NULL,
    modified_at        timestamptz    NOT NULL,
    version            bigint         NOT NULL,
    CONSTRAINT opportunity_line_product_or_write_in CHECK ((product_id IS NULL) <> (write_in_name IS NULL))
);
CREATE INDEX opportunity_line_opportunity ON opportunity_line (opportunity_id, line_number);
