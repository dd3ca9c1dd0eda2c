package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/sahelim/minutes/normalize"
)

// exportColumn is one column of an exported table: its name, the SQL that
// computes it and its HXL hashtag. The column region_pcode holds the
// COD-AB P-code of the region in the column before it: normalize knows
// them, SQL does not.
type exportColumn struct {
	name, expr, tag string
}

// exportTable is one table that Export writes.
type exportTable struct {
	name    string
	from    string // FROM clause, and ORDER BY
	columns []exportColumn
}

// The HXL hashtags. Core HXL has no hashtag for an action, its owner or its
// deadline, so these use extension hashtags, named with the x_ prefix so
// that they cannot clash with a future core hashtag: #x_action+text is the action, #x_owner+text the owner
// as written (#org holds the canonical owners), #x_deadline+text the
// deadline as written and #x_deadline+date its date, #x_deadline+overdue
// the days it is overdue today, #x_action+repeats the number of earlier
// meetings that asked for it; #x_agenda+text an agenda item; #x_meeting+*
// the counts of a meeting. The provenance is #meta: the file's base name
// (#meta+file), its path (#meta+path), the page and the place in the
// document (#meta+ref, "p2 #6 r3c3"). The cluster is #sector+cluster, the
// region #adm1+name and its P-code #adm1+code, for joins on HDX.
var exportTables = []exportTable{{
	name: "actions",
	from: `FROM v_actions ORDER BY meeting_date IS NULL, meeting_date, path, position`,
	columns: []exportColumn{
		{"id", "id", "#meta+id"},
		{"meeting_id", "meeting_id", "#meta+meeting"},
		{"meeting_date", "meeting_date", "#date"},
		{"cluster", "cluster", "#sector+cluster"},
		{"region", "region", "#adm1+name"},
		{"region_pcode", "NULL", "#adm1+code"},
		{"action", "action", "#x_action+text"},
		{"owners", "owners", "#org"},
		{"owner_raw", "owner_raw", "#x_owner+text"},
		{"due_raw", "due_raw", "#x_deadline+text"},
		{"due_date", "due_date", "#x_deadline+date"},
		{"due_precision", "due_precision", "#x_deadline+precision"},
		{"status", "status", "#status"},
		{"days_overdue", "days_overdue", "#x_deadline+overdue"},
		{"repeats", "repeats", "#x_action+repeats"},
		{"first_seen", "first_seen", "#date+first"},
		{"file", "file", "#meta+file"},
		{"page", "page", "#meta+page"},
		{"source_ref", "source_ref", "#meta+ref"},
		{"path", "path", "#meta+path"},
	},
}, {
	name: "meetings",
	from: `FROM v_meetings ORDER BY date IS NULL, date, path`,
	columns: []exportColumn{
		{"id", "id", "#meta+id"},
		{"date", "date", "#date"},
		{"cluster", "cluster", "#sector+cluster"},
		{"region", "region", "#adm1+name"},
		{"region_pcode", "NULL", "#adm1+code"},
		{"location", "location", "#loc+name"},
		{"title", "title", "#x_meeting+name"},
		{"kind", "kind", "#x_meeting+type"},
		{"participants", "participants", "#x_meeting+participants"},
		{"organizations", "organizations", "#x_meeting+organizations"},
		{"agenda_items", "agenda_items", "#x_meeting+agenda"},
		{"actions", "actions", "#x_meeting+actions"},
		{"format", "format", "#meta+format"},
		{"file", "file", "#meta+file"},
		{"path", "path", "#meta+path"},
	},
}, {
	name: "participants",
	from: `FROM participants p JOIN meetings m ON m.id = p.meeting_id
		JOIN v_document_paths d ON d.document_id = m.document_id
		LEFT JOIN organizations o ON o.id = p.organization_id
		ORDER BY m.date IS NULL, m.date, d.path, p.id`,
	columns: []exportColumn{
		{"meeting_id", "m.id", "#meta+meeting"},
		{"meeting_date", "m.date", "#date"},
		{"cluster", "m.cluster", "#sector+cluster"},
		{"region", "m.region", "#adm1+name"},
		{"region_pcode", "NULL", "#adm1+code"},
		{"organization", "o.acronym", "#org+acronym"},
		{"organization_name", "o.name", "#org+name"},
		{"organization_kind", "o.kind", "#org+type"},
		{"person", "p.person", "#contact+name"},
		{"title", "p.title", "#contact+title"},
		{"role", "p.role", "#contact+role"},
		{"excused", "p.excused", "#x_excused"},
		{"raw", "p.raw", "#x_participant+text"},
		{"page", "p.source_page", "#meta+page"},
		{"file", "d.file", "#meta+file"},
		{"source_ref", "p.source_ref", "#meta+ref"},
		{"path", "d.path", "#meta+path"},
	},
}, {
	name: "agenda",
	from: `FROM agenda_items g JOIN meetings m ON m.id = g.meeting_id
		JOIN v_document_paths d ON d.document_id = m.document_id
		ORDER BY m.date IS NULL, m.date, d.path, g.position`,
	columns: []exportColumn{
		{"meeting_id", "m.id", "#meta+meeting"},
		{"meeting_date", "m.date", "#date"},
		{"cluster", "m.cluster", "#sector+cluster"},
		{"region", "m.region", "#adm1+name"},
		{"region_pcode", "NULL", "#adm1+code"},
		{"position", "g.position", "#meta+position"},
		{"item", "g.title", "#x_agenda+text"},
		{"page", "g.source_page", "#meta+page"},
		{"file", "d.file", "#meta+file"},
		{"source_ref", "g.source_ref", "#meta+ref"},
		{"path", "d.path", "#meta+path"},
	},
}}

// ExportTables returns the names of the tables Export knows, in the order
// of a workbook's sheets.
func ExportTables() []string {
	names := make([]string, len(exportTables))
	for i, t := range exportTables {
		names[i] = t.name
	}
	return names
}

// Export returns a whole table for analysts (one of ExportTables), with the
// HXL hashtag of each column in Tags.
func (db *DB) Export(ctx context.Context, table string) (*Result, error) {
	for _, t := range exportTables {
		if t.name == table {
			return db.export(ctx, t)
		}
	}
	return nil, fmt.Errorf("export %s: unknown table (want %s)", table, strings.Join(ExportTables(), ", "))
}

func (db *DB) export(ctx context.Context, t exportTable) (*Result, error) {
	exprs := make([]string, len(t.columns))
	tags := make([]string, len(t.columns))
	for i, c := range t.columns {
		exprs[i] = c.expr + " AS " + c.name
		tags[i] = c.tag
	}
	rows, err := db.query(ctx, "SELECT "+strings.Join(exprs, ", ")+" "+t.from)
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", t.name, err)
	}
	defer rows.Close()
	res, _, err := scanLimit(rows, 0)
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", t.name, err)
	}
	res.Tags = tags
	for i, c := range t.columns {
		if c.name != "region_pcode" {
			continue
		}
		for _, row := range res.Rows {
			if region, ok := row[i-1].(string); ok && normalize.RegionPcode(region) != "" {
				row[i] = normalize.RegionPcode(region)
			}
		}
	}
	return res, nil
}
