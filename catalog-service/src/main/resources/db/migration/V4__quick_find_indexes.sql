-- Quick find (?q=) begins with the text, as Dynamics 365's does: each searched column gets a B-tree index on its
-- lower-case value with text_pattern_ops, which serves LIKE 'text%' whatever the database's collation (the trigram
-- indexes serve *text, found anywhere). Built CONCURRENTLY, outside a transaction (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_number_prefix ON product (lower(product_number) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS product_name_prefix ON product (lower(name) text_pattern_ops);
