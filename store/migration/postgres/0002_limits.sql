-- The SQLite migration 0006_limits.sql (issues 17 and 21): failure_kind
-- says whether a failed document reached a limit or is broken; warnings
-- what a reader left out of a document it stored (a JSON array).
ALTER TABLE documents ADD COLUMN failure_kind TEXT CHECK (failure_kind IN ('limit', 'broken'));
ALTER TABLE documents ADD COLUMN warnings TEXT;
