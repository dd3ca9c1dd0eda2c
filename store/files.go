package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Known is what the database knows of a path: the content it held when last
// read, and the document stored for that content. Status and Version are
// "" when the document row is gone.
type Known struct {
	SHA256     string
	Bytes      int64
	ModTime    time.Time
	Missing    bool
	DocumentID int64
	Status     string // "ok" or "failed"
	Version    string // extractor version of the document
}

// Unchanged reports whether f (whose SHA256 is not needed) has the size and
// modification time recorded for its path, and that content is stored
// without error by extractor version: the fast path that skips hashing.
func (k Known) Unchanged(f File, version string) bool {
	return !k.Missing && k.Status == "ok" && k.Version == version &&
		k.Bytes == f.Bytes && k.ModTime.Equal(f.ModTime)
}

// Known returns every path of the files table with what it held. A
// nightly run reads it once instead of querying file by file.
func (db *DB) Known(ctx context.Context) (map[string]Known, error) {
	rows, err := db.query(ctx, `SELECT f.path, f.sha256, f.bytes, f.mtime, f.missing,
		coalesce(d.id, 0), coalesce(d.status, ''), coalesce(d.extractor_version, '')
		FROM files f LEFT JOIN documents d ON d.id = f.document_id`)
	if err != nil {
		return nil, fmt.Errorf("read files: %w", err)
	}
	defer rows.Close()
	known := map[string]Known{}
	for rows.Next() {
		var path, mtime string
		var k Known
		if err := rows.Scan(&path, &k.SHA256, &k.Bytes, &mtime, &k.Missing, &k.DocumentID, &k.Status, &k.Version); err != nil {
			return nil, fmt.Errorf("read files: %w", err)
		}
		k.ModTime, _ = time.Parse(time.RFC3339Nano, mtime) // zero time never matches a file: it is hashed
		known[path] = k
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read files: %w", err)
	}
	return known, nil
}

// Stored is the document stored for one content.
type Stored struct {
	ID      int64
	Status  string // "ok" or "failed"
	Version string
}

// Stored returns the document stored for the content sha256; ok is false
// when that content was never stored.
func (db *DB) Stored(ctx context.Context, sha256 string) (s Stored, ok bool, err error) {
	err = db.queryRow(ctx, `SELECT id, status, extractor_version FROM documents WHERE sha256 = ?`,
		sha256).Scan(&s.ID, &s.Status, &s.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return Stored{}, false, nil
	}
	if err != nil {
		return Stored{}, false, fmt.Errorf("look up %s: %w", sha256, err)
	}
	return s, true, nil
}

// Touch records that f's path holds the content of the stored document id
// (a file seen again with a new modification time, moved, or changed back
// to content stored before), without re-extracting it, in one transaction.
// The content's document is looked up again by f.SHA256 inside the
// transaction: on PostgreSQL another ingester may have stored it again
// under a new id since the caller looked.
func (db *DB) Touch(ctx context.Context, f File, id int64) error {
	return retry(func() error {
		tx, err := db.begin(ctx)
		if err != nil {
			return fmt.Errorf("record %s: %w", f.Path, err)
		}
		defer tx.Rollback()
		if err := tx.claim(ctx, f.SHA256); err != nil {
			return fmt.Errorf("record %s: %w", f.Path, err)
		}
		if f.SHA256 != "" {
			err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = ?`, f.SHA256).Scan(&id)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("record %s: %w", f.Path, err)
			}
		}
		return db.touch(ctx, tx, f, id)
	})
}

// touch records f's path as holding document id and commits tx.
func (db *DB) touch(ctx context.Context, tx *txn, f File, id int64) error {
	if err := deletePrevious(ctx, tx, f); err != nil {
		return fmt.Errorf("record %s: %w", f.Path, err)
	}
	if err := db.upsertFile(ctx, tx, f, id); err != nil {
		return fmt.Errorf("record %s: %w", f.Path, err)
	}
	return tx.Commit()
}

// MarkMissing flags paths as missing from the drive, in one transaction.
// Their rows and documents are kept: a file that comes back is recognised.
func (db *DB) MarkMissing(ctx context.Context, paths []string) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return fmt.Errorf("mark missing: %w", err)
	}
	defer tx.Rollback()
	for _, p := range paths {
		if _, err := tx.ExecContext(ctx, `UPDATE files SET missing = 1 WHERE path = ?`, p); err != nil {
			return fmt.Errorf("mark missing %s: %w", p, err)
		}
	}
	return tx.Commit()
}
