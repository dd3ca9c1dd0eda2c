package main

import (
	"context"
	"io"
	"math"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/store"
)

type searchOptions struct {
	*globalOptions
	Text   string
	Limit  int
	Format string
	Output string

	Out io.Writer
}

func newSearchCmd(g *globalOptions, runF func(context.Context, *searchOptions) error) *cobra.Command {
	opts := &searchOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "search TEXT...",
		Short: "Full-text search over the text of every stored document",
		Long: `Searches the text of every stored document (headings, paragraphs, list items
and table cells) for blocks holding all the words given, whatever their case
and accents ("echeance" finds "Échéance"), best match first. Each hit gives
the file, the page, the kind of block and a snippet with the words found
[between brackets] (in bold on a terminal). Words are searched as written:
quotes, AND, OR, NOT and other full-text operators are plain text; a word
ending in * matches every word that starts with it.`,
		Example: `  minutes search echeance
  minutes search "note conceptuelle" --limit 5
  minutes search "plaidoy*" --format json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Text = strings.Join(args, " ")
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runSearch(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Limit, "limit", 20, "most hits printed (0: all)")
	cmd.Flags().StringVar(&opts.Format, "format", "", resultFormats)
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runSearch(ctx context.Context, opts *searchOptions) error {
	terminal := toTerminal(opts.Output, opts.Out)
	format, err := resultFormat(opts.Format, terminal)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	before, after := highlight(format, terminal)
	hits, err := db.Search(ctx, opts.Text, opts.Limit, before, after)
	if err != nil {
		return &codeError{exitFailed, err}
	}
	res := searchResult(hits)
	err = writeOutput(opts.Output, opts.Out, func(w io.Writer) error { return writeResult(w, format, res) })
	if err != nil {
		return &codeError{exitFailed, err}
	}
	return nil
}

// highlight returns the markers around the words found in a snippet: bold
// on a terminal, ** in Markdown, brackets elsewhere.
func highlight(format string, terminal bool) (before, after string) {
	switch {
	case format == formatTable && terminal:
		return "\x1b[1m", "\x1b[0m"
	case format == formatMarkdown:
		return "**", "**"
	}
	return "[", "]"
}

// searchResult is the table that `minutes search` prints.
func searchResult(hits []store.Hit) *store.Result {
	res := &store.Result{Columns: []string{"score", "file", "page", "kind", "snippet"}}
	for _, h := range hits {
		score := math.Round(h.Score*100) / 100
		res.Rows = append(res.Rows, []any{score, h.File, store.NullInt(h.Page), h.Kind, h.Snippet})
	}
	return res
}
