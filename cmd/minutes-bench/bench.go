package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"
)

// bench is one run of the harness.
type bench struct {
	opts     *options
	r        *report
	in       ingester
	work     string
	qpdf     string
	fixtures map[string][]*fixture
}

// run generates the corpus, measures and prints. It fails when the
// harness cannot measure (a tool missing, ingest crashing, a generated
// document that does not parse), never on a missed target.
func run(ctx context.Context, opts *options) error {
	b := &bench{opts: opts, r: &report{w: opts.Out}, in: ingester{Bin: opts.Bin, Workers: opts.Workers}}
	if _, err := os.Stat(opts.Bin); err != nil {
		return fmt.Errorf("%w (run make build)", err)
	}
	b.r.printf("minutes-bench: %d documents, seed %d, %s --workers %d\n", opts.N, opts.Seed, opts.Bin, opts.Workers)
	b.r.machine()
	cleanup, err := b.workDir()
	if err != nil {
		return err
	}
	defer cleanup()
	all, err := b.generate(ctx, slices.Max(append([]int{opts.N}, opts.Scale...)))
	if err != nil {
		return err
	}
	base, err := all.subset(filepath.Join(b.work, strconv.Itoa(opts.N)), opts.N, "")
	if err != nil {
		return err
	}
	full, err := b.full(ctx, base)
	if err != nil {
		return err
	}
	if err := b.postgres(ctx, base, full); err != nil {
		return err
	}
	rows, err := b.formats(ctx, all)
	if err != nil {
		return err
	}
	b.r.mixed(full, rows)
	st, err := b.stages(ctx, base)
	if err != nil {
		return err
	}
	b.r.stages(st, rows)
	sizes := linearSizes
	if b.opts.Smoke {
		sizes = sizes[:2]
	}
	budget := linearBudget
	if b.opts.Smoke {
		budget /= 6
	}
	points, err := linear(b.fixtures, sizes, budget)
	if err != nil {
		return err
	}
	b.r.linear(points)
	large, err := b.large(ctx, b.fixtures, b.qpdf)
	if err != nil {
		return err
	}
	b.r.large(large)
	if err := b.scaling(ctx, all, full); err != nil {
		return err
	}
	if err := b.ocr(ctx); err != nil {
		return err
	}
	b.r.summary()
	b.r.printf("\nload at the end: %s\n", loadAverage())
	return nil
}

// workDir makes the folder for the corpus and databases and returns how
// to remove it.
func (b *bench) workDir() (func(), error) {
	if b.opts.Work != "" {
		b.work = b.opts.Work
		return func() {}, os.MkdirAll(b.work, 0o755)
	}
	dir, err := os.MkdirTemp("", "minutes-bench-")
	if err != nil {
		return nil, err
	}
	b.work = dir
	if b.opts.Keep {
		b.r.printf("work:    %s (kept)\n", dir)
		return func() {}, nil
	}
	return func() { os.RemoveAll(dir) }, nil
}

func (b *bench) generate(ctx context.Context, n int) (*corpus, error) {
	qpdf, err := findQPDF()
	if err != nil {
		return nil, err
	}
	fixtures, err := loadFixtures(ctx, b.opts.Fixtures, qpdf)
	if err != nil {
		return nil, err
	}
	b.qpdf, b.fixtures = qpdf, fixtures
	scratch := filepath.Join(b.work, "layouts")
	if err := os.MkdirAll(scratch, 0o755); err != nil {
		return nil, err
	}
	g := &generator{Seed: b.opts.Seed, Fixtures: fixtures, PDF: &pdfPool{QPDF: qpdf, Dir: scratch}}
	start := time.Now()
	c, err := g.generate(ctx, filepath.Join(b.work, "all"), n)
	if err != nil {
		return nil, err
	}
	b.r.corpus(c, time.Since(start))
	return c, nil
}

// ingest runs minutes on dir into a new database named name and fails if
// any file failed: a generated document must parse.
func (b *bench) ingest(ctx context.Context, dir, name string) (measurement, error) {
	m, err := b.in.ingest(ctx, dir, filepath.Join(b.work, name+".db"))
	if err != nil {
		return m, err
	}
	if m.Summary.Failed > 0 {
		for _, f := range m.Summary.Failures[:min(5, len(m.Summary.Failures))] {
			b.r.printf("failed: %s: %s\n", f.Path, f.Error)
		}
		return m, fmt.Errorf("%d of %d generated documents failed in %s", m.Summary.Failed, m.Summary.Files, dir)
	}
	return m, nil
}

// full measures the main run and its unchanged re-run.
func (b *bench) full(ctx context.Context, c *corpus) (measurement, error) {
	m, err := b.ingest(ctx, c.Dir, "full")
	if err != nil {
		return m, err
	}
	rerun, err := b.ingest(ctx, c.Dir, "full")
	if err != nil {
		return m, err
	}
	b.r.full(c, m, rerun)
	return m, nil
}

// formats measures each format's documents of the main run alone, then
// the floor on the same files.
func (b *bench) formats(ctx context.Context, all *corpus) (map[string]formatRow, error) {
	tools := floorTools()
	rows := map[string]formatRow{}
	b.r.formatsHeader(b.opts.Workers)
	for _, f := range formats {
		c, err := all.subset(filepath.Join(b.work, strconv.Itoa(b.opts.N)+"-"+f), b.opts.N, f)
		if err != nil {
			return nil, err
		}
		m, err := b.ingest(ctx, c.Dir, "format-"+f)
		if err != nil {
			return nil, err
		}
		_, pages := c.totals()
		row := formatRow{Format: f, Docs: len(c.Docs), Pages: pages, Tool: tools[f].Name, Ingest: m}
		row.Floor = tools[f].times(ctx, c.paths(), b.opts.Workers)
		b.r.format(row)
		rows[f] = row
	}
	return rows, nil
}

// scaling runs the full ingest at each size, reusing the main run for
// its size.
func (b *bench) scaling(ctx context.Context, all *corpus, full measurement) error {
	var points []scalePoint
	for _, n := range b.opts.Scale {
		if n == b.opts.N {
			points = append(points, scalePoint{n, full})
			continue
		}
		c, err := all.subset(filepath.Join(b.work, "scale-"+strconv.Itoa(n)), n, "")
		if err != nil {
			return err
		}
		m, err := b.ingest(ctx, c.Dir, "scale-"+strconv.Itoa(n))
		if err != nil {
			return err
		}
		points = append(points, scalePoint{n, m})
	}
	b.r.scaling(points)
	return nil
}
