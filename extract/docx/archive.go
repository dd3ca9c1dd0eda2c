package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
)

// Decompression bounds: a real report's document.xml is a few megabytes.
const (
	maxPart  = 64 << 20  // bytes one part may decompress to
	maxTotal = 256 << 20 // bytes all the parts read may decompress to
)

// mainPart is the body of the document; the package relationships could
// name another part, but every producer we know writes this one.
const mainPart = "word/document.xml"

// notePart matches the parts read beside the body: running headers and
// footers, footnotes and endnotes.
var notePart = regexp.MustCompile(`^word/(header|footer)[0-9]*\.xml$|^word/(footnotes|endnotes)\.xml$`)

// archive is the zip with a running count of the bytes decompressed.
type archive struct {
	files map[string]*zip.File
	read  int64
}

// openArchive opens data as a zip holding word/document.xml, and refuses
// it at once when the parts Parse reads declare more than maxTotal bytes.
// archive/zip itself fails a part that decompresses past its declared
// size, so the declared sizes are a bound the reads will honour.
func openArchive(data []byte) (*archive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	a := &archive{files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		if _, dup := a.files[f.Name]; !dup {
			a.files[f.Name] = f
		}
	}
	if a.files[mainPart] == nil {
		return nil, fmt.Errorf("%w: no %s", ErrMalformed, mainPart)
	}
	var total uint64
	for _, name := range a.wanted() {
		size := a.files[name].UncompressedSize64
		if size > maxPart {
			return nil, fmt.Errorf("%s: %w: %d bytes, bound %d", name, ErrTooLarge, size, maxPart)
		}
		total += size
	}
	if total > maxTotal {
		return nil, fmt.Errorf("%w: parts declare %d bytes, bound %d", ErrTooLarge, total, maxTotal)
	}
	return a, nil
}

// wanted lists the parts Parse may read.
func (a *archive) wanted() []string {
	names := []string{mainPart, stylesPart, numberingPart, corePart}
	names = append(names, a.notes()...)
	var out []string
	for _, n := range names {
		if a.files[n] != nil {
			out = append(out, n)
		}
	}
	return out
}

// notes returns the header, footer and note parts present, headers and
// footers in their numeric order (header2 before header10).
func (a *archive) notes() []string {
	var out []string
	for name := range a.files {
		if notePart.MatchString(name) {
			out = append(out, name)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) < len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

// open returns a reader of the named part, or nil with no error when the
// archive has no such part. Reading past maxPart bytes of the part, or
// maxTotal bytes of all parts, fails with ErrTooLarge.
func (a *archive) open(name string) (io.ReadCloser, error) {
	f := a.files[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > maxPart {
		return nil, fmt.Errorf("%s: %w: %d bytes, bound %d", name, ErrTooLarge, f.UncompressedSize64, maxPart)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrMalformed, err)
	}
	return &boundedReader{r: io.LimitReader(rc, maxPart+1), c: rc, a: a, name: name}, nil
}

// boundedReader counts what it decompresses against both bounds.
type boundedReader struct {
	r    io.Reader
	c    io.Closer
	a    *archive
	n    int64
	name string
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	b.a.read += int64(n)
	if b.n > maxPart || b.a.read > maxTotal {
		return n, fmt.Errorf("%s: %w: over %d bytes", b.name, ErrTooLarge, min(b.n, b.a.read))
	}
	return n, err
}

func (b *boundedReader) Close() error { return b.c.Close() }
