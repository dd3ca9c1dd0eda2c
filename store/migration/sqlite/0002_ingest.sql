-- Incremental, resumable ingestion (issue 5).

-- runs: who ran (host, pid) and how many documents were re-extracted with
-- unchanged content (a new extractor version, --reextract, or a failed file
-- retried).
ALTER TABLE runs ADD COLUMN reextracted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN pid INTEGER;

-- documents_status serves `minutes failures`; files_document the lookups of
-- a document's paths when a changed file replaces its extraction.
CREATE INDEX documents_status ON documents(status);
CREATE INDEX files_document ON files(document_id);
