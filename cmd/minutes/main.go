// Command minutes turns French meeting reports (PDF, DOCX, HTML) into a
// queryable SQLite database.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes, documented in docs/nightly.md.
const (
	exitOK     = 0
	exitFailed = 1 // some files failed; everything else was stored
	exitUsage  = 2 // usage or configuration error
	exitLocked = 3 // another run holds the database

	// exitInterrupted: Ctrl-C or SIGTERM stopped an ingest (128 + SIGINT,
	// as a shell reports a command killed by Ctrl-C).
	exitInterrupted = 130
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:]))
}

func run(ctx context.Context, args []string) int {
	cmd := newRootCmd()
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil {
			fmt.Fprintln(os.Stderr, "minutes:", ce.err)
		}
		return ce.code
	}
	fmt.Fprintln(os.Stderr, "minutes:", err)
	return exitUsage
}

// codeError carries an exit code up to main; err may be nil when the
// command already printed what went wrong.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *codeError) Unwrap() error { return e.err }
