-- The activities list's access rules (V15), each from an index: the root's owner, its team, its shares; activities
-- regarding accounts and contacts (read by every seller). And the pipeline's funnel reads the open opportunities'
-- days in stage from its covering index too, as it reads the rest (the heap of 100,000 open ones cost 300 ms). As in
-- V9: CONCURRENTLY, outside a transaction; IF NOT EXISTS lets an operator build them ahead of the upgrade.
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_root_owner ON activity (root_owner_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_root_team ON activity (root_owning_team);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_root ON activity (root_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_regarding_record ON activity (regarding_type, regarding_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS quote_team_created ON quote (owning_team, created_at DESC, id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS opportunity_open_funnel ON opportunity (state, estimated_close_date, id)
    INCLUDE (sales_stage, forecast_category, currency, estimated_revenue, owner_id, owning_team, stage_entered_at);
DROP INDEX CONCURRENTLY IF EXISTS opportunity_state_close_sort;
