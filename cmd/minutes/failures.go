package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/store"
)

type failuresOptions struct {
	*globalOptions
	JSON bool

	Out io.Writer
}

func newFailuresCmd(g *globalOptions, runF func(context.Context, *failuresOptions) error) *cobra.Command {
	opts := &failuresOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "failures",
		Short: "List the files that could not be read, with the reason",
		Long: `Lists the files still on the drive whose last reading failed: path, kind,
reason and when it was tried. The kind is "limit" for a file that reached a
limit (--timeout, --max-memory, --max-file-size: a higher one may read it),
"broken" for a file that cannot be read as it is, and "warning" for a file
stored without part of its content (the reason says what). Failed files are
tried again by every ingest, so a file leaves the list once it is fixed,
replaced or removed.`,
		Example: `  minutes failures --db minutes.db
  minutes failures --json | jq -r '.[].path'
  minutes failures --json | jq -r '.[] | select(.kind == "limit") | .path'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runFailures(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	return cmd
}

func runFailures(ctx context.Context, opts *failuresOptions) error {
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	fails, err := db.Failures(ctx)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	if opts.JSON {
		if fails == nil {
			fails = []store.Failure{}
		}
		enc := json.NewEncoder(opts.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(fails)
	}
	if len(fails) == 0 {
		fmt.Fprintln(opts.Out, "no failures")
		return nil
	}
	// The aligned table of the other commands: on a terminal, a long path
	// or reason is cut to fit its width.
	res := &store.Result{Columns: []string{"PATH", "KIND", "REASON", "WHEN"}}
	for _, f := range fails {
		res.Rows = append(res.Rows, []any{f.Path, f.Kind, firstLine(f.Reason), f.When.Local().Format("2006-01-02 15:04")})
	}
	return writeTable(opts.Out, res)
}

// firstLine keeps a reason on one table row (an internal error carries a
// stack trace).
func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}
