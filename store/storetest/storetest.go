// Package storetest gives tests a fresh, empty database of the backend
// under test: a SQLite file in the test's temporary folder, or, with
// MINUTES_TEST_BACKEND=postgres, a schema of its own on the PostgreSQL
// server at $MINUTES_TEST_POSTGRES (see .ci/postgres.sh), dropped when the
// test ends. The same tests thus run against both backends.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the pgx driver for database/sql, to create the schemas
)

// Postgres reports whether the tests run against PostgreSQL
// (MINUTES_TEST_BACKEND=postgres).
func Postgres() bool { return os.Getenv("MINUTES_TEST_BACKEND") == "postgres" }

// DB returns the location of a new, empty database of the backend under
// test (name is the SQLite file's name).
func DB(t testing.TB, name string) string {
	t.Helper()
	if Postgres() {
		return PostgresDB(t)
	}
	return filepath.Join(t.TempDir(), name)
}

var schemas atomic.Int64

// PostgresDB returns the URL of a new, empty schema on the test server,
// whatever the backend under test. Without $MINUTES_TEST_POSTGRES the test
// is skipped, or fails when $CI is true: CI must test PostgreSQL.
func PostgresDB(t testing.TB) string {
	t.Helper()
	base := os.Getenv("MINUTES_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("MINUTES_TEST_POSTGRES is not set: start a server with .ci/postgres.sh start")
		}
		t.Skip("no PostgreSQL server: set MINUTES_TEST_POSTGRES (eval \"$(.ci/postgres.sh start)\")")
	}
	u, drop, err := NewSchema(base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(drop)
	return u
}

// NewSchema creates a new, empty schema on the server at base and returns
// the URL that selects it (search_path) and how to drop it, for a test
// that has no testing.TB at hand (a TestMain, a sync.Once).
func NewSchema(base string) (string, func(), error) {
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return "", nil, err
	}
	defer admin.Close()
	ctx := context.Background()
	c, err := admin.Conn(ctx)
	if err != nil {
		return "", nil, fmt.Errorf("connect to %s: %w", base, err)
	}
	defer c.Close()
	schema := fmt.Sprintf("test_%d_%d", os.Getpid(), schemas.Add(1))
	// unaccent once per database, in public: a schema dropped with its
	// tables must not take the extension with it.
	for _, q := range []string{
		`SELECT pg_advisory_lock(7)`,
		`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`,
		`SELECT pg_advisory_unlock(7)`,
		`CREATE SCHEMA ` + schema,
	} {
		if _, err := c.ExecContext(ctx, q); err != nil {
			return "", nil, fmt.Errorf("%s: %w", q, err)
		}
	}
	drop := func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, err
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}
