package pdf

import (
	"fmt"

	"github.com/sahelim/minutes/extract/doc"
)

// item is one element of a page's flow: a line of text or a table.
type item struct {
	line  *line
	table *grid
	y     float64 // top, for ordering tables among lines
}

// document reads every page and lays the text out as blocks.
func (f *file) document(c Config) (*doc.Document, error) {
	fonts := newFontCache()
	var firstErr error
	glyphs := 0
	flows := make([][]item, 0, len(f.pages))
	var pages []pageText
	var scanned map[int][]Word
	scan := func(i int, p *pageText) error {
		words, err := f.scan(i, p, c)
		if err != nil {
			return err
		}
		if scanned == nil {
			scanned = map[int][]Word{}
		}
		scanned[i+1] = words
		return nil
	}
	// Pages without text whose images or drawings cover less of the page
	// are read by OCR only when the whole file has no text.
	var maybe []int
	held := map[int]pageText{}
	for i := range f.pages {
		p, err := f.readPage(i, fonts)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		switch kind := c.scanned(&p); {
		case err != nil:
			// A page that could not be read is no scan.
		case kind == scanPage:
			if err := scan(i, &p); err != nil {
				return nil, err
			}
		case kind == scanIfNoText:
			maybe = append(maybe, i)
			held[i] = p
		}
		glyphs += len(p.glyphs) + len(p.aside)
		pages = append(pages, pageText{n: p.n, w: p.w, h: p.h})
		flows = append(flows, p.flow())
	}
	if glyphs == 0 && firstErr == nil {
		for _, i := range maybe {
			p := held[i]
			if err := scan(i, &p); err != nil {
				return nil, err
			}
			glyphs += len(p.glyphs)
			flows[i] = p.flow()
		}
	}
	if glyphs == 0 {
		if len(scanned) > 0 {
			if len(scanned) == 1 {
				return nil, fmt.Errorf("%w, and OCR found no text on its scanned page", ErrNoText)
			}
			return nil, fmt.Errorf("%w, and OCR found no text on its %d scanned pages", ErrNoText, len(scanned))
		}
		if firstErr != nil {
			return nil, firstErr
		}
		return nil, ErrNoText
	}
	d := &doc.Document{Format: doc.PDF, Pages: len(f.pages), Title: f.title, Warnings: f.warnings(fonts),
		OCRPages: len(scanned)}
	flows = running(d, flows, pages)
	d.Blocks = newStyles(flows).blocks(flows)
	d.Renumber()
	confidences(d, scanned)
	return d, nil
}

// warnings say which streams were cut at maxStream: the text after the
// cut is missing from the document.
func (f *file) warnings(fonts *fontCache) []string {
	var out []string
	for _, p := range f.cut {
		out = append(out, fmt.Sprintf("page %d: content stream over %d MiB, cut there: the text after it is missing", p, maxStream>>20))
	}
	if fonts.cutForms > 0 {
		out = append(out, fmt.Sprintf("%d form XObjects over %d MiB, cut there: the text after the cuts is missing", fonts.cutForms, maxStream>>20))
	}
	return out
}

// flow returns the page's lines and tables in reading order: tables are
// placed among the lines by their top edge.
func (p *pageText) flow() []item {
	grids := findTables(p)
	var out []item
	for _, l := range buildLines(p.glyphs, p.n) {
		out = append(out, item{line: &l, y: l.y + l.size*0.8})
	}
	out = placeTables(out, grids)
	for _, l := range buildLines(p.aside, p.n) {
		l.aside = true
		out = append(out, item{line: &l, y: l.y})
	}
	return out
}

// placeTables inserts each table before the first line that starts below
// its top, keeping the lines' content order.
func placeTables(lines []item, grids []*grid) []item {
	if len(grids) == 0 {
		return lines
	}
	out := make([]item, 0, len(lines)+len(grids))
	gi := 0
	for _, it := range lines {
		for gi < len(grids) && it.y < grids[gi].top-1 {
			out = append(out, item{table: grids[gi], y: grids[gi].top})
			gi++
		}
		out = append(out, it)
	}
	for ; gi < len(grids); gi++ {
		out = append(out, item{table: grids[gi], y: grids[gi].top})
	}
	return out
}
