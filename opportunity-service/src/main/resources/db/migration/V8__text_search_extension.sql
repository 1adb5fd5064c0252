-- Trigram matching for text search (?q=): pg_trgm ships with every PostgreSQL server and the embedded binaries, and is
-- a trusted extension (PostgreSQL 13+), so the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
