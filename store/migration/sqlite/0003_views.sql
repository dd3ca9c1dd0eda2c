-- Views and indexes for analysts: the common questions answered without
-- joins. The views use only SQL that SQLite 3.25 and later understand, so
-- that older sqlite3 shells and DB Browser can still open the database.

-- action_links: an action that repeats or follows up an action of an
-- earlier meeting of the same cluster (same owner, similar text); filled by
-- store.LinkFollowUps after each ingest, rebuilt from scratch each time.
CREATE TABLE action_links (
	action_id         INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
	earlier_action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
	similarity        REAL NOT NULL,           -- token Dice coefficient of the folded texts, 0..1
	PRIMARY KEY (action_id, earlier_action_id)
);
CREATE INDEX action_links_earlier ON action_links(earlier_action_id);

-- Indexes for the filters of `minutes actions` and the views below
-- (files_document, used by v_document_paths, comes with 0002).
CREATE INDEX meetings_cluster ON meetings(cluster, date);
CREATE INDEX meetings_region ON meetings(region);
CREATE INDEX actions_status ON actions(status, due_date);
CREATE INDEX agenda_items_meeting_position ON agenda_items(meeting_id, position);

-- v_document_paths: the current path of each document (a present file
-- that holds its content, else the path it was ingested from) and its base
-- name; the rtrim idiom strips everything up to the last / or \.
CREATE VIEW v_document_paths AS
SELECT id AS document_id, path,
	replace(path, rtrim(path, replace(replace(path, '/', ''), '\', '')), '') AS file
FROM (SELECT d.id, coalesce(
	(SELECT f.path FROM files f WHERE f.document_id = d.id AND f.missing = 0 ORDER BY f.last_seen DESC LIMIT 1),
	d.path) AS path
	FROM documents d);

-- v_actions: one row per action. owners joins the canonical owners
-- (organization acronym, else the person, else the text as written) in
-- the order written; days_overdue counts from today (date('now'), UTC)
-- for an action not done whose deadline has passed, NULL otherwise;
-- repeats is the number of earlier meeting dates of the same cluster with a
-- similar action (copies of one meeting share a date and count once), and
-- first_seen the earliest of those dates, or the meeting's own date.
CREATE VIEW v_actions AS
SELECT a.id, m.id AS meeting_id, m.date AS meeting_date, m.cluster, m.region,
	a.position, a.text AS action,
	(SELECT group_concat(name, ', ') FROM (
		SELECT coalesce(o.acronym, ao.person, ao.raw) AS name FROM action_owners ao
		LEFT JOIN organizations o ON o.id = ao.organization_id
		WHERE ao.action_id = a.id ORDER BY ao.rowid)) AS owners,
	a.owner_raw, a.due_raw, a.due_date, a.due_precision, a.status,
	CASE WHEN a.status <> 'done' AND a.due_date < date('now')
		THEN CAST(julianday(date('now')) - julianday(a.due_date) AS INTEGER) END AS days_overdue,
	(SELECT count(DISTINCT em.date) FROM action_links l
		JOIN actions e ON e.id = l.earlier_action_id JOIN meetings em ON em.id = e.meeting_id
		WHERE l.action_id = a.id) AS repeats,
	coalesce((SELECT min(em.date) FROM action_links l
		JOIN actions e ON e.id = l.earlier_action_id JOIN meetings em ON em.id = e.meeting_id
		WHERE l.action_id = a.id), m.date) AS first_seen,
	p.file, a.source_page AS page, a.source_ref, p.path, m.document_id
FROM actions a
JOIN meetings m ON m.id = a.meeting_id
JOIN v_document_paths p ON p.document_id = m.document_id;

-- v_attendance: one row per organization and meeting it took part in;
-- people counts its participants there, present is 1 when at least one of
-- them was not excused.
CREATE VIEW v_attendance AS
SELECT o.id AS organization_id, o.acronym AS organization, o.name AS organization_name, o.kind,
	m.id AS meeting_id, m.date AS meeting_date, m.cluster, m.region,
	count(*) AS people, max(p.excused = 0) AS present
FROM participants p
JOIN organizations o ON o.id = p.organization_id
JOIN meetings m ON m.id = p.meeting_id
GROUP BY o.id, m.id;

-- v_meetings: one row per meeting with its file and the number of
-- participants (not excused), organizations, agenda items and actions
-- stored for it; participant_count is the number the report itself gives.
CREATE VIEW v_meetings AS
SELECT m.id, m.date, m.cluster, m.region, m.location, m.title, d.format, d.kind, p.file,
	(SELECT count(*) FROM participants x WHERE x.meeting_id = m.id AND x.excused = 0) AS participants,
	(SELECT count(DISTINCT x.organization_id) FROM participants x WHERE x.meeting_id = m.id AND x.excused = 0) AS organizations,
	(SELECT count(*) FROM agenda_items x WHERE x.meeting_id = m.id) AS agenda_items,
	(SELECT count(*) FROM actions x WHERE x.meeting_id = m.id) AS actions,
	m.participant_count, p.path, m.document_id
FROM meetings m
JOIN documents d ON d.id = m.document_id
JOIN v_document_paths p ON p.document_id = m.document_id;
