package main

import (
	"context"
	"encoding/json"
	"io"
	"math"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/store"
)

type runsOptions struct {
	*globalOptions
	Last int
	JSON bool

	Out io.Writer
}

func newRunsCmd(g *globalOptions, runF func(context.Context, *runsOptions) error) *cobra.Command {
	opts := &runsOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "runs",
		Short: "List the last ingest runs with their counts and exit status",
		Long: `Lists the last ingest runs, newest first: start, duration, counts of new,
changed, unchanged, moved, re-extracted, missing and failed files, and the
exit status (130, "interrupted", for a run stopped by Ctrl-C or SIGTERM). A
run without an end was killed or is still going. With --json, options is
the object of the options the run was given.`,
		Example: `  minutes runs --db minutes.db
  minutes runs --last 1 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runRuns(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Last, "last", 10, "number of runs listed")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	return cmd
}

func runRuns(ctx context.Context, opts *runsOptions) error {
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	runs, err := db.Runs(ctx, opts.Last)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	if opts.JSON {
		if runs == nil {
			runs = []store.Run{}
		}
		enc := json.NewEncoder(opts.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(runs)
	}
	return writeTable(opts.Out, runsResult(runs))
}

// runsResult is the table `minutes runs` prints (aligned, fitted to the
// terminal like every table).
func runsResult(runs []store.Run) *store.Result {
	res := &store.Result{Columns: []string{"run", "started", "host", "seconds", "new", "changed", "unchanged", "moved",
		"reextracted", "missing", "failed", "exit"}}
	for _, r := range runs {
		var secs, exit any = nil, "killed?"
		if !r.Ended.IsZero() {
			secs, exit = math.Round(r.Ended.Sub(r.Started).Seconds()*10)/10, int64(r.Exit)
		}
		if r.Exit == exitInterrupted {
			exit = "interrupted"
		}
		res.Rows = append(res.Rows, []any{r.ID, r.Started.Local().Format("2006-01-02 15:04"), r.Host, secs, int64(r.New),
			int64(r.Changed), int64(r.Unchanged), int64(r.Moved), int64(r.Reextracted), int64(r.Missing), int64(r.Failed), exit})
	}
	return res
}
