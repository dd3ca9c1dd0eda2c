package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// QueryLimit is [DB.Query] that reads at most max rows (all when max <= 0)
// and reports whether there were more, so that a query typed in a web page
// cannot fill the memory. Cancelling ctx interrupts SQLite: give it a
// deadline to bound the time a query may take.
func (db *DB) QueryLimit(ctx context.Context, query string, max int) (*Result, bool, error) {
	if strings.TrimSpace(stripTerminator(query)) == "" {
		return nil, false, errors.New("empty query")
	}
	if hasSecondStatement(query) {
		return nil, false, ErrManyStatements
	}
	if end := statementEnd(query); end >= 0 {
		// The driver runs what follows a semicolon, even a lone comment,
		// and returns that empty result instead of the statement's.
		query = query[:end]
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, false, err
	}
	defer conn.Close()
	denied := false
	if err := setAuthorizer(conn, func(op int, a1, a2, _ string) int {
		if allowed(op, a1, a2) {
			return sqlite3.SQLITE_OK
		}
		denied = true
		return sqlite3.SQLITE_DENY
	}); err != nil {
		return nil, false, err
	}
	defer setAuthorizer(conn, nil)
	rows, err := conn.QueryContext(ctx, query)
	if err != nil {
		if denied {
			return nil, false, ErrNotReadOnly
		}
		return nil, false, limitError(ctx, query, err)
	}
	defer rows.Close()
	res, more, err := scanLimit(rows, max)
	if err != nil {
		return nil, false, limitError(ctx, query, err)
	}
	return res, more, nil
}

// scanLimit reads at most max rows (all when max <= 0) and reports whether
// more were left; text comes back as string, a BLOB as []byte.
func scanLimit(rows *sql.Rows, max int) (*Result, bool, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, false, err
	}
	res := &Result{Columns: cols}
	for rows.Next() {
		if max > 0 && len(res.Rows) == max {
			return res, true, nil
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, false, err
		}
		for i, v := range vals {
			if t, ok := v.(time.Time); ok {
				vals[i] = t.Format(time.RFC3339)
			}
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, false, rows.Err()
}

// limitError reports a query interrupted by ctx as ctx's error (a
// deadline: context.DeadlineExceeded), and SQLite's errors as *QueryError.
func limitError(ctx context.Context, query string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("query interrupted: %w", ctx.Err())
	}
	return queryError(query, err)
}
