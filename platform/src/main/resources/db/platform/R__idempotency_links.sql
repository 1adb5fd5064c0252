-- The Link header of a first answer (a quote's close offering to close its opportunity), replayed with it to retries.
-- Repeatable and idempotent, so databases made before it gain the column without a versioned migration out of order.
ALTER TABLE idempotency_record ADD COLUMN IF NOT EXISTS links varchar(2000);
