package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/isolate"
)

// parseCmdName is the hidden subcommand that parses files in a child
// process of ingest (see package isolate).
const parseCmdName = "__parse"

type parseOptions struct {
	MaxMemory  byteSize
	Password   string
	OCR        string
	CPUProfile string // written to CPUProfile.child-PID

	In  io.Reader
	Out io.Writer
}

func newParseCmd() *cobra.Command {
	opts := &parseOptions{MaxMemory: 2 << 30}
	cmd := &cobra.Command{
		Use:    parseCmdName,
		Short:  "Parse the files framed on standard input (ingest runs it in child processes)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.Out = cmd.InOrStdin(), cmd.OutOrStdout()
			return runParse(opts)
		},
	}
	cmd.Flags().Var(&opts.MaxMemory, "max-memory", "resident memory limit the parent watches (see isolate.LimitMemory)")
	cmd.Flags().StringVar(&opts.Password, "password", os.Getenv("MINUTES_PDF_PASSWORD"), "user password of protected PDFs")
	cmd.Flags().StringVar(&opts.OCR, "ocr", "auto", "OCR of scanned pages: auto, off or force")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile to FILE.child-PID")
	return cmd
}

// runParse limits its own memory, then serves the files of its input.
func runParse(opts *parseOptions) error {
	if err := isolate.LimitMemory(int64(opts.MaxMemory)); err != nil {
		return err
	}
	if opts.CPUProfile != "" {
		stop, err := startCPUProfile(fmt.Sprintf("%s.child-%d", opts.CPUProfile, os.Getpid()))
		if err != nil {
			return err
		}
		defer stop()
	}
	return isolate.Serve(opts.In, opts.Out, extract.Options{Password: opts.Password, OCR: opts.OCR})
}
