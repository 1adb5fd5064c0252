-- Contacts are customers too (B2C): billing keeps their addresses beside the accounts', and which of the two each is,
-- so a direct order names a customer the suite knows. Rows kept before this are accounts.
ALTER TABLE customer_address ADD COLUMN customer_type varchar(10) NOT NULL DEFAULT 'ACCOUNT';
ALTER TABLE customer_address ALTER COLUMN customer_type DROP DEFAULT;

-- One quantity scale from opportunity to invoice: six decimals, as opportunity and quote lines have them (a quote's
-- 1.234567 was stored as 1.2346 here, and quantity x price no longer made the amount).
ALTER TABLE sales_order_line ALTER COLUMN quantity TYPE numeric(19, 6),
    ALTER COLUMN fulfilled_quantity TYPE numeric(19, 6);
ALTER TABLE invoice_line ALTER COLUMN quantity TYPE numeric(19, 6),
    ALTER COLUMN credited_quantity TYPE numeric(19, 6);
ALTER TABLE credit_note_line ALTER COLUMN quantity TYPE numeric(19, 6);

-- A catalog product whose price a user set (Override pricing) keeps it through repricing: the flag travels from the
-- quote's line to the order's, the invoice's and the credit note's.
ALTER TABLE sales_order_line ADD COLUMN price_overridden boolean NOT NULL DEFAULT false;
ALTER TABLE invoice_line ADD COLUMN price_overridden boolean NOT NULL DEFAULT false;
ALTER TABLE credit_note_line ADD COLUMN price_overridden boolean NOT NULL DEFAULT false;

-- A credit note that leaves nothing due closes its invoice (Closed: Credited); what was paid and credited beyond an
-- invoice's total is owed back to the customer and recorded as refunded when paid back.
ALTER TABLE invoice ADD COLUMN refunded_amount numeric(19, 4) NOT NULL DEFAULT 0;
ALTER TABLE invoice ADD CONSTRAINT invoice_not_overrefunded
    CHECK (refunded_amount >= 0 AND refunded_amount <= greatest(0, amount_paid + credited_amount - total_amount));
CREATE TABLE refund (
    id           uuid PRIMARY KEY,
    invoice_id   uuid           NOT NULL REFERENCES invoice (id),
    amount       numeric(19, 4) NOT NULL CHECK (amount > 0),
    paid_on      date           NOT NULL,
    reference    varchar(100),
    recorded_by  varchar(200)   NOT NULL,
    recorded_at  timestamptz    NOT NULL
);
CREATE INDEX refund_invoice ON refund (invoice_id, recorded_at);
