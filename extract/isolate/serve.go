// Package isolate parses files in child processes, so that a reader that
// loops, balloons or crashes on a file takes down only its child (as
// Apache Tika's forked parser does). The parent keeps a [Pool] of
// long-lived children; each child runs [Serve] on its standard input and
// output.
//
// The protocol is private to one build of minutes: each file goes to the
// child framed by its length (8 bytes, big-endian) and comes back as one
// line of JSON holding the document in its lossless form
// ([doc.Document.MarshalJSON]) and the meeting, or the reader's error.
package isolate

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"syscall"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
)

// answer is what a child writes for one file: the document model and the
// meeting, or the reason the file could not be read. Format is the format
// detected, "" when unknown.
type answer struct {
	Format  string           `json:"format,omitempty"`
	Error   string           `json:"error,omitempty"`
	Doc     *doc.Document    `json:"doc,omitempty"`
	Meeting *minutes.Meeting `json:"meeting,omitempty"`
}

// Serve is the child's side: it reads files from in, each framed by its
// length, and writes for each one line of JSON to out, until in ends.
func Serve(in io.Reader, out io.Writer, opts extract.Options) error {
	return serve(in, out, func(data []byte) answer { return parse(data, opts) })
}

// serve answers each file of in with f.
func serve(in io.Reader, out io.Writer, f func([]byte) answer) error {
	r := bufio.NewReader(in)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for {
		var n uint64
		if err := binary.Read(r, binary.BigEndian, &n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read input: %w", err)
		}
		data := make([]byte, n)
		if _, err := io.ReadFull(r, data); err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		if err := enc.Encode(f(data)); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
}

func parse(data []byte, opts extract.Options) answer {
	format, _ := extract.Detect(data)
	a := answer{Format: format}
	d, m, err := opts.File(data)
	if err != nil {
		a.Error = err.Error()
	} else {
		a.Doc, a.Meeting = d, m
	}
	return a
}

// LimitMemory caps the address space of this process (RLIMIT_AS) at n
// bytes: past it, allocations fail and the Go runtime exits with "out of
// memory". The garbage collector is told a lower soft limit so that a
// large but finite parse collects before it hits the wall. n <= 0 sets no
// limit.
func LimitMemory(n int64) error {
	if n <= 0 {
		return nil
	}
	lim := &syscall.Rlimit{Cur: uint64(n), Max: uint64(n)}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, lim); err != nil {
		return fmt.Errorf("limit memory to %d bytes: %w", n, err)
	}
	debug.SetMemoryLimit(n / 2)
	return nil
}
