package main

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store"
)

// TestStreamCutIsRecorded ingests a PDF whose content stream is over the
// PDF reader's 64 MiB bound: the document is stored with a warning, and
// failures and show say what is missing.
func TestStreamCutIsRecorded(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a 65 MiB content stream")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "long.pdf")
	if err := os.WriteFile(path, longPDF(t, 65<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	const want = "page 1: content stream over 64 MiB, cut there"
	dbPath := filepath.Join(t.TempDir(), "m.db")
	code, _, errs := minutesRun(t, "ingest", dir, "--db", dbPath, "--quiet")
	if code != exitOK || !strings.Contains(errs, "long.pdf: warning: "+want) {
		t.Fatalf("ingest: exit %d, stderr %q, want 0 and the warning", code, errs)
	}
	_, out, _ := minutesRun(t, "failures", "--db", dbPath, "--json")
	var fails []store.Failure
	if err := json.Unmarshal([]byte(out), &fails); err != nil {
		t.Fatal(err)
	}
	if len(fails) != 1 || fails[0].Kind != store.KindWarning || !strings.Contains(fails[0].Reason, want) {
		t.Errorf("failures --json = %+v, want one warning %q", fails, want)
	}
	if _, out, _ := minutesRun(t, "show", path); !strings.Contains(out, "warning: "+want) {
		t.Errorf("show does not print the warning:\n%.500s", out)
	}
}

// longPDF returns a one-page PDF whose content stream decodes to size
// bytes: a line of text, then blank space.
func longPDF(t *testing.T, size int) []byte {
	t.Helper()
	var content bytes.Buffer
	zw, err := zlib.NewWriterLevel(&content, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	line := "BT /F1 12 Tf 72 720 Td (Compte rendu de la reunion) Tj ET\n"
	zw.Write([]byte(line))
	blank := bytes.Repeat([]byte(" "), 1<<20)
	for n := len(line); n < size; n += len(blank) {
		zw.Write(blank)
	}
	zw.Close()
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", content.Len(), content.Bytes()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
