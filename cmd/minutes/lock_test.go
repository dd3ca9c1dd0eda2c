package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

func TestIngestLocked(t *testing.T) {
	if storetest.Postgres() {
		t.Skip("PostgreSQL has no lock for a whole run")
	}
	dbPath := storetest.DB(t, "m.db")
	lock, err := store.Acquire(context.Background(), dbPath, false)
	if err != nil {
		t.Fatal(err)
	}
	code, _, errs := minutesRun(t, "ingest", corpusDir, "--db", dbPath)
	if code != exitLocked {
		t.Fatalf("exit %d, want %d (locked)", code, exitLocked)
	}
	host, _ := os.Hostname()
	if want := fmt.Sprintf("locked by pid %d on %s since", os.Getpid(), host); !strings.Contains(errs, want) {
		t.Errorf("message %q does not say %q", errs, want)
	}
	if !strings.Contains(errs, "--wait") {
		t.Errorf("message %q does not suggest --wait", errs)
	}

	done := make(chan int)
	go func() {
		code, _, _ := minutesRun(t, "ingest", corpusDir, "--db", dbPath, "--wait", "--quiet")
		done <- code
	}()
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
	if code := <-done; code != exitOK {
		t.Errorf("ingest --wait: exit %d, want %d", code, exitOK)
	}
}
