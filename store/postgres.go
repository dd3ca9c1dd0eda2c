package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// IsPostgres reports whether location is a PostgreSQL connection URL
// (postgres:// or postgresql://) rather than a SQLite file.
func IsPostgres(location string) bool {
	return strings.HasPrefix(location, "postgres://") || strings.HasPrefix(location, "postgresql://")
}

// The advisory lock keys of the store (pg_advisory_lock takes a bigint):
// one for migrations, one for rebuilding the follow-up links. Documents are
// locked by the hash of their SHA-256 in the same key space, with
// hashtextextended, whose values can collide with these only by chance,
// and a collision only makes one transaction wait for another.
const (
	lockMigrate = 0x6d696e7574657301 // "minutes\x01"
	lockLinks   = 0x6d696e7574657302
)

// connectTimeout bounds the connection to a server that does not answer,
// when the URL sets no connect_timeout.
const connectTimeout = 10 * time.Second

// openPostgres connects to the server at url. A writer migrates the
// schema, under an advisory lock so that ingesters starting together do
// not migrate twice; a reader's session starts every transaction
// read-only (default_transaction_read_only).
func openPostgres(ctx context.Context, url string, readOnly bool) (*DB, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open postgres URL: %w", err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = connectTimeout
	}
	if _, ok := cfg.RuntimeParams["application_name"]; !ok {
		cfg.RuntimeParams["application_name"] = "minutes"
	}
	if readOnly {
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	name := fmt.Sprintf("%s:%d/%s", cfg.Host, cfg.Port, cfg.Database)
	sqldb := stdlib.OpenDB(*cfg)
	sqldb.SetMaxOpenConns(8)
	sqldb.SetMaxIdleConns(8)
	db := &DB{db: sqldb, d: &dialect{postgres: true}, Path: name, Now: time.Now}
	c, err := sqldb.Conn(ctx)
	if err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("connect to PostgreSQL at %s: %w", name, unwrapConnect(err))
	}
	defer c.Close()
	if !readOnly {
		if err := db.migrateLocked(ctx, c); err != nil {
			sqldb.Close()
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
	}
	return db, nil
}

// unwrapConnect keeps the reason of a failed connection: the first of
// pgx's attempts (it tries TLS, then not), without its repetition of the
// connection parameters.
func unwrapConnect(err error) error {
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		err = ce.Unwrap()
	}
	if first, _, many := strings.Cut(err.Error(), "\n"); many {
		return errors.New(first)
	}
	return err
}

func (db *DB) migrateLocked(ctx context.Context, c *sql.Conn) error {
	if _, err := c.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(lockMigrate)); err != nil {
		return fmt.Errorf("lock migrations: %w", err)
	}
	defer c.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(lockMigrate))
	return db.migrate(ctx, c)
}

// claim takes the transaction's lock on the content sha256 on PostgreSQL,
// where several ingesters may write at once: two transactions saving,
// touching or failing the same content run one after the other, so that
// it is stored once. SQLite has one writer and needs none. The lock is
// released at commit or rollback, and by the server when the client dies.
func (t *txn) claim(ctx context.Context, sha256 string) error {
	if !t.d.postgres {
		return nil
	}
	_, err := t.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, sha256)
	return err
}

// retryable reports whether err is one PostgreSQL asks to retry the
// transaction for: a deadlock or a serialization failure.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// retry runs fn, a whole transaction, again when PostgreSQL aborted it as
// retryable, at most three times.
func retry(fn func() error) error {
	var err error
	for range 3 {
		if err = fn(); !retryable(err) {
			return err
		}
	}
	return err
}
