package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// QueryTimeout is the statement timeout of [DB.Query] on PostgreSQL when
// ctx has no deadline: a query an analyst forgot about does not hold the
// server for ever.
const QueryTimeout = 5 * time.Minute

// otherStatements are the first words of PostgreSQL's statements that do
// not only read. The read-only transaction refuses writes in any case;
// this refuses the rest (SET, LISTEN, LOCK, DO, CALL …) with a clear
// message. A query starting with any other word (SELECT, WITH, EXPLAIN,
// VALUES, TABLE, SHOW, or a typo) goes to the server, which reads it or
// reports the syntax error.
var otherStatements = map[string]bool{
	"abort": true, "alter": true, "analyze": true, "analyse": true, "begin": true, "call": true, "checkpoint": true,
	"close": true, "cluster": true, "comment": true, "commit": true, "copy": true, "create": true, "deallocate": true,
	"declare": true, "delete": true, "discard": true, "do": true, "drop": true, "end": true, "execute": true,
	"fetch": true, "grant": true, "import": true, "insert": true, "listen": true, "load": true, "lock": true,
	"merge": true, "move": true, "notify": true, "prepare": true, "reassign": true, "refresh": true, "reindex": true,
	"release": true, "reset": true, "revoke": true, "rollback": true, "savepoint": true, "security": true,
	"set": true, "start": true, "truncate": true, "unlisten": true, "update": true, "vacuum": true,
}

// queryEachPostgres is QueryEach on PostgreSQL: one statement in a
// read-only transaction (SET TRANSACTION READ ONLY) under a statement
// timeout (ctx's deadline, else QueryTimeout), rolled back at the end.
func (db *DB) queryEachPostgres(ctx context.Context, query string, fn func(cols []string, row []any) error) error {
	if otherStatements[strings.ToLower(firstWord(query))] {
		return ErrNotReadOnly
	}
	timeout := QueryTimeout
	if d, ok := ctx.Deadline(); ok {
		timeout = max64(time.Until(d), time.Millisecond)
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SET TRANSACTION READ ONLY`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`SET LOCAL statement_timeout = %d`, timeout.Milliseconds()+1)); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return pgQueryError(ctx, query, err)
	}
	defer rows.Close()
	if err := scanEach(rows, fn); err != nil {
		if errors.Is(err, errMore) {
			return err
		}
		return pgQueryError(ctx, query, err)
	}
	return nil
}

func max64(a, b time.Duration) time.Duration {
	if a > b {
		return a
	}
	return b
}

// firstWord is the first word of q after spaces, comments and opening
// parentheses.
func firstWord(q string) string {
	for {
		q = strings.TrimLeft(q, " \t\r\n(")
		switch {
		case strings.HasPrefix(q, "--"):
			i := strings.IndexByte(q, '\n')
			if i < 0 {
				return ""
			}
			q = q[i+1:]
		case strings.HasPrefix(q, "/*"):
			i := strings.Index(q, "*/")
			if i < 0 {
				return ""
			}
			q = q[i+2:]
		default:
			end := strings.IndexFunc(q, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
			if end < 0 {
				return q
			}
			return q[:end]
		}
	}
}

// pgQueryError reports a cancelled or timed-out query as interrupted
// (wrapping context.DeadlineExceeded for a timeout, as on SQLite), a write
// refused by the read-only transaction as ErrNotReadOnly, and the server's
// other errors as *QueryError at the position it gives.
func pgQueryError(ctx context.Context, query string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("query interrupted: %w", ctx.Err())
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "57014": // query_canceled: the statement timeout
		return fmt.Errorf("query interrupted: %s: %w", pe.Message, context.DeadlineExceeded)
	case "25006": // read_only_sql_transaction
		return ErrNotReadOnly
	}
	qe := &QueryError{Query: query, Msg: pe.Message, Offset: -1, Err: err}
	if pe.Position > 0 {
		// Position counts characters from 1.
		if r := []rune(query); int(pe.Position) <= len(r)+1 {
			qe.Offset = len(string(r[:pe.Position-1]))
		}
	}
	return qe
}
