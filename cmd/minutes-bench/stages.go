package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/store"
)

// stageTimes is the CPU time of each stage of the ingest over a set of
// documents, measured in this process (no child, no wire): read is the
// format's reader (bytes to document model), extract the French
// heuristics and normalization (document model to meeting), store the
// SQLite transaction.
type stageTimes struct {
	Docs                 int
	Blocks               int // of the documents read, counting those in table cells
	Read, Extract, Store time.Duration
}

func (s stageTimes) total() time.Duration { return s.Read + s.Extract + s.Store }

// perDoc is a stage's CPU milliseconds per document.
func (s stageTimes) perDoc(d time.Duration) float64 {
	return d.Seconds() * 1000 / float64(max(s.Docs, 1))
}

// add adds t's times and counts to s.
func (s *stageTimes) add(t stageTimes) {
	s.Docs += t.Docs
	s.Blocks += t.Blocks
	s.Read += t.Read
	s.Extract += t.Extract
	s.Store += t.Store
}

// cpuTime is the user and system time of this process so far, including
// the garbage collector's, which is charged to the stage that made the
// garbage, more or less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stager runs the stages in this process into one database.
type stager struct {
	db *store.DB
}

func openStager(ctx context.Context, path string) (*stager, error) {
	os.Remove(path)
	db, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return &stager{db: db}, nil
}

func (s *stager) close() error { return s.db.Close() }

// file reads, extracts and stores one file, timing each stage. A file the
// readers reject is an error: generated documents must parse.
func (s *stager) file(ctx context.Context, path string) (stageTimes, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return stageTimes{}, err
	}
	sum := sha256.Sum256(data)
	f := store.File{Path: path, Bytes: int64(len(data)), ModTime: time.Now(), SHA256: hex.EncodeToString(sum[:])}
	return s.data(ctx, f, data)
}

func (s *stager) data(ctx context.Context, f store.File, data []byte) (stageTimes, error) {
	t := stageTimes{Docs: 1}
	t0 := cpuTime()
	d, err := extract.Options{}.Parse(data)
	t1 := cpuTime()
	if err != nil {
		return t, fmt.Errorf("%s: %w", f.Path, err)
	}
	m := extract.Meeting(d)
	t2 := cpuTime()
	_, err = s.db.Save(ctx, f, store.Extraction{Doc: d, Meeting: m, Version: extract.Version})
	t3 := cpuTime()
	t.Read, t.Extract, t.Store = t1-t0, t2-t1, t3-t2
	t.Blocks = countBlocks(d.Blocks)
	return t, err
}

// countBlocks counts blocks, those inside table cells included.
func countBlocks(bs []doc.Block) int {
	n := 0
	for _, b := range bs {
		n++
		if t, ok := b.(*doc.Table); ok {
			for _, r := range t.Rows {
				for _, c := range r.Cells {
					n += countBlocks(c.Blocks)
				}
			}
		}
	}
	return n
}

// stages runs every document of c through the stages in this process,
// sequentially, and returns the times by format. With profile set, the
// CPU profile of these stages is written there.
func (b *bench) stages(ctx context.Context, c *corpus) (map[string]stageTimes, error) {
	if b.opts.CPUProfile != "" {
		f, err := os.Create(b.opts.CPUProfile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
		defer pprof.StopCPUProfile()
	}
	s, err := openStager(ctx, filepath.Join(b.work, "stages.db"))
	if err != nil {
		return nil, err
	}
	defer s.close()
	runtime.GC()
	by := map[string]stageTimes{}
	for _, d := range c.Docs {
		t, err := s.file(ctx, filepath.Join(c.Dir, d.Path))
		if err != nil {
			return nil, err
		}
		st := by[d.Format]
		st.add(t)
		by[d.Format] = st
	}
	return by, nil
}
