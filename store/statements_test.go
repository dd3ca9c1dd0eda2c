package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/sahelim/minutes/store/storetest"
)

// TestStatementsCancel: the statements of a transaction run under
// [txn.statements], which SQLite's driver cannot interrupt, yet
// cancelling the context the transaction began with still rolls it back:
// its next statement fails and nothing it wrote is stored.
func TestStatementsCancel(t *testing.T) {
	db, err := Open(context.Background(), storetest.DB(t, "cancel.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tx, err := db.begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	sctx := tx.statements(ctx)
	i := 0
	insert := func() error {
		i++
		_, err := tx.ExecContext(sctx, `INSERT INTO organizations (acronym) VALUES (?)`, fmt.Sprint("ORG", i))
		return err
	}
	if err := insert(); err != nil {
		t.Fatal(err)
	}
	cancel()
	// database/sql rolls back from a goroutine of its own once ctx is done.
	deadline := time.Now().Add(10 * time.Second)
	for err = insert(); err == nil && time.Now().Before(deadline); err = insert() {
		time.Sleep(time.Millisecond)
	}
	// PostgreSQL's statements keep ctx: they fail with its error.
	if !errors.Is(err, sql.ErrTxDone) && !(db.d.postgres && errors.Is(err, context.Canceled)) {
		t.Fatalf("statement after cancel: %v, want %v", err, sql.ErrTxDone)
	}
	if err := tx.Commit(); err == nil {
		t.Error("commit after cancel succeeded")
	}
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM organizations`).Scan(&n); err != nil || n != 0 {
		t.Errorf("organizations after cancel: %d (%v), want none", n, err)
	}
}
