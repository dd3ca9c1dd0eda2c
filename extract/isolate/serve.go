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
	// Before each page it OCRs, the child says so: the pool gives the
	// file its time limit anew. The answer of the previous file has been
	// flushed, so the line goes out alone.
	opts.OCRPage = func(int) { out.Write(ocrProgress) }
	return serve(in, out, func(data []byte) answer { return parse(data, opts) })
}

// ocrProgress is the line a child writes before it OCRs a page.
var ocrProgress = []byte(`{"ocr":1}` + "\n")

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

// LimitMemory prepares this process to parse within n bytes of resident
// memory, the limit its Pool watches: the garbage collector gets a soft
// limit just under n (debug.SetMemoryLimit), so that a large but finite
// parse collects before the pool kills it, and the address space is capped
// (RLIMIT_AS) far higher, at safetyNet(n), only to stop a runaway
// allocation between two readings of the pool. n <= 0 sets no limit.
func LimitMemory(n int64) error {
	if n <= 0 {
		return nil
	}
	as := uint64(safetyNet(n))
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: as, Max: as}); err != nil {
		return fmt.Errorf("limit address space to %d bytes: %w", as, err)
	}
	debug.SetMemoryLimit(n - n/8)
	return nil
}

// safetyNet is the address-space limit of a child whose resident memory is
// limited to n: a Go process reserves about four times what it uses, and
// at start-up already 1.7 GB (the heap's arenas and index, and a 64 MB
// malloc arena per thread of the C library linked for SQLite).
func safetyNet(n int64) int64 {
	return 4*n + 4<<30
}
