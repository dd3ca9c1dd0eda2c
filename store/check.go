package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
)

// ErrNotMinutes means a file is not a minutes database: another SQLite
// database, or not SQLite at all. Open never writes to such a file.
var ErrNotMinutes = errors.New("not a minutes database")

// ErrNoDatabase means the database file does not exist or is empty, so a
// command that only reads has nothing to read.
var ErrNoDatabase = errors.New("no minutes database")

// firstMigration is recorded in the migrations table of every minutes
// database.
const firstMigration = "migration/0001_init.sql"

// CheckWritable returns nil when [Open] may write to path: a SQLite file
// that does not exist or is empty (0 bytes), in which Open creates a
// database, a minutes database, or a postgres:// URL; else ErrNotMinutes,
// as Open would. Call it before [Acquire], so that not even a lock file is
// left beside another file.
func CheckWritable(ctx context.Context, path string) error {
	if IsPostgres(path) {
		return nil // a server's database: Open checks it
	}
	if err := checkWritable(ctx, path); err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	return nil
}

// checkWritable lets Open create a database only in a file that does not
// exist or is empty (0 bytes); any other file must already be a minutes
// database, or Open would leave its tables in someone else's file.
func checkWritable(ctx context.Context, path string) error {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || err == nil && info.Size() == 0 && info.Mode().IsRegular() {
		return nil
	}
	if err != nil {
		return err
	}
	return checkMinutes(ctx, path)
}

// checkReadable refuses, before a read-only command, a file that does not
// exist, is empty, or is not a minutes database.
func checkReadable(ctx context.Context, path string) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		err = fmt.Errorf("%w: the file does not exist; minutes ingest PATH --db %s creates it", ErrNoDatabase, path)
	case err == nil && info.Size() == 0:
		err = fmt.Errorf("%w: the file is empty; minutes ingest PATH --db %s fills it", ErrNoDatabase, path)
	case err == nil:
		err = checkMinutes(ctx, path)
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	return nil
}

// checkMinutes opens path read-only and looks for the migrations table
// with the first migration: only a minutes database has it.
func checkMinutes(ctx context.Context, path string) error {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "10000")
	sqldb, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
	if err != nil {
		return err
	}
	defer sqldb.Close()
	var n int
	err = sqldb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).Scan(&n)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrNotMinutes, err) // "file is not a database"
	}
	if n == 1 {
		err = sqldb.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, firstMigration).Scan(&n)
	}
	if err != nil || n != 1 {
		return fmt.Errorf("%w: it holds other tables; give --db a new or empty file", ErrNotMinutes)
	}
	return nil
}
