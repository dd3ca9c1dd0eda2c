-- documents: one row per distinct file content (SHA-256). A failed file is
-- recorded too, with status 'failed' and the reason in error.
CREATE TABLE documents (
	id                INTEGER PRIMARY KEY,
	path              TEXT NOT NULL,           -- path when last ingested
	sha256            TEXT NOT NULL UNIQUE,
	format            TEXT,                    -- pdf, docx, html, or NULL when unsupported
	bytes             INTEGER NOT NULL,
	pages             INTEGER,                 -- NULL for formats without pages
	kind              TEXT,                    -- minutes, report, news, other
	title             TEXT,                    -- title from the file's metadata
	status            TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
	error             TEXT,
	extractor_version TEXT NOT NULL,
	ingested_at       TEXT NOT NULL            -- RFC 3339, UTC
);

-- files: every path seen on the drive and the content it held, so that a
-- moved or renamed file is recognised by its hash and a vanished one is
-- marked missing rather than deleted.
CREATE TABLE files (
	path        TEXT PRIMARY KEY,
	document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
	sha256      TEXT NOT NULL,
	bytes       INTEGER NOT NULL,
	mtime       TEXT NOT NULL,                 -- modification time, RFC 3339 with nanoseconds
	first_seen  TEXT NOT NULL,
	last_seen   TEXT NOT NULL,
	missing     INTEGER NOT NULL DEFAULT 0     -- 1 when the last run did not find the file
);
CREATE INDEX files_sha256 ON files(sha256);

CREATE TABLE meetings (
	id                INTEGER PRIMARY KEY,
	document_id       INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
	title             TEXT,
	date              TEXT,                    -- YYYY-MM-DD
	end_date          TEXT,
	start_time        TEXT,                    -- HH:MM
	end_time          TEXT,
	location          TEXT,
	region            TEXT,                    -- Malian region of the location
	cluster           TEXT,
	participant_count INTEGER,
	sources           TEXT                     -- JSON: field -> {page, ref, text}
);
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE organizations (
	id      INTEGER PRIMARY KEY,
	acronym TEXT NOT NULL UNIQUE,              -- canonical acronym, or the name as written when unknown
	name    TEXT,
	kind    TEXT NOT NULL DEFAULT 'unknown'
);

CREATE TABLE participants (
	id              INTEGER PRIMARY KEY,
	meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	person          TEXT,                      -- name without title, NULL for an organization alone
	title           TEXT,                      -- Dr, M., Mme ...
	organization_id INTEGER REFERENCES organizations(id),
	role            TEXT,
	excused         INTEGER NOT NULL DEFAULT 0,
	raw             TEXT,
	source_page     INTEGER,
	source_ref      TEXT
);
CREATE INDEX participants_meeting ON participants(meeting_id);
CREATE INDEX participants_org ON participants(organization_id);

CREATE TABLE agenda_items (
	id          INTEGER PRIMARY KEY,
	meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	title       TEXT NOT NULL,
	source_page INTEGER,
	source_ref  TEXT
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id);

CREATE TABLE actions (
	id             INTEGER PRIMARY KEY,
	meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
	position       INTEGER NOT NULL,
	text           TEXT NOT NULL,
	owner_raw      TEXT,
	due_raw        TEXT,
	due_date       TEXT,                       -- YYYY-MM-DD
	due_precision  TEXT,                       -- day, month, quarter, semester, year, relative, asap
	status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
	source_page    INTEGER,
	source_ref     TEXT,
	source_text    TEXT
);
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE INDEX actions_due ON actions(due_date);

CREATE TABLE action_owners (
	action_id       INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
	organization_id INTEGER REFERENCES organizations(id),
	person          TEXT,
	raw             TEXT NOT NULL
);
CREATE INDEX action_owners_action ON action_owners(action_id);
CREATE INDEX action_owners_org ON action_owners(organization_id);

-- blocks: the document's text, one row per block or table cell, with its
-- position; blocks_fts indexes it (accents folded) for full-text search.
CREATE TABLE blocks (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,              -- block ordinal in the document
	page        INTEGER,
	kind        TEXT NOT NULL,                 -- heading, paragraph, list_item, cell
	row         INTEGER,                       -- table row (1-based), NULL outside tables
	col         INTEGER,
	text        TEXT NOT NULL
);
CREATE INDEX blocks_document ON blocks(document_id, position);

CREATE VIRTUAL TABLE blocks_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE runs (
	id         INTEGER PRIMARY KEY,
	started_at TEXT NOT NULL,
	ended_at   TEXT,
	options    TEXT,                           -- JSON
	new        INTEGER NOT NULL DEFAULT 0,
	changed    INTEGER NOT NULL DEFAULT 0,
	unchanged  INTEGER NOT NULL DEFAULT 0,
	moved      INTEGER NOT NULL DEFAULT 0,
	missing    INTEGER NOT NULL DEFAULT 0,
	failed     INTEGER NOT NULL DEFAULT 0,
	exit_status INTEGER
);
