-- Limits and what they leave out (issues 17 and 21).

-- A large valid file is not a broken one: failure_kind says whether a
-- failed document reached a limit (time, memory, file size: it may be read
-- with a higher one) or is broken. NULL for a stored document.
ALTER TABLE documents ADD COLUMN failure_kind TEXT CHECK (failure_kind IN ('limit', 'broken'));
UPDATE documents SET failure_kind = CASE
	WHEN error LIKE 'timed out%' OR error LIKE 'out of memory%' OR error LIKE 'file too large%' THEN 'limit'
	ELSE 'broken' END
WHERE status = 'failed';

-- What a reader left out of a document it stored ("page 3: content stream
-- over 64 MiB, cut there …"): a JSON array of strings, NULL when nothing.
ALTER TABLE documents ADD COLUMN warnings TEXT;
