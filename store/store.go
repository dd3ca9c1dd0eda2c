// Package store keeps documents, meetings, participants, agenda items and
// actions in SQLite, with the provenance of every value. Each file is saved
// in one transaction, so that a failed or interrupted save never loses what
// was stored before.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver, built with -tags sqlite_fts5
)

//go:embed migration/*.sql
var migrations embed.FS

// ErrNoFTS5 means the program was built without the sqlite_fts5 tag.
var ErrNoFTS5 = errors.New("sqlite built without FTS5: build with -tags sqlite_fts5 (make build)")

// DB is the minutes database. Now gives the time recorded in ingested_at
// and similar columns; it defaults to time.Now.
type DB struct {
	db   *sql.DB
	Path string
	Now  func() time.Time
}

// Open opens (creating if needed) the database at path and migrates its
// schema to the current version. It creates a database only in a file
// that does not exist or is empty, and returns ErrNotMinutes, without
// writing, for any other file that is not a minutes database.
func Open(ctx context.Context, path string) (*DB, error) {
	if err := checkWritable(ctx, path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// WAL lets readers (analysts, `minutes serve`) work while a run writes;
	// busy_timeout makes a second connection wait for the lock instead of
	// failing at once; foreign keys make the cascades delete a document's rows.
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL") // durable with WAL across a process crash
	sqldb, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// One connection: SQLite has one writer anyway, and a single connection
	// keeps per-connection pragmas in force.
	sqldb.SetMaxOpenConns(1)
	db := &DB{db: sqldb, Path: path, Now: time.Now}
	if err := db.checkFTS5(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// OpenReadOnly opens an existing database for reading only: SQLite refuses
// every write on this connection, whatever the SQL says. It returns
// ErrNoDatabase for a file that does not exist or is empty, ErrNotMinutes
// for one that is not a minutes database.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if err := checkReadable(ctx, path); err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_query_only", "1")
	q.Set("_busy_timeout", "10000")
	sqldb, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &DB{db: sqldb, Path: path, Now: time.Now}, nil
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// SQL returns the underlying handle, for read-only analyst queries.
func (db *DB) SQL() *sql.DB { return db.db }

func (db *DB) checkFTS5(ctx context.Context) error {
	var on int
	if err := db.db.QueryRowContext(ctx, "SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&on); err != nil {
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	if on == 0 {
		return ErrNoFTS5
	}
	return nil
}

// migrate applies, in name order, the embedded migrations not yet recorded
// in the migrations table, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name) VALUES (?)`, name); err != nil {
		return err
	}
	return tx.Commit()
}

// nullString maps "" to SQL NULL.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullInt maps 0 to SQL NULL.
func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func (db *DB) now() string { return db.Now().UTC().Format(time.RFC3339) }
