-- Copies of one meeting (issue #16): the DOCX and the PDF exported from it,
-- a draft and its final, the HTML page that published it are one meeting
-- with several documents. Each document from which a meeting was extracted
-- has one row here; the meeting's rows (participants, agenda, actions) are
-- those of its primary copy, meetings.document_id. See docs/copies.md.
--
-- role: copy (the same minutes), draft (an earlier version: less complete,
-- different text), final (the primary when a draft exists), publication
-- (an HTML page). similarity: the Jaccard similarity of the document's
-- text to the primary's (1 for the primary). match_date and match_cluster
-- (folded) are the key two copies must share; mergeable is 0 for a document
-- ingested with --no-merge, or stored before this migration, which is its
-- own meeting. completeness, mtime and format decide the primary;
-- shingles (the hashes of the text's 3-word shingles) the similarity;
-- extraction (the meeting as extracted from this document, JSON) rebuilds
-- the meeting when this copy becomes its primary. Both are NULL for the
-- documents stored before this migration.
CREATE TABLE meeting_documents (
	meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	document_id   INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	role          TEXT NOT NULL CHECK (role IN ('copy', 'draft', 'final', 'publication')),
	similarity    REAL NOT NULL,
	match_date    TEXT NOT NULL,               -- YYYY-MM-DD, '' when undated
	match_cluster TEXT NOT NULL,               -- folded cluster, '' when none
	mergeable     INTEGER NOT NULL,
	completeness  INTEGER NOT NULL,            -- values extracted
	mtime         TEXT NOT NULL,               -- the file's modification time when saved
	shingles      BLOB,
	extraction    TEXT
);
CREATE INDEX meeting_documents_meeting ON meeting_documents(meeting_id);
CREATE INDEX meeting_documents_key ON meeting_documents(match_date, match_cluster);

INSERT INTO meeting_documents (meeting_id, document_id, role, similarity, match_date, match_cluster, mergeable, completeness, mtime)
SELECT m.id, m.document_id, CASE WHEN d.format = 'html' THEN 'publication' ELSE 'copy' END, 1,
	coalesce(m.date, ''), lower(coalesce(m.cluster, '')), 0, 0, d.ingested_at
FROM meetings m JOIN documents d ON d.id = m.document_id;

-- v_meetings gains copies: the number of documents of the meeting.
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

-- v_copies: one row per copy of a meeting; is_primary is 1 for the copy
-- whose rows the meeting holds.
CREATE VIEW v_copies AS
SELECT c.meeting_id, c.document_id, c.role, (m.document_id = c.document_id) AS is_primary, c.similarity,
	d.format, p.file, p.path
FROM meeting_documents c
JOIN meetings m ON m.id = c.meeting_id
JOIN documents d ON d.id = c.document_id
JOIN v_document_paths p ON p.document_id = c.document_id;
