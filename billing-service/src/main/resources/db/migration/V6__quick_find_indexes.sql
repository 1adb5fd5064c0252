-- Quick find (?q=) begins with the text, as Dynamics 365's does: each searched column gets a B-tree index on its
-- lower-case value with text_pattern_ops, which serves LIKE 'text%' whatever the database's collation (the trigram
-- indexes serve *text, found anywhere). Built CONCURRENTLY, outside a transaction (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_number_prefix ON sales_order (lower(order_number) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_customer_name_prefix ON sales_order (lower(customer_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_number_prefix ON invoice (lower(invoice_number) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_order_number_prefix ON invoice (lower(order_number) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_customer_name_prefix ON invoice (lower(customer_name) text_pattern_ops);
