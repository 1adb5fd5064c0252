-- Lists at volume (see docs/benchmarks.md, "Lists at volume"): the default order, every sort offered, a rep's own and
-- team's records and text search, each served by an index. CONCURRENTLY builds them without blocking writes on a
-- live table, so Flyway runs this script outside a transaction; IF NOT EXISTS lets an operator build them ahead of
-- the upgrade (docs/operations.md).
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_created ON opportunity (created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_modified ON opportunity (modified_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_owner_created ON opportunity (owner_id, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_team_created ON opportunity (owning_team, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_topic_sort ON opportunity (topic, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_close_sort ON opportunity (estimated_close_date, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_revenue_sort ON opportunity (estimated_revenue, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_topic_trgm ON opportunity USING gin (lower(topic) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_customer_name_trgm ON opportunity USING gin (lower(customer_name) gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_created ON quote (created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_owner_created ON quote (owner_id, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_created ON activity (created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_owner_created ON activity (owner_id, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_due_sort ON activity (due_at, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_start_sort ON activity (scheduled_start, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_subject_trgm ON activity USING gin (lower(subject) gin_trgm_ops);
-- The open opportunities by close date carry what the pipeline's funnel and the forecast add up, and the won ones by
-- their close date what the forecast's won figure adds up, so those sums are read from the index alone.
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_state_close_sort ON opportunity (state, estimated_close_date, id)
    INCLUDE (sales_stage, forecast_category, currency, estimated_revenue, owner_id, owning_team);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_state_closed_on ON opportunity (state, actual_close_date)
    INCLUDE (currency, actual_revenue, owner_id, owning_team, id);
DROP INDEX CONCURRENTLY IF EXISTS opportunity_state_close;
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_owner_ids ON opportunity (owner_id) INCLUDE (id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_team_ids ON opportunity (owning_team) INCLUDE (id);
DROP INDEX CONCURRENTLY IF EXISTS opportunity_owner;
DROP INDEX CONCURRENTLY IF EXISTS opportunity_team;
