package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // to create and drop the bench's schemas
)

// concurrency is the numbers of ingesters run at once into PostgreSQL.
var concurrency = []int{1, 2, 4}

// postgres measures the main corpus ingested into PostgreSQL by 1, 2 and
// 4 ingesters at once, each on its share of the files with its share of
// the workers (the same parallelism as the SQLite run in all), each run
// into a new schema. Without a server URL it prints a note and returns.
func (b *bench) postgres(ctx context.Context, c *corpus, lite measurement) error {
	if b.opts.Postgres == "" {
		b.r.printf("\nPostgreSQL: skipped (no -postgres URL, $MINUTES_BENCH_POSTGRES or $MINUTES_TEST_POSTGRES; eval \"$(.ci/postgres.sh start)\")\n")
		return nil
	}
	admin, err := sql.Open("pgx", b.opts.Postgres)
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	defer admin.Close()
	if err := admin.PingContext(ctx); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	n := len(c.Docs)
	b.r.printf("\nPostgreSQL against SQLite's single writer (%d documents, %d workers in all)\n", n, b.opts.Workers)
	b.r.printf("  %-22s %-10s %-10s %s\n", "", "wall", "docs/s", "CPU ms/doc (ingesters and parsing children)")
	b.r.printf("  %-22s %-10s %-10.1f %.1f\n", "SQLite, 1 ingester", seconds(lite.Wall), float64(n)/lite.Wall.Seconds(),
		lite.CPU.Seconds()*1000/float64(n))
	for _, k := range concurrency {
		wall, cpu, err := b.postgresRun(ctx, admin, c, k)
		if err != nil {
			return fmt.Errorf("postgres, %d ingesters: %w", k, err)
		}
		b.r.printf("  %-22s %-10s %-10.1f %.1f\n", fmt.Sprintf("PostgreSQL, %d at once", k), seconds(wall), float64(n)/wall.Seconds(),
			cpu.Seconds()*1000/float64(n))
	}
	return nil
}

// postgresRun ingests c with k ingesters at once into a new schema.
func (b *bench) postgresRun(ctx context.Context, admin *sql.DB, c *corpus, k int) (time.Duration, time.Duration, error) {
	schema := fmt.Sprintf("bench_%d_%d", os.Getpid(), k)
	if _, err := admin.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`); err != nil {
		return 0, 0, err
	}
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		return 0, 0, err
	}
	defer admin.ExecContext(context.WithoutCancel(ctx), `DROP SCHEMA `+schema+` CASCADE`)
	u, err := url.Parse(b.opts.Postgres)
	if err != nil {
		return 0, 0, err
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	dirs, err := b.shares(c, k)
	if err != nil {
		return 0, 0, err
	}
	// Migrate first, so that the runs measure ingestion only.
	in := ingester{Bin: b.opts.Bin, Workers: max(1, b.opts.Workers/k)}
	if _, err := in.ingest(ctx, filepath.Join(b.work, "empty"), u.String()); err != nil {
		return 0, 0, err
	}
	var wg sync.WaitGroup
	ms := make([]measurement, k)
	errs := make([]error, k)
	start := time.Now()
	for i := range k {
		wg.Go(func() { ms[i], errs[i] = in.ingest(ctx, dirs[i], u.String()) })
	}
	wg.Wait()
	wall := time.Since(start)
	var cpu time.Duration
	for i := range k {
		if errs[i] != nil {
			return 0, 0, errs[i]
		}
		if ms[i].Summary.Failed > 0 {
			return 0, 0, fmt.Errorf("%d documents failed", ms[i].Summary.Failed)
		}
		cpu += ms[i].CPU
	}
	return wall, cpu, nil
}

// shares splits the files of c into k folders of hard links (or copies).
func (b *bench) shares(c *corpus, k int) ([]string, error) {
	if err := os.MkdirAll(filepath.Join(b.work, "empty"), 0o755); err != nil {
		return nil, err
	}
	dirs := make([]string, k)
	for i := range dirs {
		dirs[i] = filepath.Join(b.work, fmt.Sprintf("pg-%d-of-%d", i+1, k))
		if err := os.MkdirAll(dirs[i], 0o755); err != nil {
			return nil, err
		}
	}
	for i, p := range c.paths() {
		to := filepath.Join(dirs[i%k], fmt.Sprintf("%05d-%s", i, filepath.Base(p)))
		if err := os.Link(p, to); err != nil {
			data, rerr := os.ReadFile(p)
			if rerr != nil {
				return nil, rerr
			}
			if err := os.WriteFile(to, data, 0o644); err != nil {
				return nil, err
			}
		}
	}
	return dirs, nil
}
