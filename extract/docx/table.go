package docx

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/sahelim/minutes/extract/doc"
)

// maxColumns bounds a table's width; a real one has a dozen columns.
const maxColumns = 256

// Vertical merge states of a cell (w:vMerge).
const (
	mergeNone = iota
	mergeRestart
	mergeContinue
)

// rawCell is a w:tc as read: its blocks, the grid columns it spans and
// its vertical merge state.
type rawCell struct {
	blocks []doc.Block
	span   int
	merge  int
}

// rawRow is a w:tr as read; before is the count of grid columns it
// leaves empty before its first cell (w:gridBefore).
type rawRow struct {
	before int
	cells  []rawCell
}

// tableBuilder lays rows on the table's grid. origin maps a grid column
// to the row holding the first cell of the vertical merge running there.
type tableBuilder struct {
	t      *doc.Table
	grid   int
	origin map[int]int
}

// table reads the w:tbl just opened. At top level it appends a
// [doc.Table]; inside a cell it flattens the nested table into one
// paragraph per row, cells joined by " | ", since a cell holds no tables.
func (p *parser) table(out []doc.Block) ([]doc.Block, error) {
	if p.nest >= maxNest {
		return out, p.dec.Skip()
	}
	p.nest++
	defer func() { p.nest-- }()
	b := &tableBuilder{t: &doc.Table{}, origin: map[int]int{}}
	if err := p.tableContent(b); err != nil {
		return out, err
	}
	if err := p.count(b.t); err != nil {
		return out, err
	}
	b.t.Normalize()
	if len(b.t.Rows) == 0 {
		return out, nil
	}
	if p.inCell > 0 {
		return append(out, flatten(b.t)...), nil
	}
	return append(out, b.t), nil
}

// tableContent reads the grid and the rows of a table.
func (p *parser) tableContent(b *tableBuilder) error {
	depth := 0
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case isW(t.Name, "gridCol"):
				b.grid = min(b.grid+1, maxColumns)
				err = p.dec.Skip()
			case isW(t.Name, "tr"):
				var r rawRow
				if r, err = p.row(); err == nil {
					err = p.place(b, r)
				}
			case skipped[wLocal(t.Name)]:
				err = p.dec.Skip()
			default:
				depth++
			}
			if err != nil {
				return err
			}
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// row reads the w:tr just opened.
func (p *parser) row() (rawRow, error) {
	var r rawRow
	depth := 0
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return r, eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case isW(t.Name, "trPr") || isW(t.Name, "tblPrEx"):
				err = p.rowProps(&r)
			case isW(t.Name, "tc"):
				var c rawCell
				if c, err = p.cell(); err == nil {
					r.cells = append(r.cells, c)
				}
			case skipped[wLocal(t.Name)]:
				err = p.dec.Skip()
			default:
				depth++
			}
			if err != nil {
				return r, err
			}
		case xml.EndElement:
			if depth == 0 {
				return r, nil
			}
			depth--
		}
	}
}

// rowProps reads w:gridBefore from the row properties just opened; the
// columns left empty after the last cell (w:gridAfter) come from padding
// the row to the grid.
func (p *parser) rowProps(r *rawRow) error {
	return p.props(func(e xml.StartElement) {
		if wLocal(e.Name) == "gridBefore" {
			r.before = clampSpan(atoi(attr(e, "val"), 0), 0)
		}
	})
}

// cell reads the w:tc just opened: its properties and its blocks.
func (p *parser) cell() (rawCell, error) {
	c := rawCell{span: 1}
	p.inCell++
	defer func() { p.inCell-- }()
	var err error
	c.blocks, err = p.blocksWith(nil, func(e xml.StartElement) (bool, error) {
		if !isW(e.Name, "tcPr") {
			return false, nil
		}
		return true, p.props(c.set)
	})
	return c, err
}

// set records a cell property: w:gridSpan or w:vMerge.
func (c *rawCell) set(e xml.StartElement) {
	switch wLocal(e.Name) {
	case "gridSpan":
		c.span = clampSpan(atoi(attr(e, "val"), 1), 1)
	case "vMerge":
		c.merge = mergeContinue
		if attr(e, "val") == "restart" {
			c.merge = mergeRestart
		}
	}
}

// clampSpan bounds a count of grid columns to 0–maxColumns, def when
// negative.
func clampSpan(n, def int) int {
	if n < 0 {
		return def
	}
	return min(n, maxColumns)
}

// props reads the property element just opened, calling set for each
// element inside it. Revision marks (…PrChange) hold old properties and
// are skipped.
func (p *parser) props(set func(xml.StartElement)) error {
	depth := 0
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if strings.HasSuffix(t.Name.Local, "PrChange") {
				if err := p.dec.Skip(); err != nil {
					return err
				}
				continue
			}
			set(t)
			depth++
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// count charges the table's cells, as Normalize will pad them, to the
// document's budget.
func (p *parser) count(t *doc.Table) error {
	width := 0
	for _, r := range t.Rows {
		width = max(width, len(r.Cells))
	}
	p.cells += len(t.Rows) * width
	if p.cells > maxCells {
		return fmt.Errorf("%w: over %d table cells", ErrTooLarge, maxCells)
	}
	return nil
}
