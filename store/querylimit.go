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

// MaxValueBytes bounds one value a query may build (SQLITE_LIMIT_LENGTH
// on its connection): past it, SQLite stops the query with "string or
// blob too big" instead of allocating, say, randomblob(900000000).
const MaxValueBytes = 16 << 20

// MaxResultBytes bounds the text and blobs QueryLimit holds in memory: it
// stops reading there, as at its row limit.
const MaxResultBytes = 32 << 20

// QueryLimit is [DB.Query] that reads at most max rows (all when max <= 0)
// and MaxResultBytes of values, and reports whether there were more, so
// that a query typed in a web page cannot fill the memory. Cancelling ctx
// interrupts SQLite: give it a deadline to bound the time a query may take.
func (db *DB) QueryLimit(ctx context.Context, query string, max int) (*Result, bool, error) {
	var res *Result
	var size int64
	err := db.QueryEach(ctx, query, func(cols []string, row []any) error {
		if res == nil {
			res = &Result{Columns: cols}
		}
		if row == nil {
			return nil
		}
		if max > 0 && len(res.Rows) == max || size > MaxResultBytes {
			return errMore
		}
		size += RowBytes(row)
		res.Rows = append(res.Rows, row)
		return nil
	})
	if errors.Is(err, errMore) {
		return res, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	return res, false, nil
}

// errMore stops QueryLimit's reading at its bounds.
var errMore = errors.New("more rows")

// RowBytes is the memory a row's values hold, roughly: their text and
// blobs, and 16 bytes a value.
func RowBytes(row []any) int64 {
	n := int64(16 * len(row))
	for _, v := range row {
		switch v := v.(type) {
		case string:
			n += int64(len(v))
		case []byte:
			n += int64(len(v))
		}
	}
	return n
}

// QueryEach runs one reading statement, with the checks of [DB.Query], and
// calls fn with each row as it is read, without holding the rows: first
// once with the column names and a nil row, then for every row. It stops
// at fn's first error and returns it. No value may be over MaxValueBytes.
// Cancelling ctx interrupts SQLite.
func (db *DB) QueryEach(ctx context.Context, query string, fn func(cols []string, row []any) error) error {
	query, err := oneStatement(query)
	if err != nil {
		return err
	}
	if db.d.postgres {
		return db.queryEachPostgres(ctx, query, fn)
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
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
		return err
	}
	defer setAuthorizer(conn, nil)
	restore, err := setLimit(conn, sqlite3.SQLITE_LIMIT_LENGTH, MaxValueBytes)
	if err != nil {
		return err
	}
	defer restore()
	rows, err := conn.QueryContext(ctx, query)
	if err != nil {
		if denied {
			return ErrNotReadOnly
		}
		return limitError(ctx, query, err)
	}
	defer rows.Close()
	if err := scanEach(rows, fn); err != nil {
		return limitError(ctx, query, err)
	}
	return nil
}

// oneStatement checks that query holds one statement and returns it
// without its terminator.
func oneStatement(query string) (string, error) {
	if strings.TrimSpace(stripTerminator(query)) == "" {
		return "", errors.New("empty query")
	}
	if hasSecondStatement(query) {
		return "", ErrManyStatements
	}
	if end := statementEnd(query); end >= 0 {
		// The driver runs what follows a semicolon, even a lone comment,
		// and returns that empty result instead of the statement's.
		query = query[:end]
	}
	return query, nil
}

// setLimit sets one of SQLite's run-time limits on the connection and
// returns what puts the previous value back.
func setLimit(conn *sql.Conn, id, val int) (func(), error) {
	var c *sqlite3.SQLiteConn
	err := conn.Raw(func(dc any) error {
		var ok bool
		if c, ok = dc.(*sqlite3.SQLiteConn); !ok {
			return fmt.Errorf("unexpected driver connection %T", dc)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	old := c.SetLimit(id, val)
	return func() { conn.Raw(func(any) error { c.SetLimit(id, old); return nil }) }, nil
}

// scanLimit reads at most max rows (all when max <= 0) and reports whether
// more were left.
func scanLimit(rows *sql.Rows, max int) (*Result, bool, error) {
	res := &Result{}
	err := scanEach(rows, func(cols []string, row []any) error {
		switch {
		case row == nil:
			res.Columns = cols
		case max > 0 && len(res.Rows) == max:
			return errMore
		default:
			res.Rows = append(res.Rows, row)
		}
		return nil
	})
	if errors.Is(err, errMore) {
		return res, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	return res, false, nil
}

// scanEach hands fn the columns, then each row; text comes back as string,
// a BLOB as []byte, other values as resultValue says.
func scanEach(rows *sql.Rows, fn func(cols []string, row []any) error) error {
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	numeric := make([]bool, len(cols)) // PostgreSQL numeric, which pgx returns as text
	if types, err := rows.ColumnTypes(); err == nil {
		for i, t := range types {
			numeric[i] = t.DatabaseTypeName() == "NUMERIC"
		}
	}
	if err := fn(cols, nil); err != nil {
		return err
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i, v := range vals {
			vals[i] = resultValue(v)
			if s, ok := vals[i].(string); ok && numeric[i] {
				if f, err := strconv.ParseFloat(s, 64); err == nil {
					vals[i] = f
				}
			}
		}
		if err := fn(cols, vals); err != nil {
			return err
		}
	}
	return rows.Err()
}

// resultValue maps what a driver returns to the types of [Result]: a time
// as RFC 3339 text, a PostgreSQL boolean as 0 or 1 (as SQLite stores
// them), anything else unknown as its printed form.
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
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrTooBig {
		return fmt.Errorf("%w: a value of the result is over the %d MiB limit", ErrTooBig, MaxValueBytes>>20)
	}
	return queryError(query, err)
}

// ErrTooBig is returned by a query that builds a value over MaxValueBytes.
var ErrTooBig = errors.New("value too big")
