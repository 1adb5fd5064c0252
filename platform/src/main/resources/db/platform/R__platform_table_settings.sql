-- Settings of the shared kit's tables; repeatable, so changing them reapplies them on every service's database.

-- The outbox is a queue: every row is deleted seconds after it was written. Vacuum it after a thousand deleted rows
-- rather than after a fifth of the table, and without the cost pauses, so it stays a few pages long under load.
ALTER TABLE outbox_message SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);

-- The relay takes rows in position order, one relay at a time; no query looks rows up by aggregate any more.
DROP INDEX IF EXISTS outbox_message_aggregate;
