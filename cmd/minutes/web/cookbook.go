package web

// recipe is a query of the SQL cookbook (docs/cookbook.md), one click away on the
// SQL page. TestCookbookMatchesDocs keeps them identical to it.
type recipe struct {
	Number string
	FR, EN string // title
	SQL    string
}

// cookbookFor returns the cookbook in the spelling of the backend.
func cookbookFor(postgres bool) []recipe {
	out := make([]recipe, len(cookbook))
	for i, r := range cookbook {
		if q, ok := postgresSpelling[r.Number]; ok && postgres {
			r.SQL = q
		}
		out[i] = r
	}
	return out
}

// postgresSpelling holds, by number, the cookbook queries that PostgreSQL
// spells otherwise: full-text search. The others run on both backends
// (TestCookbookSameOnBothBackends).
var postgresSpelling = map[string]string{
	"9": `SELECT d.file, b.page, ts_headline('minutes_fr', b.text, q, 'StartSel=**, StopSel=**, MaxWords=8, MinWords=4') AS snippet
FROM blocks_fts f
JOIN blocks b ON b.id = f.block_id
JOIN v_document_paths d ON d.document_id = b.document_id
CROSS JOIN to_tsquery('minutes_fr', 'plaidoyer') AS q
WHERE f.text @@ q
ORDER BY ts_rank(f.text, q) DESC
LIMIT 4;`,
}

// Title is the recipe's title in lang.
func (r recipe) Title(lang string) string {
	if lang == "en" {
		return r.EN
	}
	return r.FR
}

// cookbook holds the queries of docs/cookbook.md, in its order.
var cookbook = []recipe{
	{"1", "Actions en retard par responsable", "Overdue actions by owner", `SELECT coalesce(owners, '(no owner)') AS owner, count(*) AS overdue,
       min(due_date) AS oldest_deadline, max(days_overdue) AS max_days
FROM v_actions
WHERE days_overdue > 0
GROUP BY owner
ORDER BY overdue DESC, owner;`},
	{"2", "Actions par cluster et par trimestre", "Actions per cluster per quarter", `SELECT cluster,
       strftime('%Y', meeting_date) || '-Q' || ((CAST(strftime('%m', meeting_date) AS INTEGER) + 2) / 3) AS quarter,
       count(DISTINCT meeting_date) AS meetings, count(*) AS actions,
       count(DISTINCT lower(action)) AS distinct_actions
FROM v_actions
WHERE meeting_date IS NOT NULL
GROUP BY cluster, quarter
ORDER BY quarter, cluster;`},
	{"3a", "Recommandations reprises d'une réunion à l'autre", "Recommendations repeated across meetings (follow-up links)", `SELECT first_seen, meeting_date, cluster, repeats, owners, action
FROM v_actions
WHERE repeats > 0
ORDER BY repeats DESC, meeting_date;`},
	{"3b", "La même action dans plusieurs documents", "The same action in several documents", `SELECT cluster, meeting_date, count(DISTINCT document_id) AS documents,
       group_concat(DISTINCT file) AS files, min(action) AS action
FROM v_actions
GROUP BY cluster, meeting_date, lower(action)
HAVING count(DISTINCT document_id) > 1
ORDER BY meeting_date, action
LIMIT 5;`},
	{"4", "Taux de présence de chaque organisation, par cluster", "Attendance rate of each organization, per cluster", `WITH held AS (SELECT id, cluster, date FROM v_meetings WHERE date IS NOT NULL),
     total AS (SELECT cluster, count(DISTINCT date) AS meetings FROM held GROUP BY cluster)
SELECT a.cluster, a.organization, count(DISTINCT a.meeting_date) AS attended, t.meetings,
       round(100.0 * count(DISTINCT a.meeting_date) / t.meetings) AS rate_pct
FROM v_attendance a
JOIN held h ON h.id = a.meeting_id
JOIN total t ON t.cluster = a.cluster
WHERE a.present = 1
GROUP BY a.cluster, a.organization, t.meetings
ORDER BY a.cluster, rate_pct DESC, a.organization;`},
	{"5", "Réunions sans aucune action", "Meetings without any action", `SELECT date, cluster, kind, participants, agenda_items, file
FROM v_meetings
WHERE actions = 0;`},
	{"6", "Actions sans responsable ou sans échéance", "Actions without owner or deadline", `SELECT CASE WHEN owners IS NULL AND due_date IS NULL THEN 'neither'
            WHEN owners IS NULL THEN 'no owner' ELSE 'no deadline' END AS missing,
       cluster, count(*) AS actions
FROM v_actions
WHERE owners IS NULL OR due_date IS NULL
GROUP BY missing, cluster
ORDER BY missing, cluster;`},
	{"7", "Échéances par mois, et leur précision", "Deadlines per month, and how precise they are", `SELECT substr(due_date, 1, 7) AS month, due_precision, count(*) AS actions,
       group_concat(DISTINCT due_raw) AS written_as
FROM v_actions
WHERE due_date IS NOT NULL
GROUP BY month, due_precision
ORDER BY month;`},
	{"8", "Quels types d'organisations portent les actions", "Which kinds of organizations own actions", `SELECT coalesce(o.kind, 'person or unknown') AS kind, count(DISTINCT ao.action_id) AS actions,
       group_concat(DISTINCT coalesce(o.acronym, ao.raw)) AS owners
FROM action_owners ao LEFT JOIN organizations o ON o.id = ao.organization_id
GROUP BY kind
ORDER BY actions DESC;`},
	{"9", "Recherche plein texte en SQL, avec la page", "Full-text search in SQL, with the page", `SELECT d.file, b.page, snippet(blocks_fts, 0, '**', '**', '…', 8) AS snippet
FROM blocks_fts
JOIN blocks b ON b.id = blocks_fts.rowid
JOIN v_document_paths d ON d.document_id = b.document_id
WHERE blocks_fts MATCH 'plaidoyer'
ORDER BY bm25(blocks_fts)
LIMIT 4;`},
	{"10", "Participants par réunion : déclarés et listés", "Participants per meeting: declared and listed", `SELECT date, cluster, participant_count AS declared, participants AS listed, organizations
FROM v_meetings
WHERE kind = 'minutes'
ORDER BY date, file;`},
}
