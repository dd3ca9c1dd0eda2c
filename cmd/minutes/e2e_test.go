package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store/storetest"
)

// TestIngestCorpusLands ingests the sample corpus and checks with SQL what
// landed: every document read, one meeting each but for two pairs of
// copies, the text indexed, and
// values of two reports as an analyst reads them, with their provenance.
func TestIngestCorpusLands(t *testing.T) {
	db := corpusDB(t)
	fts := "SELECT count(*) > 0 FROM blocks_fts WHERE blocks_fts MATCH 'echeance'"
	if storetest.Postgres() {
		fts = "SELECT count(*) > 0 FROM blocks_fts WHERE text @@ to_tsquery('minutes_fr', 'echeance')"
	}
	checks := []struct{ query, want string }{
		{"SELECT count(*) FROM documents WHERE status = 'ok'", "7"},
		{"SELECT count(*) FROM documents WHERE status <> 'ok'", "0"},
		{"SELECT count(*) FROM meetings", "5"}, // the DOCX and PDF, the DOCX and HTML of two meetings are copies
		{"SELECT count(*) FROM meeting_documents", "7"},
		{"SELECT count(DISTINCT document_id) FROM blocks", "7"},
		{fts, "1"},
		{`SELECT m.date || ' ' || m.location || ' ' || m.participant_count FROM meetings m
			JOIN meeting_documents c ON c.meeting_id = m.id JOIN documents d ON d.id = c.document_id WHERE d.path LIKE '%protection_bamako.docx'`, "2017-04-05 UNHCR – Bamako 18"},
		{`SELECT a.due_raw || ' ' || a.due_date || ' ' || a.source_ref || ' ' || ao.raw FROM actions a
			JOIN action_owners ao ON ao.action_id = a.id JOIN meetings m ON m.id = a.meeting_id
			JOIN meeting_documents c ON c.meeting_id = m.id JOIN documents d ON d.id = c.document_id
			WHERE d.path LIKE '%bankass.docx' AND a.text LIKE 'Une note conceptuelle%'`, "48 heures 2019-03-30 #2 r5c2 Dr AG Zakaria (Coordo. WHE OMS)"},
		{`SELECT group_concat(g.title, ' | ') FROM (SELECT g.title FROM agenda_items g JOIN meetings m ON m.id = g.meeting_id
			JOIN meeting_documents c ON c.meeting_id = m.id JOIN documents d ON d.id = c.document_id WHERE d.path LIKE '%idps-segou%' ORDER BY g.position) g`,
			"Introduction du Coordinateur Humanitaire Adjoint | Présentation sur les Mouvements de Populations (DNDS) | Situation Humanitaire des IDPs de Ségou | Divers"},
		{`SELECT count(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id JOIN meeting_documents c ON c.meeting_id = m.id JOIN documents d ON d.id = c.document_id
			WHERE d.path LIKE '%rapport.pdf' AND a.due_date = '2025-05-31' AND a.source_page >= 15`, "5"},
		{`SELECT o.acronym FROM participants p JOIN organizations o ON o.id = p.organization_id JOIN meetings m ON m.id = p.meeting_id
			JOIN meeting_documents c ON c.meeting_id = m.id JOIN documents d ON d.id = c.document_id WHERE d.path LIKE '%protection_bamako.pdf' AND p.person = 'Hanan TALBI'`, "NRC"},
	}
	for _, c := range checks {
		code, out, errs := analyst(t, db, "query", c.query, "--format", "csv")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != exitOK || len(lines) != 2 || lines[1] != c.want {
			t.Errorf("%s\n= %q (exit %d, %s), want %q", c.query, out, code, errs, c.want)
		}
	}
}

// TestShow prints a report's model and extraction with provenance, and
// its public JSON form.
func TestShow(t *testing.T) {
	path := "../../testdata/corpus/2017-04-05_cluster-protection_bamako.pdf"
	code, out, errs := analyst(t, "unused.db", "show", path)
	if code != exitOK {
		t.Fatalf("show: exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"format pdf pages 2",
		"p1 #6 r1: Points à l'ordre du jour | Discussions / informations | Recommandations / décisions",
		"location:          UNHCR – Bamako  [p1 #2]",
		"Responsables/ OCHA-CCP",
		"owners: OCHA (OCHA); CCP (CCP)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("show output lacks %q", want)
		}
	}
	code, out, errs = analyst(t, "unused.db", "show", "--json", path)
	if code != exitOK {
		t.Fatalf("show --json: exit %d: %s", code, errs)
	}
	var got struct {
		File   string `json:"file"`
		Format string `json:"format"`
		Pages  int    `json:"pages"`
		Blocks []struct {
			Kind string     `json:"kind"`
			Page int        `json:"page"`
			Text string     `json:"text"`
			Rows [][]string `json:"rows"`
		} `json:"blocks"`
		Meeting struct {
			Date    string `json:"date"`
			Actions []struct {
				Action string `json:"action"`
			} `json:"actions"`
		} `json:"meeting"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.File != "2017-04-05_cluster-protection_bamako.pdf" || got.Format != "pdf" || got.Pages != 2 || got.Meeting.Date != "2017-04-05" || len(got.Meeting.Actions) != 10 {
		t.Errorf("show --json = %s %s %d, meeting %s with %d actions", got.File, got.Format, got.Pages, got.Meeting.Date, len(got.Meeting.Actions))
	}
	tables := 0
	for _, b := range got.Blocks {
		if b.Kind == "table" {
			tables++
			if len(b.Rows[0]) != 3 {
				t.Errorf("table row of %d cells, want 3", len(b.Rows[0]))
			}
		}
	}
	if tables != 1 {
		t.Errorf("%d tables, want 1 (joined over the page break)", tables)
	}
}

// TestShowByIDAndErrors shows a stored document by its id, and names the
// reason when it cannot show one.
func TestShowByIDAndErrors(t *testing.T) {
	db := corpusDB(t)
	code, out, errs := analyst(t, db, "show", "1")
	if code != exitOK || !strings.HasPrefix(out, "format ") {
		t.Errorf("show 1: exit %d, %q, %s", code, out[:min(len(out), 80)], errs)
	}
	for _, tt := range []struct {
		arg, want string
		code      int
	}{
		{"999", "document 999: not in", exitUsage},
		{"/nonexistent.pdf", "no such file, and not a document id", exitUsage},
		{"../../testdata/synthetic/README.md", "unsupported format: plain text", exitFailed},
	} {
		code, _, errs := analyst(t, db, "show", tt.arg)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("show %s: exit %d, %q, want exit %d and %q", tt.arg, code, errs, tt.code, tt.want)
		}
	}
}
