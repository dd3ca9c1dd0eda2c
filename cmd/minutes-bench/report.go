package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Targets of issues 6 and 13, on a 2-core machine. Ratios are of CPU
// time against the floor on the same files, in the same run.
const (
	targetDocsPerSec = 50.0
	targetMixedRatio = 2.5 // whole mixed ingest against the sum of the floors
	targetPDFRatio   = 2.0 // against pdftotext
	targetTextRatio  = 5.0 // DOCX and HTML against unzip (or pandoc) and cat
	targetFlat       = 0.20
	targetPeakRSS    = 300 << 20
	targetLargeRSS   = 500 << 20 // any process, on one large file
	targetRerun      = 2 * time.Second
)

// report prints the figures as they come and keeps the verdict on each
// target for the summary.
type report struct {
	w       io.Writer
	verdict []string
}

func (r *report) printf(format string, args ...any) { fmt.Fprintf(r.w, format, args...) }

// target records and returns the verdict on one target.
func (r *report) target(name string, ok bool, figure string) string {
	v := "ok"
	if !ok {
		v = "MISSED"
	}
	r.verdict = append(r.verdict, fmt.Sprintf("  %-34s %-28s %s", name, figure, v))
	return v
}

func (r *report) summary() {
	r.printf("\nTargets\n")
	for _, v := range r.verdict {
		r.printf("%s\n", v)
	}
}

// machine prints what the figures were measured on.
func (r *report) machine() {
	r.printf("machine: %d CPUs, %s, %s memory, %s %s/%s\n", runtime.NumCPU(), cpuModel(), memTotal(),
		runtime.Version(), runtime.GOOS, runtime.GOARCH)
	r.printf("load:    %s (shared machine: other work may run beside the bench)\n", loadAverage())
}

func cpuModel() string {
	return procField("/proc/cpuinfo", "model name", ":")
}

// memTotal is the machine's memory, from /proc/meminfo (in kB there).
func memTotal() string {
	kb, err := strconv.ParseInt(strings.TrimSuffix(procField("/proc/meminfo", "MemTotal", ":"), " kB"), 10, 64)
	if err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%.1f GB", float64(kb)/(1<<20))
}

// procField returns the value of the first line of a /proc file that
// starts with key; "unknown" if there is none.
func procField(path, key, sep string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, sep); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// loadAverage is the 1, 5 and 15 minute load averages.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return "load average " + strings.Join(f[:3], " ")
}

// corpus prints what was generated.
func (r *report) corpus(c *corpus, took time.Duration) {
	size, pages := c.totals()
	count := map[string]int{}
	for _, d := range c.Docs {
		count[d.Format]++
	}
	r.printf("corpus:  %d documents generated (%d PDF, %d DOCX, %d HTML), %s, %d PDF pages, in %s; a run on n documents takes the first n\n",
		len(c.Docs), count["pdf"], count["docx"], count["html"], mb(size), pages, seconds(took))
	r.printf("         DOCX/HTML: names, organizations (from the gold annotations) and dates (moved by whole months) replaced, table rows and paragraphs repeated\n")
	r.printf("         %s\n", pdfMethod)
}

// full prints the full ingest and the re-run of the unchanged corpus.
func (r *report) full(c *corpus, m, rerun measurement) {
	size, pages := c.totals()
	n := len(c.Docs)
	secs := m.Wall.Seconds()
	r.printf("\nFull ingest into a fresh database (%d files, %d failed)\n", m.Summary.Files, m.Summary.Failed)
	docsPerSec := float64(n) / secs
	r.printf("  wall time        %-10s CPU time %s (parent and parsing children), %.1f ms/doc\n", seconds(m.Wall), seconds(m.CPU),
		m.CPU.Seconds()*1000/float64(n))
	r.printf("  documents/s      %-10.1f target ≥ %.0f: %s\n", docsPerSec, targetDocsPerSec,
		r.target(fmt.Sprintf("documents/s (mixed, %d docs)", n), docsPerSec >= targetDocsPerSec, fmt.Sprintf("%.1f docs/s", docsPerSec)))
	r.printf("  pages/s          %-10.1f (PDF pages; DOCX and HTML have none)\n", float64(pages)/secs)
	r.printf("  MB/s             %-10.2f\n", float64(size)/(1<<20)/secs)
	r.peak("  ", fmt.Sprintf("%d docs", n), m)
	r.printf("  database         %s\n", mb(m.DBSize))
	ok := rerun.Wall < targetRerun && rerun.Summary.Unchanged == n
	r.printf("  re-run unchanged %-10s target < %s: %s (%d unchanged)\n", seconds(rerun.Wall), targetRerun,
		r.target(fmt.Sprintf("re-run of %d unchanged", n), ok, seconds(rerun.Wall)), rerun.Summary.Unchanged)
}

// peak prints the peak memory of a run against the target.
func (r *report) peak(indent, what string, m measurement) {
	r.printf("%speak RSS         %-10s target < %s: %s (sum of VmRSS of %d processes, sampled every %s; largest single process %s)\n",
		indent, mb(m.PeakRSS), mb(targetPeakRSS), r.target("peak RSS ("+what+")", m.PeakRSS < targetPeakRSS, mb(m.PeakRSS)),
		m.PeakProcs, sampleEvery, mb(m.MaxRSS))
}

// formatRow is one format's ingest against its floor.
type formatRow struct {
	Format string
	Docs   int
	Pages  int
	Tool   string
	Ingest measurement
	Floor  floorTimes
}

func (r *report) formatsHeader(workers int) {
	r.printf("\nPer format: minutes (the format's files into a fresh database) against the floor (same files, one process per file)\n")
	r.printf("  %-6s %6s %7s %10s %-28s %10s %10s %8s %8s %10s %10s %8s\n", "format", "docs", "pages", "minutes", "floor tool", "floor ×1",
		fmt.Sprintf("floor ×%d", workers), "ratio", "ratio ×1", "CPU", "floor CPU", "CPU ratio")
}

func (r *report) format(row formatRow) {
	if row.Floor.Err != nil {
		r.printf("  %-6s %6d %7d %10s %-28s floor not measured: %v\n", row.Format, row.Docs, row.Pages,
			seconds(row.Ingest.Wall), row.Tool, row.Floor.Err)
		return
	}
	ratio := row.Ingest.Wall.Seconds() / row.Floor.Parallel.Seconds()
	seq := row.Ingest.Wall.Seconds() / row.Floor.Sequential.Seconds()
	cpu := row.Ingest.CPU.Seconds() / row.Floor.CPU.Seconds()
	r.printf("  %-6s %6d %7d %10s %-28s %10s %10s %7.2f× %7.2f× %10s %10s %7.2f×\n", row.Format, row.Docs, row.Pages,
		seconds(row.Ingest.Wall), row.Tool, seconds(row.Floor.Sequential), seconds(row.Floor.Parallel), ratio, seq,
		seconds(row.Ingest.CPU), seconds(row.Floor.CPU), cpu)
	want := targetTextRatio
	if row.Format == "pdf" {
		want = targetPDFRatio
	}
	r.printf("  %s CPU-time ratio to %s: %.2f×, target ≤ %.0f×: %s (wall-time ratio at the same parallelism %.2f×, more sensitive to other load)\n",
		strings.ToUpper(row.Format), row.Tool, cpu, want, r.target(strings.ToUpper(row.Format)+" CPU / floor CPU", cpu <= want,
			fmt.Sprintf("%.2f×", cpu)), ratio)
}

// mixed prints the whole mixed ingest against the sum of the formats'
// floors: the same files, since each format's row takes its documents
// among the first N.
func (r *report) mixed(full measurement, rows map[string]formatRow) {
	var floor time.Duration
	for _, f := range formats {
		if rows[f].Floor.Err != nil {
			r.printf("  mixed ingest against the floors: not measured (%s floor: %v)\n", f, rows[f].Floor.Err)
			return
		}
		floor += rows[f].Floor.CPU
	}
	cpu := full.CPU.Seconds() / floor.Seconds()
	r.printf("  mixed ingest CPU %s against the floors' %s: %.2f×, target ≤ %.1f×: %s\n", seconds(full.CPU), seconds(floor), cpu,
		targetMixedRatio, r.target("mixed CPU / floors' CPU", cpu <= targetMixedRatio, fmt.Sprintf("%.2f×", cpu)))
}

// stages prints the CPU time of each stage by format, measured in this
// process, beside the floor's CPU time per document.
func (r *report) stages(st map[string]stageTimes, rows map[string]formatRow) {
	r.printf("\nStages in process (this harness reads, extracts and stores each document in turn, one goroutine; CPU ms/doc)\n")
	r.printf("  %-6s %6s %8s %8s %8s %8s %8s %10s %12s %12s\n", "format", "docs", "blocks", "read", "extract", "store", "total",
		"floor", "read/floor", "ms/1k blocks")
	var all stageTimes
	for _, f := range formats {
		s := st[f]
		all.add(s)
		floor := "-"
		ratio := "-"
		if row, ok := rows[f]; ok && row.Floor.Err == nil && row.Docs > 0 {
			fl := row.Floor.CPU.Seconds() * 1000 / float64(row.Docs)
			floor, ratio = fmt.Sprintf("%.2f", fl), fmt.Sprintf("%.2f×", s.perDoc(s.Read)/fl)
		}
		r.stageRow(f, s, floor, ratio)
	}
	r.stageRow("all", all, "", "")
	r.printf("  (floor: the floor tool's CPU ms/doc, one process per file; extract is the meeting's extraction from the document model)\n")
}

func (r *report) stageRow(name string, s stageTimes, floor, ratio string) {
	r.printf("  %-6s %6d %8d %8.2f %8.2f %8.2f %8.2f %10s %12s %12.2f\n", name, s.Docs, s.Blocks/max(s.Docs, 1),
		s.perDoc(s.Read), s.perDoc(s.Extract), s.perDoc(s.Store), s.perDoc(s.total()), floor, ratio,
		s.Extract.Seconds()*1000*1000/float64(max(s.Blocks, 1)))
}

// scalePoint is one size of the scaling series.
type scalePoint struct {
	Docs int
	Run  measurement
}

func (r *report) scaling(points []scalePoint) {
	if len(points) == 0 {
		return
	}
	r.printf("\nScaling: full ingest into a fresh database at each size\n")
	r.printf("  %6s %10s %10s %8s %10s %8s %10s %10s\n", "docs", "wall", "ms/doc", "vs mean", "CPU ms/doc", "vs mean", "docs/s", "peak RSS")
	wall, cpu := spread(points, wallPerDoc), spread(points, cpuPerDoc)
	peak := int64(0)
	for _, p := range points {
		r.printf("  %6d %10s %10.2f %+7.1f%% %10.2f %+7.1f%% %10.1f %10s\n", p.Docs, seconds(p.Run.Wall),
			wallPerDoc(p)*1000, (wallPerDoc(p)/wall.mean-1)*100, cpuPerDoc(p)*1000, (cpuPerDoc(p)/cpu.mean-1)*100,
			float64(p.Docs)/p.Run.Wall.Seconds(), mb(p.Run.PeakRSS))
		peak = max(peak, p.Run.PeakRSS)
	}
	r.printf("  largest peak RSS %s, target < %s: %s\n", mb(peak), mb(targetPeakRSS),
		r.target("peak RSS (largest of the series)", peak < targetPeakRSS, mb(peak)))
	r.printf("  wall time/doc: max/min %.2f, largest deviation from the mean %.1f%%, target ±%.0f%%: %s\n", wall.hi/wall.lo,
		wall.worst*100, targetFlat*100, r.target("time/doc flat across sizes", wall.worst <= targetFlat,
			fmt.Sprintf("±%.1f%% (max/min %.2f)", wall.worst*100, wall.hi/wall.lo)))
	r.printf("  CPU time/doc:  max/min %.2f, largest deviation from the mean %.1f%% (parent and children; less sensitive to other load)\n",
		cpu.hi/cpu.lo, cpu.worst*100)
}

func wallPerDoc(p scalePoint) float64 { return p.Run.Wall.Seconds() / float64(p.Docs) }

func cpuPerDoc(p scalePoint) float64 { return p.Run.CPU.Seconds() / float64(p.Docs) }

// stats is the spread of a per-document figure over the series.
type stats struct{ mean, lo, hi, worst float64 }

func spread(points []scalePoint, f func(scalePoint) float64) stats {
	s := stats{lo: f(points[0])}
	for _, p := range points {
		v := f(p)
		s.mean += v
		s.lo, s.hi = min(s.lo, v), max(s.hi, v)
	}
	s.mean /= float64(len(points))
	for _, p := range points {
		s.worst = max(s.worst, abs(f(p)/s.mean-1))
	}
	return s
}

func abs(x float64) float64 { return max(x, -x) }

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func seconds(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

// linear prints the extraction cost per block at each document size.
func (r *report) linear(points []linearPoint) {
	r.printf("\nExtraction against document size (in process; the first fixtures' document models cycled to n top-level blocks)\n")
	r.printf("  %10s %8s %10s %14s %8s\n", "paragraphs", "runs", "CPU", "ms/1k blocks", "vs mean")
	mean := 0.0
	for _, p := range points {
		mean += p.perKBlocks() / float64(len(points))
	}
	worst := 0.0
	for _, p := range points {
		dev := p.perKBlocks()/mean - 1
		worst = max(worst, abs(dev))
		r.printf("  %10d %8d %10s %14.2f %+7.1f%%\n", p.Paragraphs, p.Docs, seconds(p.CPU), p.perKBlocks(), dev*100)
	}
	r.printf("  extraction ms/1k blocks, largest deviation from the mean %.1f%%, target ±%.0f%%: %s\n", worst*100, targetFlat*100,
		r.target("extraction linear in size", worst <= targetFlat, fmt.Sprintf("±%.1f%%", worst*100)))
}

// large prints each large file ingested alone under the default limits,
// and its stages in process.
func (r *report) large(rows []largeRow) {
	r.printf("\nLarge files, each ingested alone under the default limits (ingest), then read, extracted and stored in process (stages)\n")
	r.printf("  %-26s %9s %8s %8s %8s %10s %10s %9s %9s %9s\n", "file", "size", "blocks", "wall", "CPU", "peak RSS", "largest", "read", "extract", "store")
	for _, l := range rows {
		s := l.Stages
		r.printf("  %-26s %9s %8d %8s %8s %10s %10s %9s %9s %9s\n", l.Name, mb(l.Size), l.Blocks, seconds(l.Run.Wall), seconds(l.Run.CPU),
			mb(l.Run.PeakRSS), mb(l.Run.MaxRSS), seconds(s.Read), seconds(s.Extract), seconds(s.Store))
		if l.Failure != "" {
			r.printf("    ingest failed: %s\n", l.Failure)
		}
		r.printf("    stored, largest process %s, target < %s: %s\n", mb(l.Run.MaxRSS), mb(targetLargeRSS),
			r.target("large "+l.Short+": stored, RSS", l.Failure == "" && l.Run.MaxRSS < targetLargeRSS, mb(l.Run.MaxRSS)))
	}
}
