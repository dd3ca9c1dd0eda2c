package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/store"
)

type showOptions struct {
	*globalOptions
	Target   string
	JSON     bool
	Password string
	OCR      string

	Out io.Writer
}

func newShowCmd(g *globalOptions, runF func(context.Context, *showOptions) error) *cobra.Command {
	opts := &showOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "show FILE|ID",
		Short: "Print a report's document model and what was extracted from it",
		Long: `Reads a file (or the file of a stored document, by its id) and prints its
document model, one block per line, then the extracted meeting with the
provenance of each value. --json prints the public JSON form:
{"file", "format", "pages", "blocks": [...], "meeting": {...}}.`,
		Example: `  minutes show testdata/corpus/2019-03-28_cluster-sante_bankass.docx
  minutes show 3 --db minutes.db
  minutes show rapport.pdf --json | jq '.blocks[] | select(.kind == "table")'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Target = args[0]
			opts.Out = cmd.OutOrStdout()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runShow(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&opts.Password, "password", os.Getenv("MINUTES_PDF_PASSWORD"), "user password of a protected PDF ($MINUTES_PDF_PASSWORD)")
	cmd.Flags().StringVar(&opts.OCR, "ocr", "auto", "read scanned PDF pages with Tesseract: auto, off or force")
	return cmd
}

func runShow(ctx context.Context, opts *showOptions) error {
	path, err := showPath(ctx, opts)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return &codeError{exitFailed, err}
	}
	if err := checkOCR(opts.OCR); err != nil {
		return &codeError{exitUsage, err}
	}
	d, m, err := extract.Options{Password: opts.Password, OCR: opts.OCR}.File(data)
	if err != nil {
		return &codeError{exitFailed, fmt.Errorf("%s: %w", path, err)}
	}
	if opts.JSON {
		return writeShowJSON(opts.Out, filepath.Base(path), d, m)
	}
	fmt.Fprint(opts.Out, doc.Format(d))
	fmt.Fprintln(opts.Out)
	fmt.Fprint(opts.Out, extract.FormatMeeting(m))
	return nil
}

// showPath resolves the argument: an existing file, or the id of a stored
// document whose file is read again.
func showPath(ctx context.Context, opts *showOptions) (string, error) {
	if _, err := os.Stat(opts.Target); err == nil {
		return opts.Target, nil
	}
	id, err := strconv.ParseInt(opts.Target, 10, 64)
	if err != nil {
		return "", fmt.Errorf("%s: no such file, and not a document id", opts.Target)
	}
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return "", err
	}
	defer db.Close()
	return db.DocumentPath(ctx, id)
}

// showJSON is the output of `show --json`: the public document form and
// the extracted meeting.
type showJSON struct {
	doc.JSONDocument
	Meeting map[string]any `json:"meeting,omitempty"`
}

func writeShowJSON(w io.Writer, name string, d *doc.Document, m *minutes.Meeting) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(showJSON{JSONDocument: doc.JSON(name, d), Meeting: extract.MeetingJSON(m)})
}
