package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/store"
)

type ingestOptions struct {
	*globalOptions
	Paths       []string
	Workers     int
	MaxFileSize int64
	Password    string
	Reextract   bool

	Out, Err io.Writer
}

func newIngestCmd(g *globalOptions, runF func(context.Context, *ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read reports from files and folders into the database",
		Long: `Reads every PDF, DOCX and HTML report in the given files and folders (recursively),
extracts meetings, participants, agenda and actions, and stores them. Unchanged
files are skipped; a file that cannot be read is recorded with the reason and
the run goes on.`,
		Example: `  minutes ingest testdata/corpus --db minutes.db
  minutes ingest /mnt/partage/rapports --workers 4 --max-file-size 100MB`,
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
	cmd.Flags().IntVar(&opts.Workers, "workers", runtime.NumCPU(), "files parsed at once")
	cmd.Flags().Int64Var(&opts.MaxFileSize, "max-file-size", 200<<20, "largest file read, in bytes")
	cmd.Flags().StringVar(&opts.Password, "password", os.Getenv("MINUTES_PDF_PASSWORD"), "user password of protected PDFs ($MINUTES_PDF_PASSWORD)")
	cmd.Flags().BoolVar(&opts.Reextract, "reextract", false, "re-extract files already stored with this extractor version")
	return cmd
}

// ingestResult is what a worker made of one file.
type ingestResult struct {
	file    store.File
	ext     store.Extraction
	format  string
	err     error
	skipped bool
}

type ingestSummary struct {
	Read, OK, Skipped, Failed int
}

func runIngest(ctx context.Context, opts *ingestOptions) error {
	paths, err := walk(opts.Paths)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	db, err := store.Open(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	results := make(chan ingestResult)
	go produce(ctx, db, opts, paths, results)
	var sum ingestSummary
	for r := range results {
		if err := record(ctx, db, opts, r, &sum); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return &codeError{exitFailed, fmt.Errorf("interrupted: %w", err)}
	}
	fmt.Fprintf(opts.Out, "%d documents read, %d ok, %d unchanged, %d failed; database %s\n",
		sum.Read, sum.OK, sum.Skipped, sum.Failed, opts.DB)
	if sum.Failed > 0 {
		return &codeError{code: exitFailed}
	}
	return nil
}

// produce runs the workers over paths and closes results when all are done.
func produce(ctx context.Context, db *store.DB, opts *ingestOptions, paths []string, results chan<- ingestResult) {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range max(opts.Workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				results <- process(ctx, db, opts, p)
			}
		}()
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	close(results)
}

// record writes one result to the database and the summary.
func record(ctx context.Context, db *store.DB, opts *ingestOptions, r ingestResult, sum *ingestSummary) error {
	sum.Read++
	switch {
	case r.skipped:
		sum.Skipped++
		return nil
	case r.err != nil:
		sum.Failed++
		fmt.Fprintf(opts.Err, "%s: %v\n", r.file.Path, r.err)
		if r.file.SHA256 == "" {
			return nil
		}
		if err := db.Fail(ctx, r.file, r.format, r.err, extract.Version); err != nil {
			return &codeError{exitFailed, err}
		}
		return nil
	}
	if _, err := db.Save(ctx, r.file, r.ext); err != nil {
		return &codeError{exitFailed, fmt.Errorf("%s: %w", r.file.Path, err)}
	}
	sum.OK++
	return nil
}

// process reads, hashes, parses and extracts one file.
func process(ctx context.Context, db *store.DB, opts *ingestOptions, path string) ingestResult {
	r := ingestResult{file: store.File{Path: absPath(path)}}
	info, err := os.Stat(path)
	if err != nil {
		r.err = err
		return r
	}
	r.file.Bytes, r.file.ModTime = info.Size(), info.ModTime()
	if info.Size() > opts.MaxFileSize {
		r.err = fmt.Errorf("file too large: %d bytes (limit %d, see --max-file-size)", info.Size(), opts.MaxFileSize)
		return r
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.err = err
		return r
	}
	sum := sha256.Sum256(data)
	r.file.SHA256 = hex.EncodeToString(sum[:])
	if !opts.Reextract {
		if done, err := db.Done(ctx, r.file, extract.Version); err == nil && done {
			r.skipped = true
			return r
		}
	}
	r.format, _ = extract.Detect(data)
	d, m, err := extract.Options{Password: opts.Password}.File(data)
	if err != nil {
		r.err = err
		return r
	}
	r.ext = store.Extraction{Doc: d, Meeting: m, Version: extract.Version}
	return r
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
