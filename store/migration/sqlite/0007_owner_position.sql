-- action_owners.position: the order in which an action's owners are
-- written (1-based), which v_actions.owners keeps. It was the rowid, which
-- PostgreSQL has no equivalent of; the column says it in both backends.
ALTER TABLE action_owners ADD COLUMN position INTEGER;
UPDATE action_owners SET position = (SELECT count(*) FROM action_owners o
	WHERE o.action_id = action_owners.action_id AND o.rowid <= action_owners.rowid);

DROP VIEW v_actions;
CREATE VIEW v_actions AS
SELECT a.id, m.id AS meeting_id, m.date AS meeting_date, m.cluster, m.region,
	a.position, a.text AS action,
	(SELECT group_concat(name, ', ') FROM (
		SELECT coalesce(o.acronym, ao.person, ao.raw) AS name FROM action_owners ao
		LEFT JOIN organizations o ON o.id = ao.organization_id
		WHERE ao.action_id = a.id ORDER BY ao.position, ao.rowid)) AS owners,
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
