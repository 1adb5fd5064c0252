-- Quick find (?q=) begins with the text, as Dynamics 365's does: each searched column gets a B-tree index on its
-- lower-case value with text_pattern_ops, which serves LIKE 'text%' whatever the database's collation (the trigram
-- indexes serve *text, found anywhere). Built CONCURRENTLY, outside a transaction (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_topic_prefix ON lead (lower(topic) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_first_name_prefix ON lead (lower(first_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_last_name_prefix ON lead (lower(last_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_company_name_prefix ON lead (lower(company_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_email_prefix ON lead (lower(email) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_name_prefix ON account (lower(name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_email_prefix ON account (lower(email) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_city_prefix ON account (lower(city) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS contact_first_name_prefix ON contact (lower(first_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS contact_last_name_prefix ON contact (lower(last_name) text_pattern_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS contact_email_prefix ON contact (lower(email) text_pattern_ops);
