package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Failure is a file that could not be read, or was read only in part: its
// current path, the format detected ("" when unknown), whether it reached
// a limit, is broken or was stored with a warning, the reason (for a
// warning, the warnings joined with "; ") and when it was last tried.
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
	// KindWarning is a file stored without part of its content (a stream
	// cut at a reader's bound): its document says what is missing.
	KindWarning = "warning"
)

// FailureKind returns the kind a failure with reason err is recorded as.
func FailureKind(err error) string {
	if errors.Is(err, ErrLimit) {
		return KindLimit
	}
	return KindBroken
}

// Failures returns the documents whose last reading failed, or that were
// stored with warnings (KindWarning), and that are still on the drive, by
// path. A failed file is tried again on every run, so the list empties as
// files are fixed, replaced or removed.
func (db *DB) Failures(ctx context.Context) ([]Failure, error) {
	rows, err := db.query(ctx, `SELECT f.path, coalesce(d.format, ''),
			CASE WHEN d.status = 'ok' THEN 'warning' ELSE coalesce(d.failure_kind, 'broken') END,
			CASE WHEN d.status = 'ok' THEN d.warnings ELSE coalesce(d.error, '') END,
			d.ingested_at
		FROM documents d JOIN files f ON f.document_id = d.id
		WHERE (d.status = 'failed' OR d.warnings IS NOT NULL) AND f.missing = 0
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
		if fl.Kind == KindWarning {
			var ws []string
			json.Unmarshal([]byte(fl.Reason), &ws)
			fl.Reason = strings.Join(ws, "; ")
		}
		fl.PathB64 = base64.StdEncoding.EncodeToString([]byte(fl.Path))
		out = append(out, fl)
	}
	return out, rows.Err()
}
