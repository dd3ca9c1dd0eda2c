package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/store"
)

type queryOptions struct {
	*globalOptions
	SQL     string
	Format  string
	Output  string
	Timeout time.Duration
	MaxRows int

	Out, Err io.Writer
}

func newQueryCmd(g *globalOptions, runF func(context.Context, *queryOptions) error) *cobra.Command {
	opts := &queryOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "query SQL",
		Short: "Run one read-only SQL statement and print its rows",
		Long: `Runs one SQL statement on a read-only connection and prints its rows. The
connection can never write, whatever the statement says: INSERT, UPDATE,
DELETE, CREATE, DROP, ATTACH and PRAGMAs that change anything are refused.
The views v_actions, v_meetings and v_attendance answer most questions
without joins. A wrong query prints SQLite's message, with the line and
column of the token it names, and exits with status 1.

Rows are printed as they are read (csv, tsv, json); the aligned table and
markdown hold at most 64 MiB of rows. A query that runs longer than
--timeout, returns more than --max-rows rows, builds one value over
16 MiB or outgrows the aligned table stops with a message saying so, after
the rows already printed, and exits with status 1.`,
		Example: `  minutes query "SELECT cluster, count(*) FROM v_actions GROUP BY cluster"
  minutes query "SELECT * FROM v_actions WHERE days_overdue > 30" --format csv --output overdue.csv
  minutes query "SELECT organization, count(*) FROM v_attendance GROUP BY 1 ORDER BY 2 DESC" --format markdown`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.SQL = args[0]
			opts.Out, opts.Err = cmd.OutOrStdout(), cmd.ErrOrStderr()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runQuery(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "", resultFormats)
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", 5*time.Second, "time limit of the query (0: none)")
	cmd.Flags().IntVar(&opts.MaxRows, "max-rows", 0, "stop after this many rows (0: no limit)")
	return cmd
}

func runQuery(ctx context.Context, opts *queryOptions) error {
	format, err := resultFormat(opts.Format, toTerminal(opts.Output, opts.Out))
	if err != nil {
		return &codeError{exitUsage, err}
	}
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	err = writeOutput(opts.Output, opts.Out, func(w io.Writer) error {
		return streamQuery(ctx, db, opts, newResultWriter(w, format))
	})
	if err == nil {
		return nil
	}
	printQueryStop(opts, err)
	return &codeError{code: exitFailed}
}

// streamQuery writes the query's rows to rw as they are read, up to
// --max-rows.
func streamQuery(ctx context.Context, db *store.DB, opts *queryOptions, rw *resultWriter) error {
	err := db.QueryEach(ctx, opts.SQL, func(cols []string, row []any) error {
		if row != nil && opts.MaxRows > 0 && rw.rows == opts.MaxRows {
			return errMaxRows
		}
		return rw.add(cols, row)
	})
	if cerr := rw.close(err == nil || errors.Is(err, errMaxRows)); err == nil {
		err = cerr
	}
	return err
}

// printQueryStop says why a query failed or stopped, and what to do.
func printQueryStop(opts *queryOptions, err error) {
	switch {
	case errors.Is(err, errMaxRows):
		fmt.Fprintf(opts.Err, "minutes: query: stopped after %d rows (--max-rows): add a LIMIT or raise --max-rows\n", opts.MaxRows)
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Fprintf(opts.Err, "minutes: query: stopped after %s (--timeout): add a LIMIT, narrow the query, or raise --timeout\n", opts.Timeout)
	case errors.Is(err, errTableTooLarge), errors.Is(err, store.ErrTooBig):
		fmt.Fprintf(opts.Err, "minutes: query: %v\n", err)
	default:
		printQueryError(opts.Err, err)
	}
}

// printQueryError prints the error and, when SQLite named a token found in
// the query, the query's line with a caret under that token.
func printQueryError(w io.Writer, err error) {
	fmt.Fprintf(w, "minutes: query: %v\n", err)
	var qe *store.QueryError
	if !errors.As(err, &qe) || qe.Offset < 0 {
		return
	}
	start := strings.LastIndexByte(qe.Query[:qe.Offset], '\n') + 1
	end := strings.IndexByte(qe.Query[qe.Offset:], '\n')
	if end < 0 {
		end = len(qe.Query)
	} else {
		end += qe.Offset
	}
	col := len([]rune(qe.Query[start:qe.Offset]))
	fmt.Fprintf(w, "  %s\n  %s^\n", qe.Query[start:end], strings.Repeat(" ", col))
}
