package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// dialect is what differs between the two backends in the SQL the store
// writes. Queries are written once, with ? placeholders and the SQL both
// accept; the PostgreSQL migrations add the few SQLite functions the
// queries and the README's cookbook use (group_concat, julianday,
// strftime), so only placeholders, ids of new rows, full-text search and
// locking differ.
type dialect struct {
	postgres bool
	rebound  sync.Map // query → query with $n placeholders
}

// rebind rewrites ? placeholders as $1, $2 … for PostgreSQL, leaving
// those inside string literals, quoted identifiers and comments alone.
func (d *dialect) rebind(q string) string {
	if !d.postgres || !strings.Contains(q, "?") {
		return q
	}
	if r, ok := d.rebound.Load(q); ok {
		return r.(string)
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '?':
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		case c == '\'' || c == '"':
			end := len(q)
			if j := strings.IndexByte(q[i+1:], c); j >= 0 {
				end = i + 1 + j + 1
			}
			b.WriteString(q[i:end]) // a doubled quote reads as two literals
			i = end - 1
			continue
		case strings.HasPrefix(q[i:], "--"):
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i
			}
			b.WriteString(q[i : i+j])
			i += j - 1
			continue
		}
		b.WriteByte(c)
	}
	r := b.String()
	d.rebound.Store(q, r)
	return r
}

// Rebind returns query, written with ? placeholders, in the spelling of
// the database's backend ($1, $2 … for PostgreSQL), for callers of
// [DB.SQL].
func (db *DB) Rebind(query string) string { return db.d.rebind(query) }

// Postgres reports whether the database is a PostgreSQL one.
func (db *DB) Postgres() bool { return db.d.postgres }

// txn is a transaction that rewrites its queries for the backend.
type txn struct {
	*sql.Tx
	d *dialect
}

func (db *DB) begin(ctx context.Context) (*txn, error) {
	t, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &txn{t, db.d}, nil
}

// statements returns the context for the statements of t, begun with
// ctx. SQLite's driver runs a statement whose context can be cancelled on
// a goroutine of its own, to interrupt it (mattn/go-sqlite3
// SQLiteStmt.exec): a goroutine and a switch of threads for each row,
// 30 % of the CPU of saving a document. There, each statement runs to its
// end: cancelling ctx still rolls the transaction back (database/sql
// watches the context it began with), and its next statement fails with
// sql.ErrTxDone. PostgreSQL's statements keep ctx, since a server may
// hang. For the short statements of one document's transaction only.
func (t *txn) statements(ctx context.Context) context.Context {
	if t.d.postgres {
		return ctx
	}
	return context.WithoutCancel(ctx)
}

func (t *txn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.d.rebind(q), args...)
}

func (t *txn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.d.rebind(q), args...)
}

func (t *txn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.d.rebind(q), args...)
}

func (t *txn) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.d.rebind(q))
}

// insert runs an INSERT into a table with an id column and returns the new
// row's id: LastInsertId on SQLite, which costs no result set, and
// RETURNING id on PostgreSQL, whose driver has no LastInsertId.
func (t *txn) insert(ctx context.Context, q string, args ...any) (int64, error) {
	if t.d.postgres {
		var id int64
		err := t.QueryRowContext(ctx, q+" RETURNING id", args...).Scan(&id)
		return id, err
	}
	res, err := t.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// inserter is a prepared [tx.insert].
type inserter struct {
	stmt     *sql.Stmt
	postgres bool
}

func (t *txn) prepareInsert(ctx context.Context, q string) (*inserter, error) {
	if t.d.postgres {
		q += " RETURNING id"
	}
	s, err := t.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return &inserter{s, t.d.postgres}, nil
}

func (in *inserter) insert(ctx context.Context, args ...any) (int64, error) {
	if in.postgres {
		var id int64
		err := in.stmt.QueryRowContext(ctx, args...).Scan(&id)
		return id, err
	}
	res, err := in.stmt.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (in *inserter) Close() error { return in.stmt.Close() }

func (db *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return db.db.QueryContext(ctx, db.d.rebind(q), args...)
}

func (db *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return db.db.QueryRowContext(ctx, db.d.rebind(q), args...)
}

func (db *DB) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return db.db.ExecContext(ctx, db.d.rebind(q), args...)
}
