package store

import (
	"context"
	"fmt"
	"time"
)

// Failure is a file that could not be read: its current path, the format
// detected ("" when unknown), the reason and when it was last tried.
type Failure struct {
	Path   string    `json:"path"`
	Format string    `json:"format,omitempty"`
	Reason string    `json:"reason"`
	When   time.Time `json:"when"`
}

// Failures returns the documents whose last reading failed and that are
// still on the drive, by path. A failed file is tried again on every run,
// so the list empties as files are fixed, replaced or removed.
func (db *DB) Failures(ctx context.Context) ([]Failure, error) {
	rows, err := db.query(ctx, `SELECT f.path, coalesce(d.format, ''), coalesce(d.error, ''), d.ingested_at
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
		if err := rows.Scan(&fl.Path, &fl.Format, &fl.Reason, &when); err != nil {
			return nil, fmt.Errorf("read failures: %w", err)
		}
		fl.When, _ = time.Parse(time.RFC3339, when)
		out = append(out, fl)
	}
	return out, rows.Err()
}
