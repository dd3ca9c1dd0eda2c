-- action_repeats: for an action that repeats actions of earlier meetings
-- of the same cluster, how many earlier meeting dates had it (copies of a
-- meeting share a date and count once), the first of those dates and its
-- first action. action_links now holds one link per action, to the most
-- recent earlier occurrence, so that both stay linear in the number of
-- actions however often a recommendation recurs. Filled by
-- store.LinkFollowUps.
CREATE TABLE action_repeats (
	action_id       INTEGER PRIMARY KEY REFERENCES actions(id) ON DELETE CASCADE,
	repeats         INTEGER NOT NULL,
	first_seen      TEXT NOT NULL,
	first_action_id INTEGER REFERENCES actions(id) ON DELETE CASCADE
);
DELETE FROM action_links;

DROP VIEW v_actions;
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
	coalesce(r.repeats, 0) AS repeats,
	coalesce(r.first_seen, m.date) AS first_seen,
	p.file, a.source_page AS page, a.source_ref, p.path, m.document_id
FROM actions a
JOIN meetings m ON m.id = a.meeting_id
JOIN v_document_paths p ON p.document_id = m.document_id
LEFT JOIN action_repeats r ON r.action_id = a.id;
