package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/isolate"
	"github.com/sahelim/minutes/store"
)

// action is what the writer must do with a file a worker has looked at.
type action int

const (
	actSkip  action = iota // unchanged path, size and mtime: nothing to write
	actTouch               // content already stored: record the path
	actSave                // parsed: store the extraction
	actFail                // unreadable: record the reason
)

// result is what a worker made of one file. prev is what the files table
// held for the path (hadPrev false for a path never seen); stored tells
// whether the content was in documents before the run.
type result struct {
	file    store.File
	act     action
	prev    store.Known
	hadPrev bool
	stored  bool
	docID   int64
	format  string
	ext     store.Extraction
	err     error
}

// ingester runs one ingest: workers read, hash and parse; the caller's
// goroutine writes, one transaction per file.
type ingester struct {
	db    *store.DB
	opts  *ingestOptions
	known map[string]store.Known // read-only once the workers start
	pool  *isolate.Pool
}

// run feeds files to the workers and hands each result to write, in the
// calling goroutine. When write fails, the workers are stopped and its
// error is returned.
func (in *ingester) run(ctx context.Context, files []string, write func(result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make(chan result)
	go in.produce(ctx, files, results)
	var err error
	for r := range results {
		if err != nil {
			continue // drain: the workers stop at the cancelled context
		}
		if err = write(r); err != nil {
			cancel()
		}
	}
	return err
}

func (in *ingester) produce(ctx context.Context, files []string, results chan<- result) {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range max(in.opts.Workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				r := in.process(ctx, p)
				if ctx.Err() != nil {
					return // a cancelled parse is no failure of the file
				}
				results <- r
			}
		}()
	}
feed:
	for _, p := range files {
		select {
		case jobs <- p:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	in.pool.Close()
	close(results)
}

// process decides, with as little work as it can, what to do with one file:
// the fast path compares size and mtime with the files table; otherwise the
// file is read and hashed, and parsed in a child only if its content is
// not stored yet by this extractor version.
func (in *ingester) process(ctx context.Context, path string) result {
	r := result{file: store.File{Path: path}, act: actFail}
	r.prev, r.hadPrev = in.known[path]
	info, err := openFile(path)
	if err != nil {
		r.err = err
		return r
	}
	r.file.Bytes, r.file.ModTime = info.Size(), info.ModTime()
	if !in.opts.Reextract && r.hadPrev && r.prev.Unchanged(r.file, extract.Version) {
		r.act = actSkip
		return r
	}
	if limit := int64(in.opts.MaxFileSize); limit > 0 && info.Size() > limit {
		r.file.SHA256, r.err = hashFile(path)
		if r.err != nil {
			r.err = unwrapPath(r.err)
		} else {
			r.err = &limitError{fmt.Errorf("file too large: %d bytes, over the %s limit", info.Size(), in.opts.MaxFileSize.String()), "--max-file-size"}
		}
		return r
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.err = unwrapPath(err)
		return r
	}
	sum := sha256.Sum256(data)
	r.file.SHA256 = hex.EncodeToString(sum[:])
	return in.parse(ctx, r, data)
}

func (in *ingester) parse(ctx context.Context, r result, data []byte) result {
	st, ok, err := in.db.Stored(ctx, r.file.SHA256)
	if err != nil {
		r.err = err
		return r
	}
	r.stored, r.docID = ok, st.ID
	if ok && st.Status == "ok" && st.Version == extract.Version && !in.opts.Reextract {
		r.act = actTouch
		return r
	}
	res, err := in.pool.Parse(ctx, data)
	r.format = res.Format
	if err != nil {
		r.err = limitHint(err)
		return r
	}
	r.act, r.ext = actSave, store.Extraction{Doc: res.Doc, Meeting: res.Meeting, Version: extract.Version, KeepStored: !in.opts.Reextract,
		NoMerge: in.opts.NoMerge}
	return r
}

// limitHint turns a limit the file reached into a reason that says what to
// do about it; other errors are returned as they are.
func limitHint(err error) error {
	switch {
	case errors.Is(err, isolate.ErrTimeout):
		return &limitError{err, "--timeout"}
	case errors.Is(err, isolate.ErrOutOfMemory):
		return &limitError{err, "--max-memory"}
	}
	return err
}

// limitError is a limit a file reached, set by flag: a large valid file is
// not a broken one, so it is recorded as a limit (store.ErrLimit) and its
// message says what to do.
type limitError struct {
	err  error
	flag string
}

func (e *limitError) Error() string {
	return e.err.Error() + ": raise " + e.flag + " or report it"
}

func (e *limitError) Unwrap() []error { return []error{e.err, store.ErrLimit} }

// hashFile hashes a file without holding it in memory.
func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// class names what happened to a file, for the counts and the log:
// "unchanged", "new", "changed", "moved", "reextracted" or "failed".
func (r result) class() string {
	switch {
	case r.act == actFail:
		return "failed"
	case r.act == actSkip:
		return "unchanged"
	case r.hadPrev && r.prev.SHA256 != r.file.SHA256:
		return "changed"
	case r.hadPrev && r.act == actTouch:
		return "unchanged"
	case r.hadPrev:
		return "reextracted"
	case r.stored:
		return "moved"
	}
	return "new"
}

// write stores one result, in one transaction.
func (in *ingester) write(ctx context.Context, r result) error {
	switch r.act {
	case actTouch:
		if r.hadPrev && r.prev.Unchanged(r.file, extract.Version) && r.prev.SHA256 == r.file.SHA256 {
			return nil
		}
		return in.db.Touch(ctx, r.file, r.docID)
	case actSave:
		_, err := in.db.Save(ctx, r.file, r.ext)
		return err
	case actFail:
		if r.file.SHA256 == "" {
			return in.db.FailUnread(ctx, r.file, r.err, extract.Version)
		}
		return in.db.Fail(ctx, r.file, r.format, r.err, extract.Version)
	}
	return nil
}

// count adds class c to counts.
func count(counts *store.Counts, c string) {
	switch c {
	case "new":
		counts.New++
	case "changed":
		counts.Changed++
	case "unchanged":
		counts.Unchanged++
	case "moved":
		counts.Moved++
	case "reextracted":
		counts.Reextracted++
	case "failed":
		counts.Failed++
	}
}
