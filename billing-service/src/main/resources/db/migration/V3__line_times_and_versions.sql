-- Order and invoice lines are records like every other: the suite's product-line base (platform ProductLine) gives
-- them creation and modification times and a version. Adding a column with a constant default rewrites no rows.
ALTER TABLE sales_order_line
    ADD COLUMN created_at  timestamptz,
    ADD COLUMN modified_at timestamptz,
    ADD COLUMN version     bigint NOT NULL DEFAULT 0;
ALTER TABLE invoice_line
    ADD COLUMN created_at  timestamptz,
    ADD COLUMN modified_at timestamptz,
    ADD COLUMN version     bigint NOT NULL DEFAULT 0;
