package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
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
	if db.d.postgres {
		return db.queryPostgres(ctx, query, max)
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
	numeric := make([]bool, len(cols)) // PostgreSQL numeric, which pgx returns as text
	if types, err := rows.ColumnTypes(); err == nil {
		for i, t := range types {
			numeric[i] = t.DatabaseTypeName() == "NUMERIC"
		}
	}
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
			vals[i] = resultValue(v)
			if s, ok := vals[i].(string); ok && numeric[i] {
				if f, err := strconv.ParseFloat(s, 64); err == nil {
					vals[i] = f
				}
			}
		}
		res.Rows = append(res.Rows, vals)
	}
	return res, false, rows.Err()
}

// resultValue maps what a driver returns to the types of [Result]: a time
// as RFC 3339 text, a PostgreSQL boolean as 0 or 1 (as SQLite stores
// them), a numeric as float64, anything else unknown as its printed form.
func resultValue(v any) any {
	switch v := v.(type) {
	case nil, int64, float64, string, []byte:
		return v
	case time.Time:
		return v.Format(time.RFC3339)
	case bool:
		return int64(boolInt(v))
	case int32:
		return int64(v)
	case float32:
		return float64(v)
	}
	return fmt.Sprint(v)
}

// limitError reports a query interrupted by ctx as ctx's error (a
// deadline: context.DeadlineExceeded), and SQLite's errors as *QueryError.
func limitError(ctx context.Context, query string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("query interrupted: %w", ctx.Err())
	}
	return queryError(query, err)
}
