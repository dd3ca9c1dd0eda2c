package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/sahelim/minutes/store"
)

func TestExportXLSX(t *testing.T) {
	db := corpusDB(t)
	path := filepath.Join(t.TempDir(), "minutes.xlsx")
	if code, out, errs := analyst(t, db, "export", "--format", "xlsx", "--output", path); code != exitOK || out != "" {
		t.Fatalf("export xlsx: exit %d, output %q\n%s", code, out, errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"actions", "meetings", "participants", "agenda"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		sheet  string
		header string // first columns
		rows   string // SQL counting the rows the sheet should have
	}{
		{"actions", "id,meeting_id,meeting_date,cluster,region,region_pcode,action,owners,owner_raw,due_raw,due_date", "SELECT count(*) FROM actions"},
		{"meetings", "id,date,cluster,region,region_pcode,location,title", "SELECT count(*) FROM meetings"},
		{"participants", "meeting_id,meeting_date,cluster,region,region_pcode,organization", "SELECT count(*) FROM participants"},
		{"agenda", "meeting_id,meeting_date,cluster,region,region_pcode,position,item", "SELECT count(*) FROM agenda_items"},
	} {
		rows, err := f.GetRows(tt.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(rows[0], ","); !strings.HasPrefix(got, tt.header+",") {
			t.Errorf("sheet %s header = %s, want it to begin with %s", tt.sheet, got, tt.header)
		}
		_, n, _ := analyst(t, db, "query", tt.rows, "--format", "csv")
		if want := strings.Fields(n)[1]; want != strconv.Itoa(len(rows)-1) {
			t.Errorf("sheet %s has %d rows, want %s", tt.sheet, len(rows)-1, want)
		}
		panes, err := f.GetPanes(tt.sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("sheet %s: header row not frozen: %+v, %v", tt.sheet, panes, err)
		}
	}
	// Each sheet is an Excel table of its name (its filter buttons are the
	// autofilter), for Power BI.
	for _, sheet := range f.GetSheetList() {
		tables, err := f.GetTables(sheet)
		if err != nil || len(tables) != 1 || tables[0].Name != sheet || !strings.HasPrefix(tables[0].Range, "A1:") {
			t.Errorf("sheet %s: tables %+v, %v; want one named %s", sheet, tables, err, sheet)
		}
	}
	// Columns are sized; the action text wraps at the widest.
	if w, _ := f.GetColWidth("actions", "A"); w < 8 || w > 10 {
		t.Errorf("actions!A (id) width %.1f, want about 8", w)
	}
	if w, _ := f.GetColWidth("actions", "G"); w != 60 {
		t.Errorf("actions!G (action) width %.1f, want 60", w)
	}
	if id, _ := f.GetCellStyle("actions", "G2"); id == 0 {
		t.Errorf("actions!G2 has no style, want wrapped text")
	} else if st, _ := f.GetStyle(id); st.Alignment == nil || !st.Alignment.WrapText {
		t.Errorf("actions!G2 style %+v, want wrapped text", st.Alignment)
	}
	// The provenance of v_actions: file, page, source_ref and path.
	header, _ := f.GetRows("actions")
	if got := strings.Join(header[0], ","); !strings.HasSuffix(got, ",file,page,source_ref,path") {
		t.Errorf("actions header = %s, want it to end with file,page,source_ref,path", got)
	}
	// Dates are Excel dates, shown as ISO.
	if v, _ := f.GetCellValue("meetings", "B2"); v != "2017-04-05" {
		t.Errorf("meetings!B2 = %q, want 2017-04-05", v)
	}
	if typ, _ := f.GetCellType("meetings", "B2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("meetings!B2 is text, want a date")
	}

	one := filepath.Join(t.TempDir(), "actions.xlsx")
	analyst(t, db, "export", "--format", "xlsx", "--table", "actions", "-o", one)
	g, err := excelize.OpenFile(one)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if got := g.GetSheetList(); !slices.Equal(got, []string{"actions"}) {
		t.Errorf("export --table actions --format xlsx: sheets %q", got)
	}
}

func TestExportText(t *testing.T) {
	db := corpusDB(t)
	code, out, errs := analyst(t, db, "export", "--table", "meetings", "--format", "hxl")
	lines := strings.Split(out, "\r\n")
	if code != exitOK || len(lines) < 3 {
		t.Fatalf("export hxl: exit %d\n%s%s", code, out, errs)
	}
	if want := "id,date,cluster,region,region_pcode,location,title,kind,participants,organizations,agenda_items,actions,format,file,path"; lines[0] != want {
		t.Errorf("hxl header = %s, want %s", lines[0], want)
	}
	if want := "#meta+id,#date,#sector+cluster,#adm1+name,#adm1+code,#loc+name,#x_meeting+name,#x_meeting+type,#x_meeting+participants,#x_meeting+organizations,#x_meeting+agenda,#x_meeting+actions,#meta+format,#meta+file,#meta+path"; lines[1] != want {
		t.Errorf("hxl hashtags = %s, want %s", lines[1], want)
	}
	if !strings.Contains(lines[2], ",2017-04-05,Cluster Protection,Bamako,ML09,UNHCR – Bamako,COMPTE RENDU,minutes,") ||
		!strings.HasSuffix(lines[2], ",pdf,2017-04-05_cluster-protection_bamako.pdf,"+abs("2017-04-05_cluster-protection_bamako.pdf")) {
		t.Errorf("first meeting = %s", lines[2])
	}

	_, csvOut, _ := analyst(t, db, "export", "--table", "agenda", "--excel")
	if !strings.HasPrefix(csvOut, "\uFEFFmeeting_id;meeting_date;cluster;region;region_pcode;position;item;page;file;source_ref;path\r\n") || strings.Contains(csvOut, "#date") {
		t.Errorf("export --excel: %.80q", csvOut)
	}
	path := filepath.Join(t.TempDir(), "actions.jsonl")
	analyst(t, db, "export", "--format", "json", "--output", path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, n, _ := analyst(t, db, "query", "SELECT count(*) FROM actions", "--format", "csv")
	if got := strings.Count(string(data), "\n"); strconv.Itoa(got) != strings.Fields(n)[1] || !strings.HasPrefix(string(data), `{"id":`) {
		t.Errorf("export json: %d lines, want %s: %.80q", got, strings.Fields(n)[1], data)
	}
	for _, args := range [][]string{{"--format", "pdf"}, {"--table", "blocks"}} {
		if code, _, _ := analyst(t, db, append([]string{"export"}, args...)...); code != exitUsage {
			t.Errorf("export %q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// abs is the path ingest stores for a file of the corpus.
func abs(name string) string {
	p, err := filepath.Abs(filepath.Join("../../testdata/corpus", name))
	if err != nil {
		panic(err)
	}
	return p
}

// dangerous is a table whose texts a spreadsheet would run as formulas.
var dangerous = &store.Result{Columns: []string{"id", "owner", "due_raw", "days"}, Rows: [][]any{
	{int64(1), "@yann", "=HYPERLINK(\"http://x\")", int64(-3)},
	{int64(2), "+33 6", "-15 jours", nil},
	{int64(3), "OMS; UNICEF", "fin mai", float64(2.5)},
}}

func TestExportCSVForExcel(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "id,owner,due_raw,days\r\n1,'@yann,\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n2,'+33 6,'-15 jours,\r\n3,OMS; UNICEF,fin mai,2.5\r\n"},
		{[]string{"--excel"}, "\uFEFFid;owner;due_raw;days\r\n1;'@yann;\"'=HYPERLINK(\"\"http://x\"\")\";-3\r\n2;'+33 6;'-15 jours;\r\n3;\"OMS; UNICEF\";fin mai;2.5\r\n"},
		{[]string{"--excel", "--sep", ","}, "\uFEFFid,owner,due_raw,days\r\n1,'@yann,\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n2,'+33 6,'-15 jours,\r\n3,OMS; UNICEF,fin mai,2.5\r\n"},
		{[]string{"--sep", `\t`}, "id\towner\tdue_raw\tdays\r\n1\t'@yann\t\"'=HYPERLINK(\"\"http://x\"\")\"\t-3\r\n2\t'+33 6\t'-15 jours\t\r\n3\tOMS; UNICEF\tfin mai\t2.5\r\n"},
	} {
		var opts *exportOptions
		cmd := newExportCmd(&globalOptions{}, func(_ context.Context, o *exportOptions) error { opts = o; return nil })
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Fatal(err)
		}
		if _, err := exportSelection(opts); err != nil {
			t.Fatalf("export %q: %v", tt.args, err)
		}
		var b strings.Builder
		if err := writeExport(&b, opts, []string{"actions"}, []*store.Result{dangerous}); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("export %q:\n%q\nwant\n%q", tt.args, b.String(), tt.want)
		}
	}
	db := corpusDB(t)
	for _, sep := range []string{";;", `"`, "\n", ""} {
		if code, _, _ := analyst(t, db, "export", "--sep", sep); code != exitUsage && sep != "" {
			t.Errorf("export --sep %q: exit %d, want %d", sep, code, exitUsage)
		}
	}
}

// TestExportXLSXNoFormula: excelize writes a text starting with = as a
// string, never as a formula, so the workbook keeps texts as they are.
func TestExportXLSXNoFormula(t *testing.T) {
	var b bytes.Buffer
	if err := writeXLSX(&b, []string{"actions"}, []*store.Result{dangerous}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, cell := range []string{"B2", "C2", "B3", "C3"} {
		v, _ := f.GetCellValue("actions", cell)
		formula, _ := f.GetCellFormula("actions", cell)
		typ, _ := f.GetCellType("actions", cell)
		if formula != "" || (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) || strings.HasPrefix(v, "'") {
			t.Errorf("actions!%s = %q: formula %q, type %v; want the text as a string", cell, v, formula, typ)
		}
	}
}
