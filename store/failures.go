package store

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"time"
)

// Failure is a file that could not be read: its current path, the format
// detected ("" when unknown), whether it reached a limit or is broken, the
// reason and when it was last tried.
type Failure struct {
	Path    string    `json:"path"`
	PathB64 string    `json:"path_b64"` // the path's bytes in standard base64: a path need not be UTF-8, and JSON turns invalid bytes into U+FFFD
	Format  string    `json:"format"`
	Kind    string    `json:"kind"` // KindLimit or KindBroken
	Reason  string    `json:"reason"`
	When    time.Time `json:"when"`
}

// ErrLimit marks a failure's reason as a limit the file reached (time,
// memory, file size) rather than a fault of the file: a reason wrapping it
// is recorded with kind KindLimit.
var ErrLimit = errors.New("limit reached")

// The kinds of failure.
const (
	KindLimit  = "limit"  // the file reached a limit; a higher one may read it
	KindBroken = "broken" // the file cannot be read as it is
)

// FailureKind returns the kind a failure with reason err is recorded as.
func FailureKind(err error) string {
	if errors.Is(err, ErrLimit) {
		return KindLimit
	}
	return KindBroken
}

// Failures returns the documents whose last reading failed and that are
// still on the drive, by path. A failed file is tried again on every run,
// so the list empties as files are fixed, replaced or removed.
func (db *DB) Failures(ctx context.Context) ([]Failure, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT f.path, coalesce(d.format, ''), coalesce(d.failure_kind, 'broken'), coalesce(d.error, ''), d.ingested_at
		FROM documents d JOIN files f ON f.document_id = d.id
		WHERE d.status = 'failed' AND f.missing = 0
		ORDER BY f.path`)
	if err != nil {
		return nil, fmt.Errorf("read failures: %w", err)
	}
	defer rows.Close()
	var out []Failure
	for rows.Next() {
		var fl Failure
		var when string
		if err := rows.Scan(&fl.Path, &fl.Format, &fl.Kind, &fl.Reason, &when); err != nil {
			return nil, fmt.Errorf("read failures: %w", err)
		}
		fl.When, _ = time.Parse(time.RFC3339, when)
		fl.PathB64 = base64.StdEncoding.EncodeToString([]byte(fl.Path))
		out = append(out, fl)
	}
	return out, rows.Err()
}
