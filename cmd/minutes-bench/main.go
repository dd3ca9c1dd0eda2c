// Command minutes-bench measures `minutes ingest` on a synthetic corpus
// made from the fixtures: throughput, peak memory of the process tree,
// database size, incremental re-run, time per format against plain text
// extraction (pdftotext...), and time per document as the corpus grows.
// `make bench` runs it; `make bench-smoke` runs it on 20 documents.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
)

// Exit codes: a missed target is not a failure, a broken harness is.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// options are the command's flags.
type options struct {
	N          int      // documents of the main run
	Scale      []int    // sizes of the scaling series; none to skip it
	Bin        string   // the minutes binary
	Seed       uint64   // of the corpus
	Fixtures   []string // folders of fixtures
	Work       string   // folder for corpus and databases; "" for a temporary one
	Keep       bool     // keep the work folder
	Workers    int      // minutes --workers and the floor's parallelism
	CPUProfile string   // CPU profile of the in-process stages; "" for none
	Smoke      bool     // small large files and short series: a check of the harness
	Compare    string   // a git revision to compare the working tree with; "" for the bench
	Rounds     int      // rounds of the comparison
	Stages     string   // a folder to run the stages on alone, printing JSON (the comparison's probe)
	OCRDir     string   // scanned PDFs for the OCR figures
	OCRPages   int      // pages of them to OCR; 0 to skip
	Postgres   string   // server URL for the PostgreSQL figures; "" to skip them
	Out        io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "minutes-bench:", err)
		os.Exit(exitUsage)
	}
	opts.Out = os.Stdout
	do := run
	switch {
	case opts.Compare != "":
		do = compare
	case opts.Stages != "":
		do = stagesOnly
	}
	if err := do(ctx, opts); err != nil {
		fmt.Fprintln(os.Stderr, "minutes-bench:", err)
		os.Exit(exitError)
	}
	os.Exit(exitOK)
}

func parseFlags(args []string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("minutes-bench", flag.ContinueOnError)
	fs.IntVar(&o.N, "n", 2000, "documents of the main run")
	scale := fs.String("scale", "500,1000,2000,4000", "sizes of the scaling series, comma-separated; empty to skip")
	fs.StringVar(&o.Bin, "bin", "bin/minutes", "the minutes binary")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the synthetic corpus")
	fixtures := fs.String("fixtures", "testdata/corpus,testdata/general", "folders of fixtures, comma-separated")
	fs.StringVar(&o.Work, "work", "", "folder for the corpus and databases (default: a temporary folder, removed)")
	fs.BoolVar(&o.Keep, "keep", false, "keep the work folder")
	fs.IntVar(&o.Workers, "workers", runtime.NumCPU(), "minutes --workers, and the floor's parallelism")
	fs.StringVar(&o.CPUProfile, "cpuprofile", "", "write the CPU profile of the in-process stages (read, extract, store) to this file")
	fs.StringVar(&o.Compare, "compare", "", "compare the working tree with this git `REF`: both built, run on the same corpus, interleaved")
	fs.IntVar(&o.Rounds, "rounds", 3, "rounds of -compare")
	fs.StringVar(&o.Stages, "stages", "", "read, extract and store the files of `DIR` in process and print the CPU times as JSON")
	fs.BoolVar(&o.Smoke, "smoke", false, "check the harness: small large files (256 KB HTML, 20-page PDF) and a short size series")
	fs.StringVar(&o.OCRDir, "ocr", "testdata/scanned", "folder of scanned PDFs (twins of the fixtures) for the OCR figures")
	fs.IntVar(&o.OCRPages, "ocr-pages", 50, "pages of scanned PDFs to OCR, smallest files first; 0 to skip")
	fs.StringVar(&o.Postgres, "postgres", postgresURL(), "PostgreSQL URL for the concurrent-ingester figures ($MINUTES_BENCH_POSTGRES, else $MINUTES_TEST_POSTGRES); empty to skip")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	o.Fixtures = strings.Split(*fixtures, ",")
	var err error
	if o.Scale, err = parseSizes(*scale); err != nil {
		return nil, err
	}
	if o.N < 1 || o.Workers < 1 || o.Rounds < 1 {
		return nil, errors.New("-n, -workers and -rounds must be at least 1")
	}
	return o, nil
}

// parseSizes reads "500,1000" into sizes.
func parseSizes(s string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("-scale: bad size %q", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

func postgresURL() string {
	if u := os.Getenv("MINUTES_BENCH_POSTGRES"); u != "" {
		return u
	}
	return os.Getenv("MINUTES_TEST_POSTGRES")
}
