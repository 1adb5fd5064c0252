-- Printed documents a customer can read: each line's product number and name (carried from the quote), and the
-- customer's bill-to address (from the account, kept here from the leads-service's events).
ALTER TABLE sales_order_line ADD COLUMN product_number varchar(100), ADD COLUMN product_name varchar(200);
ALTER TABLE invoice_line ADD COLUMN product_number varchar(100), ADD COLUMN product_name varchar(200);

ALTER TABLE sales_order
    ADD COLUMN bill_to_street1 varchar(250),
    ADD COLUMN bill_to_street2 varchar(250),
    ADD COLUMN bill_to_postal_code varchar(20),
    ADD COLUMN bill_to_city varchar(100),
    ADD COLUMN bill_to_state_or_province varchar(100),
    ADD COLUMN bill_to_country varchar(100);
ALTER TABLE invoice
    ADD COLUMN bill_to_street1 varchar(250),
    ADD COLUMN bill_to_street2 varchar(250),
    ADD COLUMN bill_to_postal_code varchar(20),
    ADD COLUMN bill_to_city varchar(100),
    ADD COLUMN bill_to_state_or_province varchar(100),
    ADD COLUMN bill_to_country varchar(100);

CREATE TABLE customer_address (
    customer_id        uuid PRIMARY KEY,
    name               varchar(300),
    street1            varchar(250),
    street2            varchar(250),
    postal_code        varchar(20),
    city               varchar(100),
    state_or_province  varchar(100),
    country            varchar(100),
    changed_at         timestamptz NOT NULL
);
