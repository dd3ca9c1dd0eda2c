package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// cancelAfter is the standard error of an ingest that stands in for Ctrl-C:
// it cancels the run once n files are stored.
type cancelAfter struct {
	mu     sync.Mutex
	n      int
	cancel context.CancelFunc
	buf    bytes.Buffer
}

func (w *cancelAfter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.n -= bytes.Count(p, []byte("\nnew ")) + b2i(bytes.HasPrefix(p, []byte("new "))); w.n <= 0 {
		w.cancel()
	}
	return w.buf.Write(p)
}

// TestIngestInterrupted: an ingest stopped by Ctrl-C exits 130 with the
// number of files it did not get to, records the run as interrupted, and
// the next run finishes the job.
func TestIngestInterrupted(t *testing.T) {
	dir := copyCorpus(t, 6)
	total := 6 * len(corpusFiles(t))
	db := filepath.Join(t.TempDir(), "m.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &cancelAfter{n: 3, cancel: cancel}
	var stdout bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs([]string{"ingest", dir, "--db", db, "--json", "--workers", "1"})
	cmd.SetOut(&stdout)
	cmd.SetErr(stderr)
	err := cmd.ExecuteContext(ctx)
	var ce *codeError
	if !errors.As(err, &ce) || ce.code != exitInterrupted {
		t.Fatalf("interrupted ingest: %v, want exit %d", err, exitInterrupted)
	}
	m := regexp.MustCompile(`^interrupted: (\d+) files not processed`).FindStringSubmatch(ce.err.Error())
	if m == nil {
		t.Fatalf("message %q, want interrupted: N files not processed", ce.err)
	}
	var sum summary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("--json: %v\n%s", err, stdout.String())
	}
	stored := sum.New
	if !sum.Interrupted || sum.Exit != exitInterrupted || strconv.Itoa(sum.NotProcessed) != m[1] ||
		sum.NotProcessed == 0 || stored+sum.NotProcessed != total {
		t.Errorf("--json summary %+v: want interrupted, exit 130, %s not processed, %d files in all", sum, m[1], total)
	}

	code, out, errs := analyst(t, db, "runs", "--json", "--last", "1")
	var runs []struct {
		Exit    int            `json:"exit"`
		Options map[string]any `json:"options"`
	}
	if err := json.Unmarshal([]byte(out), &runs); code != exitOK || err != nil || len(runs) != 1 {
		t.Fatalf("runs --json: exit %d, %v\n%s%s", code, err, out, errs)
	}
	if runs[0].Exit != exitInterrupted || runs[0].Options["workers"] != 1.0 {
		t.Errorf("runs --json: %+v, want exit 130 and the options as an object", runs[0])
	}
	if _, table, _ := analyst(t, db, "runs"); !strings.Contains(table, "interrupted") {
		t.Errorf("runs:\n%s\nwant the run shown as interrupted", table)
	}

	again := ingestJSON(t, exitOK, dir, "--db", db)
	if again.New != total-stored || again.Interrupted || again.NotProcessed != 0 {
		t.Errorf("next run: %+v, want the %d files left stored", again, total-stored)
	}
}
