package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// Counts are what one run did to the files it found. New: content never
// stored. Changed: a path now holds other content. Unchanged: same path,
// same content, nothing to do. Moved: known content at a new path.
// Missing: paths no longer on the drive. Failed: files that could not be
// read. Reextracted: unchanged content extracted again (new extractor
// version, --reextract, or a failed file retried with success).
type Counts struct {
	New         int `json:"new"`
	Changed     int `json:"changed"`
	Unchanged   int `json:"unchanged"`
	Moved       int `json:"moved"`
	Missing     int `json:"missing"`
	Failed      int `json:"failed"`
	Reextracted int `json:"reextracted"`
}

// Run is one recorded run of `minutes ingest`. Ended is zero and Exit is
// -1 for a run that is still going or was killed.
type Run struct {
	ID      int64           `json:"id"`
	Started time.Time       `json:"started"`
	Ended   time.Time       `json:"ended"`
	Host    string          `json:"host"`
	PID     int             `json:"pid"`
	Options json.RawMessage `json:"options"` // a JSON object; null when none was recorded
	Counts
	Exit int `json:"exit"`
}

// StartRun records the start of a run with its options (JSON) and returns
// the run's id.
func (db *DB) StartRun(ctx context.Context, options string) (int64, error) {
	host, _ := os.Hostname()
	var id int64
	err := db.queryRow(ctx, `INSERT INTO runs (started_at, options, host, pid) VALUES (?, ?, ?, ?) RETURNING id`,
		db.Now().UTC().Format(time.RFC3339Nano), options, host, os.Getpid()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("record run: %w", err)
	}
	return id, nil
}

// EndRun records the end of run id with its counts and exit status.
func (db *DB) EndRun(ctx context.Context, id int64, c Counts, exit int) error {
	_, err := db.exec(ctx, `UPDATE runs SET ended_at = ?, new = ?, changed = ?, unchanged = ?,
		moved = ?, missing = ?, failed = ?, reextracted = ?, exit_status = ? WHERE id = ?`,
		db.Now().UTC().Format(time.RFC3339Nano), c.New, c.Changed, c.Unchanged, c.Moved, c.Missing,
		c.Failed, c.Reextracted, exit, id)
	if err != nil {
		return fmt.Errorf("record end of run %d: %w", id, err)
	}
	return nil
}

// Runs returns the last n runs, newest first.
func (db *DB) Runs(ctx context.Context, n int) ([]Run, error) {
	rows, err := db.query(ctx, `SELECT id, started_at, coalesce(ended_at, ''), coalesce(host, ''),
		coalesce(pid, 0), coalesce(options, ''), new, changed, unchanged, moved, missing, failed,
		coalesce(reextracted, 0), coalesce(exit_status, -1)
		FROM runs ORDER BY id DESC LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("read runs: %w", err)
	}
	defer rows.Close()
	var runs []Run
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, fmt.Errorf("read runs: %w", err)
		}
		runs = append(runs, r)
	}
	return runs, rows.Err()
}

func scanRun(rows *sql.Rows) (Run, error) {
	var r Run
	var started, ended, options string
	err := rows.Scan(&r.ID, &started, &ended, &r.Host, &r.PID, &options, &r.New, &r.Changed,
		&r.Unchanged, &r.Moved, &r.Missing, &r.Failed, &r.Reextracted, &r.Exit)
	switch {
	case json.Valid([]byte(options)):
		r.Options = json.RawMessage(options)
	case options != "":
		r.Options, _ = json.Marshal(options) // not JSON: kept as a string
	}
	r.Started, _ = time.Parse(time.RFC3339Nano, started)
	r.Ended, _ = time.Parse(time.RFC3339Nano, ended) // zero while running or after a kill
	return r, err
}
