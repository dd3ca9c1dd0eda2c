package doc

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Format prints d one block per line, the form used by golden tests and by
// `minutes show`:
//
//	p1 #0 h1: COMPTE RENDU
//	p1 #3 li1 "1-": Suivi du plan d'action
//	p2 #7 table 4x3
//	p2 #7 r1: Points | Discussions | Décisions
//
// Inside a cell, the blocks are separated by " ⏎ ". A block read by OCR
// has its words' mean confidence after its position: "p1 #4 ocr 0.93 p: …".
func Format(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format %s pages %d blocks %d", d.Format, d.Pages, len(d.Blocks))
	if d.OCRPages > 0 {
		fmt.Fprintf(&b, " ocr pages %d", d.OCRPages)
	}
	b.WriteByte('\n')
	if d.Title != "" {
		fmt.Fprintf(&b, "title: %s\n", d.Title)
	}
	for _, h := range d.Headers {
		fmt.Fprintf(&b, "header: %s\n", h)
	}
	for _, f := range d.Footers {
		fmt.Fprintf(&b, "footer: %s\n", f)
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	for _, blk := range d.Blocks {
		p := blk.Position()
		prefix := fmt.Sprintf("p%d #%d", p.Page, p.Index)
		if c, ok := d.OCR[p.Index]; ok {
			prefix += fmt.Sprintf(" ocr %.2f", c)
		}
		switch blk := blk.(type) {
		case *Heading:
			fmt.Fprintf(&b, "%s h%d: %s\n", prefix, blk.Level, blk.Text)
		case *Paragraph:
			fmt.Fprintf(&b, "%s p: %s\n", prefix, blk.Text)
		case *ListItem:
			fmt.Fprintf(&b, "%s li%d %q: %s\n", prefix, blk.Level, blk.Marker, blk.Text)
		case *Table:
			fmt.Fprintf(&b, "%s table %dx%d\n", prefix, len(blk.Rows), blk.Columns())
			for i, r := range blk.Rows {
				cells := r.Texts()
				for j := range cells {
					cells[j] = strings.ReplaceAll(cells[j], "\n", " ⏎ ")
				}
				fmt.Fprintf(&b, "%s r%d: %s\n", prefix, i+1, strings.Join(cells, " | "))
			}
		}
	}
	return b.String()
}

// jsonBlock is the public JSON form of a block (`minutes show --json`).
type jsonBlock struct {
	Kind   string     `json:"kind"`
	Page   int        `json:"page"`
	Index  int        `json:"index"`
	Level  int        `json:"level,omitempty"`
	Marker string     `json:"marker,omitempty"`
	Text   *string    `json:"text,omitempty"`
	Rows   [][]string `json:"rows,omitempty"`
	OCR    *float64   `json:"ocr,omitempty"` // confidence of a block read by OCR
}

// jsonLine is a running header or footer line: an object with its text,
// so that tools reading every "text" of a document find these too.
type jsonLine struct {
	Text string `json:"text"`
}

func jsonLines(ss []string) []jsonLine {
	var out []jsonLine
	for _, s := range ss {
		out = append(out, jsonLine{Text: s})
	}
	return out
}

// JSONDocument is the public JSON form of a document.
type JSONDocument struct {
	File     string     `json:"file"`
	Format   string     `json:"format"`
	Pages    int        `json:"pages"`
	OCRPages int        `json:"ocr_pages,omitempty"` // pages read by OCR
	Title    string     `json:"title,omitempty"`
	Headers  []jsonLine `json:"headers,omitempty"`
	Footers  []jsonLine `json:"footers,omitempty"`
	// Warnings say what the reader left out; absent when nothing.
	Warnings []string    `json:"warnings,omitempty"`
	Blocks   []jsonBlock `json:"blocks"`
}

// MarshalJSON returns the public JSON form of d, named file (see JSON).
func MarshalJSON(file string, d *Document) ([]byte, error) {
	return json.MarshalIndent(JSON(file, d), "", "  ")
}

// JSON returns the public JSON form of d, named file: each block has kind
// (heading, paragraph, list_item, table), page, and either text (with
// level, and marker for list items) or rows of cell strings, a cell's
// blocks joined with a newline.
func JSON(file string, d *Document) JSONDocument {
	out := JSONDocument{File: file, Format: d.Format, Pages: d.Pages, OCRPages: d.OCRPages, Title: d.Title,
		Headers: jsonLines(d.Headers), Footers: jsonLines(d.Footers), Warnings: d.Warnings, Blocks: []jsonBlock{}}
	for _, blk := range d.Blocks {
		p := blk.Position()
		jb := jsonBlock{Page: p.Page, Index: p.Index}
		if c, ok := d.OCR[p.Index]; ok {
			jb.OCR = &c
		}
		switch blk := blk.(type) {
		case *Heading:
			jb.Kind, jb.Level, jb.Text = "heading", blk.Level, &blk.Text
		case *Paragraph:
			jb.Kind, jb.Text = "paragraph", &blk.Text
		case *ListItem:
			jb.Kind, jb.Level, jb.Marker, jb.Text = "list_item", blk.Level, blk.Marker, &blk.Text
		case *Table:
			jb.Kind = "table"
			jb.Rows = [][]string{}
			for _, r := range blk.Rows {
				jb.Rows = append(jb.Rows, r.Texts())
			}
		}
		out.Blocks = append(out.Blocks, jb)
	}
	return out
}
