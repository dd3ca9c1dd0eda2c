package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/isolate"
	"github.com/sahelim/minutes/store"
)

type ingestOptions struct {
	*globalOptions
	Paths       []string
	Workers     int
	MaxFileSize byteSize
	MaxMemory   byteSize
	Timeout     time.Duration
	Password    string
	OCR         string // auto, off or force (extract.Options.OCR)
	Reextract   bool
	NoMerge     bool // every file its own meeting (store.Extraction.NoMerge)
	Wait        bool
	JSON        bool
	Quiet       bool
	CPUProfile  string // parent's CPU profile; each parsing child writes CPUProfile.child-PID
	// Parser is the command line of the parsing child; empty means this
	// program's hidden __parse subcommand.
	Parser []string

	Out, Err io.Writer
}

func newIngestCmd(g *globalOptions, runF func(context.Context, *ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{globalOptions: g, MaxFileSize: 200 << 20, MaxMemory: 2 << 30}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read reports from files and folders into the database",
		Long: `Reads every PDF, DOCX and HTML report in the given files and folders (recursively),
extracts meetings, participants, agenda and actions, and stores them, one
transaction per file. Files whose path, size and modification time are
unchanged are skipped without being read; content already stored (a moved
file) is not parsed again; files gone from the folders are marked missing.
Each file is parsed in a child process under --timeout and --max-memory; a
file that cannot be read is recorded with the reason and the run goes on.
Scanned PDF pages (no text, an image over the page) are read with Tesseract
(see --ocr and docs/ocr.md). The same minutes in several files (the DOCX
and its PDF, a draft and its final, the HTML page that published them) are
one meeting with several copies, unless --no-merge (docs/copies.md).

Exit status: 0 all stored, 1 some files failed (the rest is stored),
2 usage or configuration error, 3 another run holds the database,
130 interrupted (Ctrl-C or SIGTERM; what was stored stays).

With --db postgres://…, several runs (one per hub) may write the same
archive at once: each document is claimed by its SHA-256, there is no
lock for the whole run, and --wait has nothing to wait for.`,
		Example: `  minutes ingest testdata/corpus --db minutes.db
  minutes ingest /mnt/partage/rapports --workers 4 --max-file-size 100MB
  minutes ingest /mnt/partage/rapports --quiet --wait   # from cron
  minutes ingest archives/ --ocr force                  # OCR every PDF page, text layer or not`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Out, opts.Err = cmd.OutOrStdout(), cmd.ErrOrStderr()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runIngest(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.Workers, "workers", runtime.NumCPU(), "files parsed at once")
	f.Var(&opts.MaxFileSize, "max-file-size", "largest file read (100MB, 1GiB ...); larger files fail")
	f.Var(&opts.MaxMemory, "max-memory", "resident memory limit of each parsing process (2GiB ...)")
	f.DurationVar(&opts.Timeout, "timeout", time.Minute, "time limit to parse one file")
	f.StringVar(&opts.Password, "password", os.Getenv("MINUTES_PDF_PASSWORD"), "user password of protected PDFs ($MINUTES_PDF_PASSWORD)")
	f.StringVar(&opts.OCR, "ocr", "auto", "read scanned PDF pages with Tesseract: auto (pages without text), off, force (every page)")
	f.BoolVar(&opts.Reextract, "reextract", false, "re-extract files already stored with this extractor version")
	f.BoolVar(&opts.NoMerge, "no-merge", false, "store every file as its own meeting, never as a copy of another (docs/copies.md)")
	f.BoolVar(&opts.Wait, "wait", false, "wait for another run to release the database instead of exiting with status 3")
	f.BoolVar(&opts.JSON, "json", false, "print a JSON summary on standard output")
	f.BoolVar(&opts.Quiet, "quiet", false, "print only failures (for cron)")
	f.StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of this process to `FILE` and of each parsing child to FILE.child-PID")
	return cmd
}

// summary is the outcome of a run, printed as one line or as JSON.
// NotProcessed counts the files an interrupted run did not get to.
type summary struct {
	Run      int64   `json:"run"`
	Database string  `json:"database"`
	Files    int     `json:"files"`
	Seconds  float64 `json:"seconds"`
	store.Counts
	Interrupted  bool            `json:"interrupted"`
	NotProcessed int             `json:"not_processed"`
	Exit         int             `json:"exit"`
	Failures     []store.Failure `json:"failures"`
}

func runIngest(ctx context.Context, opts *ingestOptions) error {
	if err := checkOCR(opts.OCR); err != nil {
		return &codeError{exitUsage, err}
	}
	stop, err := startCPUProfile(opts.CPUProfile)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer stop()
	t, err := walk(opts.Paths)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	if err := store.CheckWritable(ctx, opts.DB); err != nil {
		return &codeError{exitUsage, err}
	}
	// SQLite has one writer: the lock keeps a second run out. PostgreSQL
	// takes many, each document claimed in its own transaction.
	if !store.IsPostgres(opts.DB) {
		lock, err := store.Acquire(ctx, opts.DB, opts.Wait)
		if errors.Is(err, store.ErrLocked) {
			return &codeError{exitLocked, fmt.Errorf("%w; run with --wait to wait for it to finish", err)}
		}
		if err != nil {
			return &codeError{exitUsage, err}
		}
		defer lock.Release()
	}
	db, err := store.Open(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	in, err := newIngester(ctx, db, opts)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	return in.ingest(ctx, t)
}

func newIngester(ctx context.Context, db *store.DB, opts *ingestOptions) (*ingester, error) {
	cmdline := opts.Parser
	if len(cmdline) == 0 {
		self, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("find this program to parse files: %w", err)
		}
		cmdline = []string{self, parseCmdName}
	}
	known, err := db.Known(ctx)
	if err != nil {
		return nil, err
	}
	command := append(slices.Clip(cmdline), "--max-memory", strconv.FormatInt(int64(opts.MaxMemory), 10))
	if opts.OCR != "" {
		command = append(command, "--ocr", opts.OCR)
	}
	if opts.CPUProfile != "" {
		command = append(command, "--cpuprofile", opts.CPUProfile)
	}
	pool := &isolate.Pool{
		Command:   command,
		Env:       []string{"MINUTES_PDF_PASSWORD=" + opts.Password},
		Timeout:   opts.Timeout,
		MaxMemory: int64(opts.MaxMemory),
	}
	return &ingester{db: db, opts: opts, known: known, pool: pool}, nil
}

// ingest runs the workers over t, marks vanished files missing, records
// the run and reports it.
func (in *ingester) ingest(ctx context.Context, t tree) error {
	start := time.Now()
	runID, err := in.db.StartRun(ctx, in.opts.record())
	if err != nil {
		return &codeError{exitUsage, err}
	}
	sum := summary{Run: runID, Database: in.db.Path, Files: len(t.Files)}
	prog := newProgress(in.opts.Err, len(t.Files), in.opts.Quiet)
	for _, p := range t.Problems {
		prog.problem(p)
		sum.Failed++
	}
	done, moved := 0, map[string]bool{} // files written; content found at a new path
	err = in.run(ctx, t.Files, func(r result) error {
		if err := in.write(ctx, r); err != nil {
			return fmt.Errorf("%s: %w", r.file.Path, err)
		}
		c := r.class()
		count(&sum.Counts, c)
		if c == "moved" {
			moved[r.file.SHA256] = true
		}
		done++
		prog.file(r.file.Path, c, r.err)
		if r.act == actSave {
			prog.warnings(r.file.Path, r.ext.Doc.Warnings)
		}
		return nil
	})
	prog.finish()
	sum.NotProcessed = len(t.Files) - done
	if err == nil && ctx.Err() == nil && len(t.Problems) == 0 {
		sum.Missing, err = in.markMissing(ctx, t, moved)
	}
	if err == nil && ctx.Err() == nil && sum.New+sum.Changed+sum.Reextracted+sum.Missing > 0 {
		// Link actions to the earlier ones they repeat; rebuilt whole, so
		// an unchanged re-run need not do it.
		_, err = in.db.LinkFollowUps(ctx)
	}
	return in.end(ctx, &sum, start, err)
}

// markMissing flags the known paths under t's roots that the walk did not
// find, and returns how many there were but for the old paths of the
// files moved (content found at a new path, counted as moved): a moved
// file counts once.
func (in *ingester) markMissing(ctx context.Context, t tree, moved map[string]bool) (int, error) {
	found := make(map[string]bool, len(t.Files))
	for _, f := range t.Files {
		found[f] = true
	}
	var gone []string
	n := 0
	for path, k := range in.known {
		if !k.Missing && !found[path] && under(path, t.Roots) {
			gone = append(gone, path)
			if !moved[k.SHA256] {
				n++
			}
		}
	}
	return n, in.db.MarkMissing(ctx, gone)
}

// end records the run's end (even when ctx was cancelled), prints the
// summary and returns the error that gives the exit status.
func (in *ingester) end(ctx context.Context, sum *summary, start time.Time, err error) error {
	sum.Seconds = time.Since(start).Seconds()
	switch {
	case ctx.Err() != nil: // a write cut short by it fails with any error
		// Ctrl-C or SIGTERM: what was written stays; the next run goes on.
		sum.Exit, sum.Interrupted = exitInterrupted, true
		err = fmt.Errorf("interrupted: %d files not processed; run the same ingest again to finish", sum.NotProcessed)
	case err != nil:
		sum.Exit = exitFailed
	case sum.Failed > 0:
		sum.Exit = exitFailed
	}
	ctx = context.WithoutCancel(ctx)
	if rerr := in.db.EndRun(ctx, sum.Run, sum.Counts, sum.Exit); err == nil {
		err = rerr
	}
	if in.opts.JSON {
		if sum.Failures, _ = in.db.Failures(ctx); sum.Failures == nil {
			sum.Failures = []store.Failure{}
		}
		enc := json.NewEncoder(in.opts.Out)
		enc.SetIndent("", "  ")
		enc.Encode(sum)
	} else if !in.opts.Quiet {
		fmt.Fprintf(in.opts.Out, "%d files in %.1fs: %d new, %d changed, %d unchanged, %d moved, %d re-extracted, %d missing, %d failed; database %s\n",
			sum.Files, sum.Seconds, sum.New, sum.Changed, sum.Unchanged, sum.Moved, sum.Reextracted, sum.Missing, sum.Failed, sum.Database)
	}
	if err != nil {
		return &codeError{max(sum.Exit, exitFailed), err}
	}
	if sum.Exit != exitOK {
		return &codeError{code: sum.Exit}
	}
	return nil
}

// record is the JSON of the options stored with the run; never the
// password.
func (o *ingestOptions) record() string {
	body, _ := json.Marshal(map[string]any{
		"paths": o.Paths, "workers": o.Workers, "max_file_size": int64(o.MaxFileSize),
		"max_memory": int64(o.MaxMemory), "timeout": o.Timeout.String(), "reextract": o.Reextract, "ocr": o.OCR,
		"no_merge": o.NoMerge,
	})
	return string(body)
}

// checkOCR validates an --ocr value ("" is auto).
func checkOCR(mode string) error {
	if mode != "" && !slices.Contains(extract.OCRModes, mode) {
		return fmt.Errorf("--ocr %q: want auto, off or force", mode)
	}
	return nil
}
