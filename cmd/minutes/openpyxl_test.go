package main

import (
	"archive/zip"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// openpyxlScript prints, for each sheet of the workbook argv[1] opened with
// read_only=argv[2], its name, the number of rows iterated, the widest row
// and the header, as one JSON object.
const openpyxlScript = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=sys.argv[2] == "True")
out = {}
for ws in wb.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    out[ws.title] = {"rows": len(rows), "cols": max((len(r) for r in rows), default=0),
                     "header": [c for c in rows[0]] if rows else []}
print(json.dumps(out))
`

// openpyxl returns a python3 that can import openpyxl. Without one the test
// is skipped, except in CI (CI set), where it fails: .ci/run installs
// python3-openpyxl.
func openpyxl(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import openpyxl").Run() == nil {
			return py
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI needs python3 with openpyxl (Debian python3-openpyxl)")
	}
	t.Skip("no python3 with openpyxl (Debian python3-openpyxl)")
	return ""
}

type openpyxlSheet struct {
	Rows   int      `json:"rows"`
	Cols   int      `json:"cols"`
	Header []string `json:"header"`
}

// TestExportXLSXOpenpyxl reads the exported workbook with another reader
// than excelize: openpyxl in read-only mode trusts each sheet's dimension,
// which must therefore cover the data.
func TestExportXLSXOpenpyxl(t *testing.T) {
	py := openpyxl(t)
	db := corpusDB(t)
	path := filepath.Join(t.TempDir(), "actions.xlsx")
	if code, _, errs := analyst(t, db, "export", "--table", "actions", "--format", "xlsx", "-o", path); code != exitOK {
		t.Fatalf("export: exit %d\n%s", code, errs)
	}
	_, n, _ := analyst(t, db, "query", "SELECT count(*) FROM actions", "--format", "csv")
	rows, err := strconv.Atoi(strings.Fields(n)[1])
	if err != nil {
		t.Fatal(err)
	}
	rows++ // the header
	_, csv, _ := analyst(t, db, "export", "--table", "actions")
	cols := strings.Count(csv[:strings.IndexAny(csv, "\r\n")], ",") + 1
	last := columnName(cols) + strconv.Itoa(rows)
	if dim := sheetDimension(t, path, "xl/worksheets/sheet1.xml"); dim != "A1:"+last {
		t.Errorf("sheet1.xml: dimension ref=%q, want A1:%s", dim, last)
	}
	for _, ro := range []string{"True", "False"} {
		out, err := exec.Command(py, "-c", openpyxlScript, path, ro).CombinedOutput()
		if err != nil {
			t.Fatalf("openpyxl read_only=%s: %v\n%s", ro, err, out)
		}
		var sheets map[string]openpyxlSheet
		if err := json.Unmarshal(out, &sheets); err != nil {
			t.Fatalf("openpyxl read_only=%s: %v\n%s", ro, err, out)
		}
		s := sheets["actions"]
		if s.Rows != rows || s.Cols != cols {
			t.Errorf("openpyxl read_only=%s: %d rows × %d columns, want %d × %d", ro, s.Rows, s.Cols, rows, cols)
		}
		if len(s.Header) == 0 || s.Header[0] != "id" {
			t.Errorf("openpyxl read_only=%s: header %q", ro, s.Header)
		}
	}
}

// columnName is a spreadsheet's name of column n (1 is A, 27 is AA).
func columnName(n int) string {
	var s string
	for ; n > 0; n = (n - 1) / 26 {
		s = string(rune('A'+(n-1)%26)) + s
	}
	return s
}

// sheetDimension returns the ref of the <dimension> element of a sheet.
func sheetDimension(t *testing.T, xlsx, sheet string) string {
	t.Helper()
	z, err := zip.OpenReader(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	f, err := z.Open(sheet)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	body, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<dimension ref="([^"]*)"`).FindSubmatch(body)
	if m == nil {
		return ""
	}
	return string(m[1])
}
