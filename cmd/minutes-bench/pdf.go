package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// PDFs cannot be re-rendered with other text, so they vary by page count
// and bytes only. qpdf rebuilds each fixture with its pages selected or
// repeated (pdfLayouts); each copy then gets a comment of its own before
// the final startxref, a legal place for a PDF comment that moves no
// offset, so that its SHA-256 differs and ingest really parses it.
const pdfMethod = "PDFs: qpdf page layouts (half, whole, whole + half, twice) of each fixture, text unchanged; each copy made distinct by a comment before its final startxref"

// pdfLayouts are the page selections of a fixture of n pages, for qpdf's
// --pages, with the page count each gives.
var pdfLayouts = []struct {
	ranges func(n int) []string
	pages  func(n int) int
}{
	{func(n int) []string { return []string{"1-" + strconv.Itoa(half(n))} }, half},
	{func(n int) []string { return []string{"1-z"} }, func(n int) int { return n }},
	{func(n int) []string { return []string{"1-z", "1-" + strconv.Itoa(half(n))} }, func(n int) int { return n + half(n) }},
	{func(n int) []string { return []string{"1-z", "1-z"} }, func(n int) int { return 2 * n }},
}

func half(n int) int { return (n + 1) / 2 }

// pdfPool builds each fixture layout once with qpdf and keeps it.
type pdfPool struct {
	QPDF string // path of qpdf
	Dir  string // scratch folder

	mu     sync.Mutex
	layout map[string][]byte // fixture path + layout → bytes
}

// get returns the bytes of layout i of fx and its page count.
func (p *pdfPool) get(ctx context.Context, fx *fixture, i int) ([]byte, int, error) {
	l := pdfLayouts[i]
	key := fx.Path + "#" + strconv.Itoa(i)
	p.mu.Lock()
	defer p.mu.Unlock()
	if data, ok := p.layout[key]; ok {
		return data, l.pages(fx.Pages), nil
	}
	out := filepath.Join(p.Dir, fmt.Sprintf("layout-%d-%d.pdf", len(p.layout), i))
	args := []string{"--deterministic-id", fx.Path, "--pages"}
	for _, r := range l.ranges(fx.Pages) {
		args = append(args, fx.Path, r)
	}
	args = append(args, "--", out)
	if msg, err := exec.CommandContext(ctx, p.QPDF, args...).CombinedOutput(); err != nil && !warningsOnly(err) {
		return nil, 0, fmt.Errorf("qpdf %s: %w: %s", fx.Path, err, bytes.TrimSpace(msg))
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return nil, 0, err
	}
	if p.layout == nil {
		p.layout = make(map[string][]byte)
	}
	p.layout[key] = data
	return data, l.pages(fx.Pages), nil
}

// warningsOnly reports qpdf's exit status 3: written, with warnings.
func warningsOnly(err error) bool {
	e, ok := err.(*exec.ExitError)
	return ok && e.ExitCode() == 3
}

// markPDF returns data with a comment line holding mark inserted before
// the last startxref.
func markPDF(data []byte, mark string) ([]byte, error) {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return nil, fmt.Errorf("no startxref")
	}
	out := make([]byte, 0, len(data)+len(mark)+4)
	out = append(out, data[:i]...)
	out = append(out, "% "+mark+"\n"...)
	return append(out, data[i:]...), nil
}

// pdfPages counts the pages of a PDF with qpdf.
func pdfPages(ctx context.Context, qpdf, path string) (int, error) {
	out, err := exec.CommandContext(ctx, qpdf, "--show-npages", path).Output()
	if err != nil && !warningsOnly(err) {
		return 0, fmt.Errorf("count pages of %s: %w", path, err)
	}
	return strconv.Atoi(strings.TrimSpace(string(out)))
}
