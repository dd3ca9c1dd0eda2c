package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// side is one of the two builds compared: its minutes binary and the
// harness built against its packages (for the stages in process).
type side struct {
	Name   string // "ref" or "new"
	Rev    string // what was built
	Bin    string // bin/minutes
	Probe  string // minutes-bench built in that tree; "" if it does not build there
	Reason string // why there is no probe
}

// compare builds ref in a temporary checkout and the working tree, runs
// both on the same generated corpus, interleaved round by round (ref
// first in odd rounds, new first in even ones, so that a change of load
// falls on both), and prints the median of every figure with its ratio.
func compare(ctx context.Context, opts *options) error {
	b := &bench{opts: opts, r: &report{w: opts.Out}}
	cleanup, err := b.workDir()
	if err != nil {
		return err
	}
	defer cleanup()
	sides, err := b.buildSides(ctx, opts.Compare)
	if err != nil {
		return err
	}
	b.r.printf("minutes-bench -compare: %s (ref) against %s (new), %d documents, %d rounds, --workers %d\n",
		sides[0].Rev, sides[1].Rev, opts.N, opts.Rounds, opts.Workers)
	b.r.machine()
	all, err := b.generate(ctx, opts.N)
	if err != nil {
		return err
	}
	subsets := map[string]*corpus{"mixed": all}
	for _, f := range formats {
		if subsets[f], err = all.subset(filepath.Join(b.work, "cmp-"+f), opts.N, f); err != nil {
			return err
		}
	}
	figures := map[string][2][]float64{}
	add := func(name string, i int, v float64) {
		f := figures[name]
		f[i] = append(f[i], v)
		figures[name] = f
	}
	for round := range opts.Rounds {
		order := []int{0, 1}
		if round%2 == 1 {
			order = []int{1, 0}
		}
		for _, i := range order {
			if err := b.measureSide(ctx, sides[i], i, round, subsets, add); err != nil {
				return err
			}
		}
	}
	b.r.comparison(sides, figures)
	b.r.printf("\nload at the end: %s\n", loadAverage())
	return nil
}

// measureSide runs one side's ingests and stages once.
func (b *bench) measureSide(ctx context.Context, s side, i, round int, subsets map[string]*corpus, add func(string, int, float64)) error {
	in := ingester{Bin: s.Bin, Workers: b.opts.Workers}
	for _, name := range append([]string{"mixed"}, formats...) {
		c := subsets[name]
		m, err := in.ingest(ctx, c.Dir, filepath.Join(b.work, fmt.Sprintf("cmp-%s-%s-%d.db", s.Name, name, round)))
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		n := float64(len(c.Docs))
		add("ingest "+name+": CPU ms/doc", i, m.CPU.Seconds()*1000/n)
		add("ingest "+name+": wall ms/doc", i, m.Wall.Seconds()*1000/n)
		add("ingest "+name+": peak RSS MB", i, float64(m.PeakRSS)/(1<<20))
	}
	if s.Probe == "" {
		return nil
	}
	cmd := exec.CommandContext(ctx, s.Probe, "-stages", subsets["mixed"].Dir, "-work", filepath.Join(b.work, "probe-"+s.Name))
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%s stages: %w: %s", s.Name, err, lastLines(errOut.String(), 3))
	}
	var st map[string]stageTimes
	if err := json.Unmarshal(out, &st); err != nil {
		return fmt.Errorf("%s stages: %w", s.Name, err)
	}
	for _, f := range append(slices.Clone(formats), "all") {
		t := st[f]
		add("stages "+f+": read ms/doc", i, t.perDoc(t.Read))
		add("stages "+f+": extract ms/doc", i, t.perDoc(t.Extract))
		add("stages "+f+": store ms/doc", i, t.perDoc(t.Store))
	}
	return nil
}

// buildSides checks out ref into the work folder (git archive: a
// temporary tree like a worktree, leaving nothing in the repository),
// copies this harness into it so that both sides are measured by the
// same code, and builds both sides.
func (b *bench) buildSides(ctx context.Context, ref string) ([2]side, error) {
	var sides [2]side
	rev, err := gitOut(ctx, "rev-parse", "--short", ref+"^{commit}")
	if err != nil {
		return sides, err
	}
	head, _ := gitOut(ctx, "rev-parse", "--short", "HEAD")
	if dirty, _ := gitOut(ctx, "status", "--porcelain", "--untracked-files=no"); dirty != "" {
		head += " + working tree"
	}
	tree := filepath.Join(b.work, "ref")
	if err := os.MkdirAll(tree, 0o755); err != nil {
		return sides, err
	}
	archive := exec.CommandContext(ctx, "sh", "-c", "git archive --format=tar "+rev+" | tar -x -C "+strconv.Quote(tree))
	if out, err := archive.CombinedOutput(); err != nil {
		return sides, fmt.Errorf("check out %s: %w: %s", ref, err, out)
	}
	sides[0] = side{Name: "ref", Rev: rev, Bin: filepath.Join(b.work, "ref-minutes"), Probe: filepath.Join(b.work, "ref-bench")}
	sides[1] = side{Name: "new", Rev: head, Bin: filepath.Join(b.work, "new-minutes"), Probe: filepath.Join(b.work, "new-bench")}
	if err := goBuild(ctx, tree, sides[0].Bin, "./cmd/minutes"); err != nil {
		return sides, fmt.Errorf("build %s: %w", ref, err)
	}
	if err := goBuild(ctx, ".", sides[1].Bin, "./cmd/minutes"); err != nil {
		return sides, err
	}
	if err := goBuild(ctx, ".", sides[1].Probe, "./cmd/minutes-bench"); err != nil {
		return sides, err
	}
	if err := copyHarness(filepath.Join(tree, "cmd", "minutes-bench")); err != nil {
		return sides, err
	}
	if err := goBuild(ctx, tree, sides[0].Probe, "./cmd/minutes-bench"); err != nil {
		// The harness needs extract.Options.Parse, extract.Meeting and
		// store.Save as they are now; an older ref is compared by its
		// ingests alone.
		sides[0].Probe, sides[0].Reason = "", lastLines(err.Error(), 2)
		sides[1].Probe = ""
	}
	return sides, nil
}

func gitOut(ctx context.Context, args ...string) (string, error) {
	out, err := exec.CommandContext(ctx, "git", args...).Output()
	if err != nil {
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}

// goBuild builds pkg in dir to out, with the GOFLAGS of the make that
// runs the harness (the sqlite_fts5 tag).
func goBuild(ctx context.Context, dir, out, pkg string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", abs, pkg)
	cmd.Dir = dir
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %w: %s", pkg, err, lastLines(string(msg), 5))
	}
	return nil
}

// copyHarness replaces the harness of the ref tree by this one's sources.
func copyHarness(dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	src, err := filepath.Glob(filepath.Join("cmd", "minutes-bench", "*.go"))
	if err != nil || len(src) == 0 {
		return fmt.Errorf("harness sources not found (run from the repository root): %v", err)
	}
	for _, p := range src {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(p)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// stagesOnly is the probe's mode: read, extract and store every file
// under dir in this process and print the times by format as JSON.
func stagesOnly(ctx context.Context, opts *options) error {
	b := &bench{opts: opts}
	cleanup, err := b.workDir()
	if err != nil {
		return err
	}
	defer cleanup()
	c := &corpus{Dir: opts.Stages}
	err = filepath.WalkDir(opts.Stages, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(opts.Stages, p)
		f := strings.TrimPrefix(filepath.Ext(p), ".")
		if slices.Contains(formats, f) {
			c.Docs = append(c.Docs, document{Path: rel, Format: f})
		}
		return nil
	})
	if err != nil {
		return err
	}
	st, err := b.stages(ctx, c)
	if err != nil {
		return err
	}
	var all stageTimes
	for _, t := range st {
		all.add(t)
	}
	st["all"] = all
	return json.NewEncoder(opts.Out).Encode(st)
}

// comparison prints each figure's median on both sides and their ratio.
func (r *report) comparison(sides [2]side, figures map[string][2][]float64) {
	r.printf("\nMedians of the rounds; ratio = new / ref (below 1: new is cheaper)\n")
	r.printf("  %-34s %12s %12s %8s\n", "figure", "ref "+sides[0].Rev, "new", "ratio")
	names := make([]string, 0, len(figures))
	for n := range figures {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		f := figures[n]
		ref, cur := median(f[0]), median(f[1])
		ratio := "-"
		if ref > 0 {
			ratio = fmt.Sprintf("%.2f×", cur/ref)
		}
		r.printf("  %-34s %12.2f %12.2f %8s\n", n, ref, cur, ratio)
	}
	if sides[0].Reason != "" {
		r.printf("  (stages not compared: the harness does not build against %s: %s)\n", sides[0].Rev, sides[0].Reason)
	}
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
