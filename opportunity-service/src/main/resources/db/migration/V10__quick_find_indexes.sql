-- Quick find (?q=) begins with the text, as Dynamics 365's does: each searched column gets a B-tree index on its
-- lower-case value with text_pattern_ops, which serves LIKE 'text%' whatever the database's collation (the trigram
-- indexes serve *text, found anywhere). Built CONCURRENTLY, outside a transaction (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_topic_prefix ON opportunity (lower(topic) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_customer_name_prefix ON opportunity (lower(customer_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_subject_prefix ON activity (lower(subject) text_pattern_ops);
