-- The SQLite migration 0009_copies.sql (issue #16): the copies of each
-- meeting, v_meetings.copies and v_copies.
CREATE TABLE meeting_documents (
	meeting_id    BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	document_id   BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	role          TEXT NOT NULL CHECK (role IN ('copy', 'draft', 'final', 'publication')),
	similarity    DOUBLE PRECISION NOT NULL,
	match_date    TEXT NOT NULL,
	match_cluster TEXT NOT NULL,
	mergeable     INTEGER NOT NULL,
	completeness  INTEGER NOT NULL,
	mtime         TEXT NOT NULL,
	shingles      BYTEA,
	extraction    TEXT
);
CREATE INDEX meeting_documents_meeting ON meeting_documents(meeting_id);
CREATE INDEX meeting_documents_key ON meeting_documents(match_date, match_cluster);

INSERT INTO meeting_documents (meeting_id, document_id, role, similarity, match_date, match_cluster, mergeable, completeness, mtime)
SELECT m.id, m.document_id, CASE WHEN d.format = 'html' THEN 'publication' ELSE 'copy' END, 1,
	coalesce(m.date, ''), lower(coalesce(m.cluster, '')), 0, 0, d.ingested_at
FROM meetings m JOIN documents d ON d.id = m.document_id;

DROP VIEW v_meetings;
CREATE VIEW v_meetings AS
SELECT m.id, m.date, m.cluster, m.region, m.location, m.title, d.format, d.kind, p.file,
	(SELECT count(*) FROM participants x WHERE x.meeting_id = m.id AND x.excused = 0) AS participants,
	(SELECT count(DISTINCT x.organization_id) FROM participants x WHERE x.meeting_id = m.id AND x.excused = 0) AS organizations,
	(SELECT count(*) FROM agenda_items x WHERE x.meeting_id = m.id) AS agenda_items,
	(SELECT count(*) FROM actions x WHERE x.meeting_id = m.id) AS actions,
	m.participant_count, p.path, m.document_id,
	(SELECT count(*) FROM meeting_documents x WHERE x.meeting_id = m.id) AS copies
FROM meetings m
JOIN documents d ON d.id = m.document_id
JOIN v_document_paths p ON p.document_id = m.document_id;

CREATE VIEW v_copies AS
SELECT c.meeting_id, c.document_id, c.role, CASE WHEN m.document_id = c.document_id THEN 1 ELSE 0 END AS is_primary,
	c.similarity, d.format, p.file, p.path
FROM meeting_documents c
JOIN meetings m ON m.id = c.meeting_id
JOIN documents d ON d.id = c.document_id
JOIN v_document_paths p ON p.document_id = c.document_id;
