// Package doc is the document model shared by every reader: an ordered list
// of blocks (headings, paragraphs, list items, tables), each with its
// position in the source file. It knows no file format and no French.
package doc

import "strings"

// The file formats minutes reads, as stored in Document.Format.
const (
	PDF  = "pdf"
	DOCX = "docx"
	HTML = "html"
)

// Document is one file read into blocks. Pages is 0 for formats without
// pages. Headers and Footers hold running page headers and footers, kept
// apart from the body so that extractors never mistake them for content.
// Warnings say what a reader had to leave out of a file it could read
// ("page 3: content stream cut at 64 MiB"); nil when nothing was.
type Document struct {
	Format   string // PDF, DOCX or HTML
	Pages    int
	Title    string // title from the file's metadata, "" if none
	Blocks   []Block
	Headers  []string
	Footers  []string
	Warnings []string
	// OCRPages counts the pages read by optical character recognition
	// (scans); OCR maps the Index of each block on those pages to the mean
	// confidence of its words, 0 to 1. Both are zero for a born-digital
	// file.
	OCRPages int
	OCR      map[int]float64
}

// Pos is where a block stands in its document: Page is 1-based (0 when the
// format has no pages) and Index is the block's ordinal in Document.Blocks
// (for blocks inside a table cell, the table's ordinal).
type Pos struct {
	Page  int
	Index int
}

// Position returns p; embedding Pos gives every block this method.
func (p Pos) Position() Pos { return p }

// Block is one of *Heading, *Paragraph, *ListItem or *Table. The set is
// closed: only package doc defines blocks.
type Block interface {
	Position() Pos
	block()
}

// Heading is a section title; Level 1 is the highest.
type Heading struct {
	Pos
	Level int
	Text  string
}

// Paragraph is a run of body text.
type Paragraph struct {
	Pos
	Text string
}

// ListItem is one item of a bulleted or numbered list. Level 1 is the
// outermost list; Marker is the rendered bullet or number ("•", "1.", "a)",
// "1-"), "" when unknown.
type ListItem struct {
	Pos
	Level  int
	Marker string
	Text   string
}

// Table is a grid of cells. Every row has the same number of cells; a merged
// cell's content appears once, in the first cell it covers, and the cells it
// also covers are empty. Rows[i] is row i+1 in provenance references.
type Table struct {
	Pos
	Rows []Row
}

// Row is one table row.
type Row struct {
	Cells []Cell
}

// Cell holds the paragraphs and list items written in one table cell.
type Cell struct {
	Blocks []Block
	// Continued marks a cell covered by a vertical merge from the cell
	// above (w:vMerge, rowspan): its text is in the merge's first cell.
	Continued bool
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*ListItem) block()  {}
func (*Table) block()     {}

// Text returns the cell's blocks, one per line; list items keep their
// marker.
func (c Cell) Text() string {
	var lines []string
	for _, b := range c.Blocks {
		if t := BlockText(b); t != "" {
			lines = append(lines, t)
		}
	}
	return strings.Join(lines, "\n")
}

// Texts returns the text of each cell of the row.
func (r Row) Texts() []string {
	out := make([]string, len(r.Cells))
	for i, c := range r.Cells {
		out[i] = c.Text()
	}
	return out
}

// Columns returns the table's column count (0 for an empty table).
func (t *Table) Columns() int {
	if len(t.Rows) == 0 {
		return 0
	}
	return len(t.Rows[0].Cells)
}

// BlockText returns the text of a non-table block, a list item's marker
// included, and the cells of a table row by row (cells separated by " | ").
func BlockText(b Block) string {
	switch b := b.(type) {
	case *Heading:
		return b.Text
	case *Paragraph:
		return b.Text
	case *ListItem:
		if b.Marker == "" {
			return b.Text
		}
		return b.Marker + " " + b.Text
	case *Table:
		var rows []string
		for _, r := range b.Rows {
			rows = append(rows, strings.Join(r.Texts(), " | "))
		}
		return strings.Join(rows, "\n")
	}
	return ""
}

// Normalize pads every row of t to the table's widest row and drops rows
// and trailing columns that are empty everywhere. Readers call it once a
// table is built.
func (t *Table) Normalize() {
	width := 0
	for _, r := range t.Rows {
		width = max(width, len(r.Cells))
	}
	rows := t.Rows[:0]
	for _, r := range t.Rows {
		for len(r.Cells) < width {
			r.Cells = append(r.Cells, Cell{})
		}
		if !rowEmpty(r) {
			rows = append(rows, r)
		}
	}
	t.Rows = rows
	for width > 1 && columnEmpty(t.Rows, width-1) {
		width--
		for i := range t.Rows {
			t.Rows[i].Cells = t.Rows[i].Cells[:width]
		}
	}
}

func rowEmpty(r Row) bool {
	for _, c := range r.Cells {
		if len(c.Blocks) > 0 {
			return false
		}
	}
	return true
}

func columnEmpty(rows []Row, col int) bool {
	for _, r := range rows {
		if len(r.Cells[col].Blocks) > 0 {
			return false
		}
	}
	return true
}

// Renumber sets each top-level block's Index to its ordinal, and the blocks
// inside table cells to their table's position.
func (d *Document) Renumber() {
	for i, b := range d.Blocks {
		setPos(b, Pos{Page: b.Position().Page, Index: i})
		if t, ok := b.(*Table); ok {
			for _, r := range t.Rows {
				for _, c := range r.Cells {
					for _, cb := range c.Blocks {
						setPos(cb, Pos{Page: cb.Position().Page, Index: i})
					}
				}
			}
		}
	}
}

func setPos(b Block, p Pos) {
	switch b := b.(type) {
	case *Heading:
		b.Pos = p
	case *Paragraph:
		b.Pos = p
	case *ListItem:
		b.Pos = p
	case *Table:
		b.Pos = p
	}
}
