package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Issue #15's target: the extraction score of the scanned twins reaches
// 0.9 × that of their born-digital originals. It holds for the twins
// together; each twin must reach minTwinRatio (the 18-page retreat report
// scores 0.894 ×: see docs/ocr.md).
const (
	minScannedRatio = 0.90
	minTwinRatio    = 0.85
)

// needOCR skips a test when Tesseract or its French model is missing, and
// fails it instead under CI=true, where .ci/run installs them.
func needOCR(t *testing.T) {
	t.Helper()
	out, err := exec.Command("tesseract", "--list-langs").CombinedOutput()
	switch {
	case err != nil:
		err = exec.ErrNotFound
	case !strings.Contains(string(out), "\nfra"):
		err = os.ErrNotExist
	}
	if err == nil {
		_, err = exec.LookPath("pdftoppm")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("OCR tests need tesseract-ocr, tesseract-ocr-fra and poppler-utils:", err)
		}
		t.Skip("tesseract with its French model, or pdftoppm, is not installed:", err)
	}
}

// TestScoreScanned scores the scanned twins of the PDF fixtures
// (testdata/scanned, made by its make.sh) against their originals, each
// ingested the way a user would. The twins' overall score must reach
// minScannedRatio of the originals', and each twin's minTwinRatio of its
// original's. It OCRs 43 pages: one to two minutes on two cores.
func TestScoreScanned(t *testing.T) {
	needOCR(t)
	scanned := filepath.Join("..", "..", "testdata", "scanned")
	golds := goldFiles(t, scanned)
	if len(golds) == 0 {
		t.Fatal("no gold files in", scanned)
	}
	var twins, originals []string
	for _, g := range golds {
		name := strings.TrimSuffix(g, ".gold.json")
		twins = append(twins, filepath.Join(scanned, name))
		orig := ""
		for _, dir := range []string{"corpus", "general", "field"} {
			p := filepath.Join("..", "..", "testdata", dir, name)
			if _, err := os.Stat(p); err == nil {
				orig = p
			}
		}
		if orig == "" {
			t.Fatalf("%s: no original in testdata/corpus or testdata/general", name)
		}
		originals = append(originals, orig)
	}
	twin, twinDocs := scoreFiles(t, twins, scanned)
	orig, origDocs := scoreFiles(t, originals, scanned)
	t.Logf("%-58s %8s %8s %6s", "document", "original", "scanned", "ratio")
	for _, g := range golds {
		name := strings.TrimSuffix(g, ".gold.json")
		o, s := origDocs[name].overall(), twinDocs[name].overall()
		t.Logf("%-58s %8.3f %8.3f %6.3f", name, o, s, s/o)
		if s < minTwinRatio*o {
			t.Errorf("%s: scanned twin scores %.3f, want >= %.2f × %.3f", name, s, minTwinRatio, o)
		}
	}
	o, s := orig.overall(), twin.overall()
	t.Logf("%-58s %8.3f %8.3f %6.3f", "overall", o, s, s/o)
	if s < minScannedRatio*o {
		t.Errorf("scanned twins score %.3f overall, want >= %.2f × %.3f (originals)", s, minScannedRatio, o)
	}
}

// scoreFiles ingests files into a fresh database and scores them against
// the gold files of goldDir (named as the files are): the report over all
// of them, and one per document.
func scoreFiles(t *testing.T, files []string, goldDir string) (*scoreReport, map[string]*scoreReport) {
	t.Helper()
	work := t.TempDir()
	docs := filepath.Join(work, "docs")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		copyFile(t, f, docs)
	}
	dbPath := filepath.Join(work, "eval.db")
	start := time.Now()
	code := run(t.Context(), []string{"ingest", docs, "--db", dbPath, "--quiet"})
	if code != exitOK {
		t.Errorf("minutes ingest: exit %d", code)
	}
	t.Logf("ingest: %d documents in %.2fs", len(files), time.Since(start).Seconds())
	system := readSystem(t, dbPath)
	all, each := &scoreReport{}, map[string]*scoreReport{}
	for _, f := range files {
		name := filepath.Base(f)
		gold, err := readGold(filepath.Join(goldDir, name+".gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		s, ok := system[name]
		if !ok {
			s = &sysDoc{meeting: map[string]any{}}
		}
		all.addDoc(name, gold, s)
		each[name] = &scoreReport{}
		each[name].addDoc(name, gold, s)
	}
	return all, each
}

// scannedPage is the one-page twin used by the end-to-end OCR tests.
var scannedPage = filepath.Join("..", "..", "testdata", "scanned", "doc22_fablab_lannion_cr2.pdf")

// TestIngestScanWithoutTesseract: without Tesseract a scan fails with a
// reason that says what to install; the next run, with it, reads the file,
// counts its OCR'd page and keeps each block's confidence, and `minutes
// show` marks the blocks.
func TestIngestScanWithoutTesseract(t *testing.T) {
	needOCR(t)
	dir := t.TempDir()
	copyFile(t, scannedPage, dir)
	dbPath := filepath.Join(t.TempDir(), "m.db")
	path := os.Getenv("PATH")
	t.Setenv("PATH", t.TempDir())
	s := ingestJSON(t, exitFailed, dir, "--db", dbPath)
	if len(s.Failures) != 1 || !strings.Contains(s.Failures[0].Reason, "no text layer") ||
		!strings.Contains(s.Failures[0].Reason, "apt-get install tesseract-ocr tesseract-ocr-fra") {
		t.Fatalf("without tesseract: %+v, want a reason naming the packages", s.Failures)
	}
	t.Setenv("PATH", path)
	s = ingestJSON(t, exitOK, dir, "--db", dbPath)
	if s.Failed != 0 || s.Reextracted+s.New != 1 {
		t.Fatalf("with tesseract: %+v, want the file read", s.Counts)
	}
	db := openDB(t, dbPath)
	if n := queryInt(t, db, `SELECT ocr_pages FROM documents WHERE status = 'ok'`); n != 1 {
		t.Errorf("ocr_pages = %d, want 1", n)
	}
	if n := queryInt(t, db, `SELECT count(*) FROM blocks WHERE ocr_confidence IS NULL OR ocr_confidence <= 0.5`); n > 3 {
		t.Errorf("%d blocks without a confidence or under 0.5", n)
	}
	if n := queryInt(t, db, `SELECT count(*) FROM actions`); n < 4 {
		t.Errorf("%d actions read from the scan, want at least 4", n)
	}
	code, out, errs := minutesRun(t, "show", scannedPage)
	if code != exitOK || !strings.Contains(out, "ocr pages 1") || !strings.Contains(out, "p1 #2 ocr 0.9") {
		t.Errorf("show: exit %d, %s\n%s", code, errs, out)
	}
}

// TestOCROff: --ocr off leaves a scan unread, and --ocr takes three values.
func TestOCROff(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, scannedPage, dir)
	s := ingestJSON(t, exitFailed, dir, "--db", filepath.Join(t.TempDir(), "m.db"), "--ocr", "off")
	if len(s.Failures) != 1 || s.Failures[0].Reason != "no text layer" {
		t.Errorf("--ocr off: %+v, want \"no text layer\"", s.Failures)
	}
	if code, _, _ := minutesRun(t, "ingest", dir, "--db", filepath.Join(t.TempDir(), "m.db"), "--ocr", "maybe"); code != exitUsage {
		t.Errorf("--ocr maybe: exit %d, want %d", code, exitUsage)
	}
}

// TestBornDigitalStartsNoOCR: ingesting PDFs that have text starts no OCR
// process (a tesseract and a pdftoppm that record their calls stand in for
// the real ones).
func TestBornDigitalStartsNoOCR(t *testing.T) {
	bin := t.TempDir()
	calls := filepath.Join(t.TempDir(), "calls")
	for _, name := range []string{"tesseract", "pdftoppm"} {
		script := "#!/bin/sh\necho " + name + " >> " + calls + "\nexit 1\n"
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	dir := t.TempDir()
	for _, d := range []string{"corpus", "general"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", d, "*.pdf"))
		for _, f := range files {
			copyFile(t, f, dir)
		}
	}
	ingestJSON(t, exitOK, dir, "--db", filepath.Join(t.TempDir(), "m.db"))
	if b, err := os.ReadFile(calls); err == nil {
		t.Errorf("OCR ran on born-digital PDFs: %s", b)
	}
}
