// Package store keeps documents, meetings, participants, agenda items and
// actions in SQLite (a file, the default) or PostgreSQL (a team's shared
// archive, selected by a postgres:// URL), with the provenance of every
// value. Both have the same tables and views, each with its own
// migrations. Each file is saved in one transaction, so that a failed or
// interrupted save never loses what was stored before.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver, built with -tags sqlite_fts5
)

//go:embed migration/sqlite/*.sql migration/postgres/*.sql
var migrations embed.FS

// ErrNoFTS5 means the program was built without the sqlite_fts5 tag.
var ErrNoFTS5 = errors.New("sqlite built without FTS5: build with -tags sqlite_fts5 (make build)")

// DB is the minutes database. Path names it in messages: the SQLite file,
// or host:port/database for PostgreSQL (never the password). Now gives the
// time recorded in ingested_at and similar columns; it defaults to
// time.Now.
type DB struct {
	db   *sql.DB
	d    *dialect
	Path string
	Now  func() time.Time
}

// Open opens the database at location, a SQLite file or a postgres://
// URL, and migrates its schema to the current version. It creates a
// SQLite database only in a file that does not exist or is empty, and
// returns ErrNotMinutes, without writing, for any other file that is not
// a minutes database.
func Open(ctx context.Context, location string) (*DB, error) {
	if IsPostgres(location) {
		return openPostgres(ctx, location, false)
	}
	if err := checkWritable(ctx, location); err != nil {
		return nil, fmt.Errorf("open %s: %w", location, err)
	}
	return openSQLite(ctx, location)
}

func openSQLite(ctx context.Context, path string) (*DB, error) {
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
	db := &DB{db: sqldb, d: &dialect{}, Path: path, Now: time.Now}
	if err := db.checkFTS5(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	c, err := sqldb.Conn(ctx)
	if err == nil {
		err = db.migrate(ctx, c)
		c.Close()
	}
	if err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// OpenReadOnly opens an existing database for reading only: SQLite refuses
// every write on this connection, whatever the SQL says; a PostgreSQL
// session starts every transaction read-only. It returns ErrNoDatabase for
// a SQLite file that does not exist or is empty, ErrNotMinutes for one
// that is not a minutes database.
func OpenReadOnly(ctx context.Context, location string) (*DB, error) {
	if IsPostgres(location) {
		return openPostgres(ctx, location, true)
	}
	path := location
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
	return &DB{db: sqldb, d: &dialect{}, Path: path, Now: time.Now}, nil
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// SQL returns the underlying handle, for read-only analyst queries.
func (db *DB) SQL() *sql.DB { return db.db }

func (db *DB) checkFTS5(ctx context.Context) error {
	var on int
	if err := db.queryRow(ctx, "SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&on); err != nil {
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	if on == 0 {
		return ErrNoFTS5
	}
	return nil
}

// migrate applies, in name order, the embedded migrations of the backend
// (migration/sqlite or migration/postgres) not yet recorded in the
// migrations table, each in its own transaction. A migration is recorded
// as migration/NNNN_name.sql whatever its backend, as the SQLite ones were
// before there were two.
func (db *DB) migrate(ctx context.Context, c *sql.Conn) error {
	if _, err := c.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	dir := "migration/sqlite"
	if db.d.postgres {
		dir = "migration/postgres"
	}
	names, err := fs.Glob(migrations, dir+"/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, c, name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, c *sql.Conn, file string) error {
	name := "migration/" + path.Base(file)
	sqltx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx := &txn{sqltx, db.d}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, file)
	if err != nil {
		return err
	}
	if _, err := tx.Tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name) VALUES (?)`, name); err != nil {
		return err
	}
	return tx.Commit()
}

// NullString maps "" to SQL NULL, in a statement's arguments or a
// [Result] built by hand.
func NullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// NullInt maps 0 to SQL NULL, and other numbers to the int64 a query's
// [Result] holds.
func NullInt(n int) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}

func (db *DB) now() string { return db.Now().UTC().Format(time.RFC3339) }

// boolInt maps a bool to the 0 or 1 stored in the INTEGER flag columns
// (files.missing, participants.excused), which both backends read the same.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
