package main

import (
	"encoding/csv"
	"strings"
	"testing"
)

// csvColumns parses CSV output and returns, for each row, the values of
// the named columns joined with " | ".
func csvColumns(t *testing.T, out string, names ...string) []string {
	t.Helper()
	records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(records) == 0 {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	index := map[string]int{}
	for i, name := range records[0] {
		index[name] = i
	}
	var rows []string
	for _, rec := range records[1:] {
		var vals []string
		for _, n := range names {
			i, ok := index[n]
			if !ok {
				t.Fatalf("no column %q in %q", n, records[0])
			}
			vals = append(vals, rec[i])
		}
		rows = append(rows, strings.Join(vals, " | "))
	}
	return rows
}

func TestActions(t *testing.T) {
	db := corpusDB(t)
	const note = "2019-03-28 | Une note conceptuelle devra être prête dans les 48 heures | AG Zakaria (Coordo. WHE OMS) | 48 heures | 2019-03-30"
	for _, tt := range []struct {
		name    string
		args    []string
		columns []string
		want    []string
	}{
		{"owner by English acronym", []string{"--owner", "WHO"},
			[]string{"meeting_date", "action", "owners", "due_raw", "due_date"}, []string{note}},
		{"owner by French alias", []string{"--owner", "OMS"},
			[]string{"meeting_date", "action", "owners", "due_raw", "due_date"}, []string{note}},
		{"owner by person, no accents", []string{"--owner", "zakaria"},
			[]string{"meeting_date", "action", "owners", "due_raw", "due_date"}, []string{note}},
		{"overdue on a given day", []string{"--overdue", "--today", "2025-05-01"},
			[]string{"meeting_date", "due_raw", "due_date", "days_overdue", "file", "page"}, []string{
				"2019-03-28 | 48 heures | 2019-03-30 | 2224 | 2019-03-28_cluster-sante_bankass.docx | ",
				"2025-03-19 | Immédiat | 2025-03-19 | 43 | 2025-03-19_retraite-cluster-sante_rapport.pdf | 15",
				"2025-03-19 | Immédiat | 2025-03-19 | 43 | 2025-03-19_retraite-cluster-sante_rapport.pdf | 16",
				"2025-03-19 | Immédiat | 2025-03-19 | 43 | 2025-03-19_retraite-cluster-sante_rapport.pdf | 16",
			}},
		{"overdue before the meeting's deadlines", []string{"--overdue", "--today", "2019-03-30"},
			[]string{"due_date"}, nil},
		{"due before, cluster and search without accents", []string{"--cluster", "sante", "--due-before", "2025-06-01", "--search", "feuille de route"},
			[]string{"cluster", "owners", "due_raw", "due_date", "page"}, []string{
				"Cluster Santé | Coordination | Au plus tard fin mai 2025 | 2025-05-31 | 15",
			}},
		{"since", []string{"--since", "2025-01-01", "--owner", "herams"},
			[]string{"meeting_date", "owners", "due_raw"}, []string{
				"2025-03-19 | Coordination du cluster santé (PF HeRAMS/SSA) | D'ici fin 1è semestre 2025",
			}},
		{"since excludes earlier meetings", []string{"--since", "2025-03-20"}, []string{"id"}, nil},
	} {
		code, out, errs := analyst(t, db, append([]string{"actions", "--format", "csv"}, tt.args...)...)
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s", tt.name, code, errs)
		}
		got := csvColumns(t, out, tt.columns...)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: actions %q =\n%s\nwant\n%s", tt.name, tt.args, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

func TestActionsUsage(t *testing.T) {
	db := corpusDB(t)
	for _, args := range [][]string{
		{"--today", "1er mai"}, {"--since", "2025-13-01"}, {"--status", "closed"}, {"--format", "pdf"},
	} {
		if code, _, errs := analyst(t, db, append([]string{"actions"}, args...)...); code != exitUsage || errs == "" {
			t.Errorf("actions %q: exit %d, errors %q; want exit 2 and a message", args, code, errs)
		}
	}
}
