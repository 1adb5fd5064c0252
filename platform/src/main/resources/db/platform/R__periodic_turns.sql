-- Whose turn it is to run a periodic job (OncePerCluster): one row per job, the time a replica last took it.
-- Repeatable and idempotent, like the other platform tables added after the first release.
CREATE TABLE IF NOT EXISTS periodic_turn (
    job      varchar(100) PRIMARY KEY,
    taken_at timestamptz  NOT NULL
);
