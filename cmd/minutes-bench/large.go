package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Sizes of the large files: an HTML report of 30 MB and a PDF of 500
// pages, generated for each run and never committed.
const (
	largeHTMLBytes = 30 << 20
	largePDFPages  = 500
)

// largeHTML is an HTML report of at least size bytes: the head of the
// first HTML fixture, then its body again and again, each copy varied
// like a document of the corpus (names, organizations, dates, repeated
// rows and paragraphs), so that sections, tables and agenda items
// differ from copy to copy.
func largeHTML(fixtures []*fixture, seed uint64, size int) []byte {
	fx := fixtures[0]
	s := string(fx.Data)
	head, body := s, ""
	if i := strings.Index(s, "<body"); i >= 0 {
		if j := strings.Index(s[i:], ">"); j >= 0 {
			head, body = s[:i+j+1], s[i+j+1:]
		}
	}
	if k := strings.LastIndex(body, "</body>"); k >= 0 {
		body = body[:k]
	}
	var b strings.Builder
	b.WriteString(head)
	for i := 0; b.Len() < size; i++ {
		v := newVariation(rand.New(rand.NewPCG(seed, uint64(i)+1<<32)), fx)
		b.WriteString(v.varyHTML(body, "section "+strconv.Itoa(i)))
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// largePDF writes a PDF of pages pages to path: the PDF fixtures one
// after the other, again and again, cut at pages (qpdf --pages).
func largePDF(ctx context.Context, qpdf string, fixtures []*fixture, pages int, path string) error {
	args := []string{"--deterministic-id", "--empty", "--pages"}
	n := 0
	for n < pages {
		for _, fx := range fixtures {
			if n >= pages {
				break
			}
			take := min(fx.Pages, pages-n)
			args = append(args, fx.Path, "1-"+strconv.Itoa(take))
			n += take
		}
	}
	args = append(args, "--", path)
	if msg, err := exec.CommandContext(ctx, qpdf, args...).CombinedOutput(); err != nil && !warningsOnly(err) {
		return fmt.Errorf("qpdf large PDF: %w: %s", err, lastLines(string(msg), 3))
	}
	return nil
}

// largeRow is one large file ingested alone.
type largeRow struct {
	Name    string
	Short   string // for the targets
	Size    int64
	Blocks  int
	Run     measurement
	Stages  stageTimes
	Failure string // why ingest failed the file; "" when it was stored
}

// large generates the large files, ingests each alone under the default
// limits and measures it in process too.
func (b *bench) large(ctx context.Context, fixtures map[string][]*fixture, qpdf string) ([]largeRow, error) {
	dir := filepath.Join(b.work, "large")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	size := largeHTMLBytes
	pages := largePDFPages
	if b.opts.Smoke {
		size, pages = 256<<10, 20
	}
	htmlPath := filepath.Join(dir, "html", "report.html")
	pdfPath := filepath.Join(dir, "pdf", "report.pdf")
	for _, p := range []string{htmlPath, pdfPath} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(htmlPath, largeHTML(fixtures["html"], b.opts.Seed, size), 0o644); err != nil {
		return nil, err
	}
	if err := largePDF(ctx, qpdf, fixtures["pdf"], pages, pdfPath); err != nil {
		return nil, err
	}
	var rows []largeRow
	for _, f := range []struct{ name, short, path string }{
		{fmt.Sprintf("HTML report (%s)", mb(fileSize(htmlPath))), "HTML", htmlPath},
		{fmt.Sprintf("PDF report (%d pages)", pages), "PDF", pdfPath},
	} {
		row, err := b.largeFile(ctx, f.name, f.path)
		row.Short = f.short
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func (b *bench) largeFile(ctx context.Context, name, path string) (largeRow, error) {
	row := largeRow{Name: name, Size: fileSize(path)}
	// A large file that fails (timeout, memory) is a missed target, not a
	// broken harness.
	m, err := b.in.ingest(ctx, filepath.Dir(path), filepath.Join(b.work, "large-"+filepath.Base(path)+".db"))
	if err != nil {
		return row, err
	}
	row.Run = m
	if m.Summary.Failed > 0 {
		row.Failure = "failed"
		if len(m.Summary.Failures) > 0 {
			row.Failure = m.Summary.Failures[0].Error
		}
	}
	s, err := openStager(ctx, filepath.Join(b.work, "large-stages.db"))
	if err != nil {
		return row, err
	}
	defer s.close()
	row.Stages, err = s.file(ctx, path)
	row.Blocks = row.Stages.Blocks
	return row, err
}
