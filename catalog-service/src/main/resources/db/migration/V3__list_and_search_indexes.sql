-- Lists at volume (see docs/benchmarks.md, "Lists at volume"): the default order, every sort offered, a rep's own and
-- team's records and text search, each served by an index. CONCURRENTLY builds them without blocking writes on a
-- live table, so Flyway runs this script outside a transaction; IF NOT EXISTS lets an operator build them ahead of
-- the upgrade (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_number_sort ON product (product_number, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_name_sort ON product (name, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_created ON product (created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_modified ON product (modified_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_number_trgm ON product USING gin (lower(product_number) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_name_trgm ON product USING gin (lower(name) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS price_list_item_created ON price_list_item (price_list_id, created_at, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS price_list_item_modified ON price_list_item (price_list_id, modified_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS price_list_item_product ON price_list_item (product_id);
