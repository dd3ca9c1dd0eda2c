package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

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
exit status. A run without an end was killed or is still going.`,
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
	tw := tabwriter.NewWriter(opts.Out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "RUN\tSTARTED\tHOST\tSECONDS\tNEW\tCHANGED\tUNCHANGED\tMOVED\tREEXTRACTED\tMISSING\tFAILED\tEXIT\t")
	for _, r := range runs {
		secs, exit := "-", "killed?"
		if !r.Ended.IsZero() {
			secs, exit = fmt.Sprintf("%.1f", r.Ended.Sub(r.Started).Seconds()), fmt.Sprint(r.Exit)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", r.ID, r.Started.Local().Format("2006-01-02 15:04"),
			r.Host, secs, r.New, r.Changed, r.Unchanged, r.Moved, r.Reextracted, r.Missing, r.Failed, exit)
	}
	return tw.Flush()
}
