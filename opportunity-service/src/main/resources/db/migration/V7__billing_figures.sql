-- What billing reports against a won opportunity: invoiced (invoices not canceled) and paid so far.
ALTER TABLE opportunity ADD COLUMN invoiced_amount numeric(19, 4) NOT NULL DEFAULT 0;
ALTER TABLE opportunity ADD COLUMN paid_amount numeric(19, 4) NOT NULL DEFAULT 0;
