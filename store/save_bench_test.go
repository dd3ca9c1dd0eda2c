package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/sahelim/minutes/store"
	"github.com/sahelim/minutes/store/storetest"
)

// BenchmarkSave measures the store's cost of one document: the reports of
// testdata/corpus, extracted once, saved in turn as new content into one
// database (SQLite, or PostgreSQL with MINUTES_TEST_BACKEND=postgres). An
// op is one document; cpu-ms/op is this process's CPU time per document
// (the server's, for PostgreSQL, is not in it), blocks/op its rows of text.
func BenchmarkSave(b *testing.B) {
	type report struct {
		f store.File
		x store.Extraction
	}
	var reports []report
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.*"))
	for _, p := range paths {
		if ext := filepath.Ext(p); ext == ".pdf" || ext == ".docx" || ext == ".html" {
			f, x := readReport(b, p)
			reports = append(reports, report{f, x})
		}
	}
	db := openAt(b, storetest.DB(b, "bench.db"))
	ctx, cancel := context.WithCancel(context.Background()) // as ingest's, which Ctrl-C cancels
	defer cancel()
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		r := reports[i%len(reports)]
		f := r.f
		f.Path, f.SHA256 = fmt.Sprintf("%s-%d", f.Path, i), fmt.Sprintf("%s-%d", f.SHA256, i)
		if _, err := db.Save(ctx, f, r.x); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Millisecond)/float64(i), "cpu-ms/op")
	var rows int
	db.SQL().QueryRow("SELECT count(*) FROM blocks").Scan(&rows)
	b.ReportMetric(float64(rows)/float64(i), "blocks/op")
}

// cpuTime is the user and system time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
