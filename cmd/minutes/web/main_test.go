package web

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

// The handler tests read the sample corpus stored by the real extraction
// (extract → store.Save → LinkFollowUps, what `minutes ingest` runs in its
// children and its writer) into a database in a temporary folder; package
// web cannot call the CLI's run. The end-to-end test in the browser lives
// in package main (serve_test.go), where `minutes ingest` itself builds the
// database and `minutes serve` serves it.

const corpusDir = "../../../testdata/corpus"

var tempDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "minutes-web-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tempDir = dir
	code := m.Run()
	for _, drop := range dropSchemas {
		drop()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// corpus returns the path of the database holding the sample corpus,
// building it once, on the backend under test.
var corpus = sync.OnceValues(func() (string, error) {
	if storetest.Postgres() {
		return postgresCorpus()
	}
	return ingestCorpus(filepath.Join(tempDir, "corpus.db"), false)
})

// separateCorpus is corpus ingested with NoMerge (--no-merge): every file
// its own meeting.
var separateCorpus = sync.OnceValues(func() (string, error) {
	if storetest.Postgres() {
		url, err := newSchema()
		if err != nil {
			return "", err
		}
		return ingestCorpus(url, true)
	}
	return ingestCorpus(filepath.Join(tempDir, "separate.db"), true)
})

// postgresCorpus is corpus on PostgreSQL, whatever the backend under
// test, built once; "" when there is no server ($MINUTES_TEST_POSTGRES).
var postgresCorpus = sync.OnceValues(func() (string, error) {
	url, err := newSchema()
	if err != nil {
		return "", err
	}
	return ingestCorpus(url, false)
})

// newSchema returns the URL of a new schema on the test server, dropped
// when the tests end.
func newSchema() (string, error) {
	base := os.Getenv("MINUTES_TEST_POSTGRES")
	if base == "" {
		return "", errors.New("no PostgreSQL server: set MINUTES_TEST_POSTGRES")
	}
	url, drop, err := storetest.NewSchema(base)
	if err != nil {
		return "", err
	}
	dropSchemas = append(dropSchemas, drop)
	return url, nil
}

// dropSchemas are the PostgreSQL schemas to drop when the tests end.
var dropSchemas []func()

// ingestCorpus stores the sample corpus at path (a SQLite file or a
// postgres URL), each file its own meeting when noMerge, and returns path.
func ingestCorpus(path string, noMerge bool) (string, error) {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		return "", err
	}
	defer db.Close()
	names, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil {
		return "", err
	}
	for _, name := range names {
		if strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".md") {
			continue
		}
		if err := ingest(ctx, db, name, noMerge); err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
	}
	_, err = db.LinkFollowUps(ctx)
	return path, err
}

func ingest(ctx context.Context, db *store.DB, name string, noMerge bool) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	f := store.File{Path: name, Bytes: int64(len(data)), ModTime: time.Unix(0, 0), SHA256: hex.EncodeToString(sum[:])}
	d, m, err := extract.Options{}.File(data)
	if err != nil {
		return err
	}
	_, err = db.Save(ctx, f, store.Extraction{Doc: d, Meeting: m, Version: extract.Version, NoMerge: noMerge})
	return err
}

// today is the day the tests run on, for overdue and due-soon actions.
var today = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// newServer returns a server over the corpus, opened read-only as `minutes
// serve` opens it; change lets a test set fields before the handler is
// built.
func newServer(t *testing.T, change func(*Server)) (*Server, http.Handler) {
	t.Helper()
	return serverOn(t, corpus, change)
}

// newSeparateServer is newServer over separateCorpus.
func newSeparateServer(t *testing.T) (*Server, http.Handler) {
	t.Helper()
	return serverOn(t, separateCorpus, nil)
}

func serverOn(t *testing.T, corpus func() (string, error), change func(*Server)) (*Server, http.Handler) {
	t.Helper()
	path, err := corpus()
	if err != nil {
		t.Fatalf("ingest the corpus: %v", err)
	}
	db, err := store.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := &Server{DB: db, Now: func() time.Time { return today }, WriteCSV: testCSV}
	if change != nil {
		change(s)
	}
	h, err := s.Handler()
	if err != nil {
		t.Fatal(err)
	}
	return s, h
}

// testCSV stands in for the CLI's CSV writer, which package web cannot
// import.
func testCSV(w io.Writer, res *store.Result) error {
	cw := csv.NewWriter(w)
	cw.Write(res.Columns)
	for _, row := range res.Rows {
		rec := make([]string, len(row))
		for i, v := range row {
			rec[i] = cellText(v)
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// get serves one request and returns the response and its body.
func get(t *testing.T, h http.Handler, target string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}
