-- Lists at volume (see docs/benchmarks.md, "Lists at volume"): the default order, every sort offered, a rep's own and
-- team's records and text search, each served by an index. CONCURRENTLY builds them without blocking writes on a
-- live table, so Flyway runs this script outside a transaction; IF NOT EXISTS lets an operator build them ahead of
-- the upgrade (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS lead_topic_sort ON lead (topic, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_modified ON account (modified_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_owner_created ON account (owner_id, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_team_created ON account (owning_team, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS contact_modified ON contact (modified_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS contact_owner_created ON contact (owner_id, created_at DESC, id);
