-- excused: people and organizations listed as excused or absent. They are
-- kept apart from participants, since they did not take part.
CREATE TABLE excused (
	id              INTEGER PRIMARY KEY,
	meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	person          TEXT,
	title           TEXT,
	organization_id INTEGER REFERENCES organizations(id),
	raw             TEXT,
	source_page     INTEGER,
	source_ref      TEXT
);
CREATE INDEX excused_meeting ON excused(meeting_id);
