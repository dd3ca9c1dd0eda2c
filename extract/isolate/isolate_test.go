package isolate

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
)

// childArg makes the test binary a parsing child: it serves files as the
// real child does, under the memory limit of its next argument, except
// that the files "crash", "hang" and "balloon" do what they say.
const childArg = "__isolate-child"

// defaultMemory is the memory limit of ingest's children by default.
const defaultMemory = 2 << 30

func TestMain(m *testing.M) {
	if len(os.Args) > 2 && os.Args[1] == childArg {
		limit, _ := strconv.ParseInt(os.Args[2], 10, 64)
		if err := LimitMemory(limit); err != nil {
			panic(err)
		}
		if err := serve(os.Stdin, os.Stdout, misbehave); err != nil {
			panic(err)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func misbehave(data []byte) answer {
	switch string(data) {
	case "crash":
		var m map[string]int
		m["nil map"]++
	case "hang":
		for {
		}
	case "balloon":
		var keep [][]byte
		for {
			b := make([]byte, 16<<20)
			for i := range b {
				b[i] = 1
			}
			keep = append(keep, b)
		}
	}
	return parse(data, extract.Options{})
}

// newPool returns a pool of test children under the given limits.
func newPool(t *testing.T, timeout time.Duration, memory int64) *Pool {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	p := &Pool{Command: []string{self, childArg, strconv.FormatInt(memory, 10)}, Timeout: timeout, MaxMemory: memory}
	t.Cleanup(p.Close)
	return p
}

func corpus(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, ext := range []string{"pdf", "docx", "html"} {
		m, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*."+ext))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	return files
}

// TestParse checks that a child's answer is what parsing in this process
// gives: the document model (with continued cells) and the meeting of every
// corpus report survive the trip unchanged, through one reused child.
func TestParse(t *testing.T) {
	p := newPool(t, 0, defaultMemory)
	for _, path := range corpus(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.Parse(context.Background(), data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want, m, err := extract.Options{}.File(data)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Format(got.Doc) != doc.Format(want) || !reflect.DeepEqual(got.Doc, want) {
			t.Errorf("%s: document changed by the trip", path)
		}
		if !reflect.DeepEqual(got.Meeting, m) {
			t.Errorf("%s: meeting changed by the trip:\n got %+v\nwant %+v", path, got.Meeting, m)
		}
		if got.Format != want.Format {
			t.Errorf("%s: format %q, want %q", path, got.Format, want.Format)
		}
	}
	if n := len(p.idle); n != 1 {
		t.Errorf("%d idle children after sequential parses, want 1", n)
	}
}

// TestMisbehave checks that a child that crashes, hangs or balloons fails
// only its file, with its reason, and that the next file is read by a new
// child.
func TestMisbehave(t *testing.T) {
	tests := []struct {
		file string
		want error
		text string
	}{
		{"crash", ErrCrashed, "parser crashed: panic: assignment to entry in nil map"},
		{"hang", ErrTimeout, "timed out after 500ms"},
		{"balloon", ErrOutOfMemory, "out of memory (limit 256MiB)"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			// The time limit only ends the hanging child; no other file
			// comes near it, however busy the machine.
			p := newPool(t, 500*time.Millisecond, 256<<20)
			if tt.file != "hang" {
				p.Timeout = 0
			}
			_, err := p.Parse(context.Background(), []byte(tt.file))
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("Parse(%s) = %v, want %q", tt.file, err, tt.text)
			}
			res, err := p.Parse(context.Background(), []byte("<p>Ordre du jour</p>"))
			if err != nil || res.Doc == nil || res.Format != doc.HTML {
				t.Errorf("the next file: %+v, %v", res, err)
			}
		})
	}
}

// TestReaderError checks that a file the readers reject gives their error
// and the format detected, and leaves the child in use.
func TestReaderError(t *testing.T) {
	p := newPool(t, 0, defaultMemory)
	res, err := p.Parse(context.Background(), []byte("%PDF-1.4\nnot a pdf"))
	if err == nil || errors.Is(err, ErrCrashed) || res.Format != doc.PDF {
		t.Errorf("Parse(broken pdf) = %+v, %v", res, err)
	}
	if n := len(p.idle); n != 1 {
		t.Errorf("%d idle children, want the child kept", n)
	}
}

// TestCancel checks that an ended context kills the child.
func TestCancel(t *testing.T) {
	p := newPool(t, 0, defaultMemory)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := p.Parse(ctx, []byte("hang"))
		done <- err
	}()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Parse after cancel = %v", err)
	}
}
