package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/store"
)

type copyOptions struct {
	From, To string
	Wait     bool
	JSON     bool

	Out io.Writer
}

func newCopyCmd(runF func(context.Context, *copyOptions) error) *cobra.Command {
	opts := &copyOptions{}
	cmd := &cobra.Command{
		Use:   "copy --from DB --to DB",
		Short: "Copy an archive into another, SQLite to PostgreSQL or back",
		Long: `Copies every document of one archive into another (documents, their text,
meetings, participants, agenda, actions and owners, files and their paths,
runs and follow-up links), to move a SQLite file into the team's
PostgreSQL archive, or the reverse. Either side is a SQLite file or a
postgres:// URL.

What the destination holds already is kept: documents are matched by
content (SHA-256), files by path, runs by start, host and pid. A second copy
adds nothing, and an interrupted copy is finished by the next one (each
document is copied in its own transaction). Into an empty archive every id
is kept.`,
		Example: `  minutes copy --from minutes.db --to postgres://im@archive:5432/minutes
  minutes copy --from postgres://analyst@archive/minutes --to copie.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runCopy(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.From, "from", "", "archive to copy: SQLite `FILE` or postgres:// URL")
	cmd.Flags().StringVar(&opts.To, "to", "", "archive to copy into (created or migrated): SQLite `FILE` or postgres:// URL")
	cmd.Flags().BoolVar(&opts.Wait, "wait", false, "wait for an ingest writing a SQLite destination instead of exiting with status 3")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the counts as JSON")
	cmd.MarkFlagRequired("from")
	cmd.MarkFlagRequired("to")
	return cmd
}

func runCopy(ctx context.Context, opts *copyOptions) error {
	if opts.From == opts.To {
		return &codeError{exitUsage, errors.New("copy: --from and --to are the same archive")}
	}
	if !store.IsPostgres(opts.From) {
		if _, err := os.Stat(opts.From); err != nil {
			return &codeError{exitUsage, fmt.Errorf("copy: %w", err)}
		}
	}
	if !store.IsPostgres(opts.To) {
		lock, err := store.Acquire(ctx, opts.To, opts.Wait)
		if errors.Is(err, store.ErrLocked) {
			return &codeError{exitLocked, err}
		}
		if err != nil {
			return &codeError{exitUsage, err}
		}
		defer lock.Release()
	}
	src, err := store.OpenReadOnly(ctx, opts.From)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer src.Close()
	dst, err := store.Open(ctx, opts.To)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer dst.Close()
	c, err := store.Copy(ctx, dst, src)
	if err != nil {
		return &codeError{exitFailed, err}
	}
	if opts.JSON {
		return json.NewEncoder(opts.Out).Encode(c)
	}
	fmt.Fprintf(opts.Out, "copied %d documents (%d already there), %d files, %d runs, %d follow-up links from %s to %s\n",
		c.Documents, c.Present, c.Files, c.Runs, c.Links, src.Path, dst.Path)
	return nil
}
