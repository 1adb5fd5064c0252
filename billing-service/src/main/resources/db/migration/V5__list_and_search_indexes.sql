-- Lists at volume (see docs/benchmarks.md, "Lists at volume"): the default order, every sort offered, a rep's own and
-- team's records and text search, each served by an index. CONCURRENTLY builds them without blocking writes on a
-- live table, so Flyway runs this script outside a transaction; IF NOT EXISTS lets an operator build them ahead of
-- the upgrade (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_created ON sales_order (created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_modified ON sales_order (modified_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_owner_created ON sales_order (owner_id, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_team_created ON sales_order (owning_team, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_total_sort ON sales_order (total_amount, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_number_trgm ON sales_order USING gin (lower(order_number) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS sales_order_customer_name_trgm ON sales_order USING gin (lower(customer_name) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_created ON invoice (created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_owner_created ON invoice (owner_id, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_team_created ON invoice (owning_team, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_due_sort ON invoice (due_date, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_total_sort ON invoice (total_amount, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_customer ON invoice (customer_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_number_trgm ON invoice USING gin (lower(invoice_number) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_order_number_trgm ON invoice USING gin (lower(order_number) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoice_customer_name_trgm ON invoice USING gin (lower(customer_name) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_visibility_owner ON opportunity_visibility (owner_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_visibility_team ON opportunity_visibility (owning_team);
