package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress tells the operator how a run goes, on the error stream: a bar
// (files/s, ETA, failures so far) on a terminal, one line per file that
// is not unchanged otherwise, only failures with --quiet.
type progress struct {
	w      io.Writer
	quiet  bool
	bar    *progressbar.ProgressBar // nil when w is not a terminal
	failed int
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	p := &progress{w: w, quiet: quiet}
	if quiet || !isTerminal(w) {
		return p
	}
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// file reports one file's class; a failure is always printed as
// "path: reason".
func (p *progress) file(path, class string, err error) {
	if class == "failed" {
		p.failed++
		if p.bar != nil {
			p.bar.Clear()
			p.bar.Describe(fmt.Sprintf("ingest (%d failed)", p.failed))
		}
		fmt.Fprintf(p.w, "%s: %v\n", path, err)
	} else if p.bar == nil && !p.quiet && class != "unchanged" {
		fmt.Fprintf(p.w, "%s %s\n", class, path)
	}
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// warnings reports what a reader left out of a stored file, as
// "path: warning: …", even when quiet: the file is stored only in part.
func (p *progress) warnings(path string, ws []string) {
	if p.bar != nil && len(ws) > 0 {
		p.bar.Clear()
	}
	for _, w := range ws {
		fmt.Fprintf(p.w, "%s: warning: %s\n", path, w)
	}
}

// problem reports an error that is not about one file (an unreadable
// folder).
func (p *progress) problem(err error) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.w, err)
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
