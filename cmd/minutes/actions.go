package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/store"
)

type actionsOptions struct {
	*globalOptions
	Filter store.ActionFilter
	Format string
	Output string

	Out io.Writer
}

func newActionsCmd(g *globalOptions, runF func(context.Context, *actionsOptions) error) *cobra.Command {
	opts := &actionsOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "actions",
		Short: "List the actions decided in meetings, with filters",
		Long: `Lists the actions (decisions, recommendations, next steps) of every meeting:
meeting date, cluster, region, action, owners, deadline as written and as a
date, days overdue, status, how many earlier meetings asked for it, and the
source file and page.

Text filters ignore case and accents. --owner takes an organization by any of
its names (--owner WHO finds the actions of OMS), or words of a person or of
the owner as written, the last one possibly cut short (--owner zak); the web
app's counts by owner use the same test. --overdue keeps the actions not done whose deadline is
before today, or before --today for a reproducible report.`,
		Example: `  minutes actions --owner OMS --overdue
  minutes actions --cluster santé --since 2025-01-01 --format csv --output actions.csv
  minutes actions --overdue --today 2025-06-30 --format markdown
  minutes actions --search "feuille de route" --status open`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runActions(cmd.Context(), opts)
		},
	}
	f := &opts.Filter
	cmd.Flags().StringVar(&f.Owner, "owner", "", "organization (any alias), or words of a person or owner as written")
	cmd.Flags().StringVar(&f.Cluster, "cluster", "", "cluster of the meeting (part of its name)")
	cmd.Flags().StringVar(&f.Region, "region", "", "region of the meeting")
	cmd.Flags().StringVar(&f.DueBefore, "due-before", "", "deadline before `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVar(&f.Since, "since", "", "meetings on or after `DATE` (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&f.Overdue, "overdue", false, "only actions not done whose deadline has passed")
	cmd.Flags().StringVar(&f.Today, "today", "", "`DATE` (YYYY-MM-DD) that --overdue and the overdue column count from (default: today)")
	cmd.Flags().StringVar(&f.Search, "search", "", "words the action's text contains")
	cmd.Flags().StringVar(&f.Status, "status", "", "open, in_progress or done")
	cmd.Flags().StringVar(&opts.Format, "format", "", resultFormats)
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runActions(ctx context.Context, opts *actionsOptions) error {
	if err := checkActionFilter(opts.Filter); err != nil {
		return &codeError{exitUsage, err}
	}
	format, err := resultFormat(opts.Format, toTerminal(opts.Output, opts.Out))
	if err != nil {
		return &codeError{exitUsage, err}
	}
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	rows, err := db.Actions(ctx, opts.Filter)
	if err != nil {
		return &codeError{exitFailed, err}
	}
	res := actionsResult(rows)
	err = writeOutput(opts.Output, opts.Out, func(w io.Writer) error { return writeResult(w, format, res) })
	if err != nil {
		return &codeError{exitFailed, err}
	}
	return nil
}

func checkActionFilter(f store.ActionFilter) error {
	for _, d := range []struct{ flag, value string }{
		{"--due-before", f.DueBefore}, {"--since", f.Since}, {"--today", f.Today},
	} {
		if d.value == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.value); err != nil {
			return fmt.Errorf("%s %s: want a date as YYYY-MM-DD", d.flag, d.value)
		}
	}
	switch f.Status {
	case "", minutes.StatusOpen, minutes.StatusInProgress, minutes.StatusDone:
		return nil
	}
	return fmt.Errorf("--status %s: want open, in_progress or done", f.Status)
}

// actionsResult is the table that `minutes actions` prints.
func actionsResult(rows []store.ActionRow) *store.Result {
	res := &store.Result{Columns: []string{"id", "meeting_date", "cluster", "region", "action", "owners",
		"due_raw", "due_date", "days_overdue", "status", "repeats", "file", "page"}}
	for _, r := range rows {
		owners := r.Owners
		if owners == "" {
			owners = r.OwnerRaw
		}
		res.Rows = append(res.Rows, []any{r.ID, store.NullString(r.MeetingDate), store.NullString(r.Cluster), store.NullString(r.Region), r.Text,
			store.NullString(owners), store.NullString(r.DueRaw), store.NullString(r.Due), store.NullInt(r.DaysOverdue), r.Status, int64(r.Repeats),
			r.File, store.NullInt(r.Page)})
	}
	return res
}
