package docx

import (
	"fmt"
	"strings"

	"github.com/sahelim/minutes/extract/doc"
)

// place lays the row r on the table's grid: a cell spanning n columns
// keeps its content in the first and leaves n-1 empty cells; a cell
// continuing a vertical merge stays empty, its content (Word writes an
// empty paragraph) going to the merge's first cell. The row is padded to
// the grid's width. A row with no content is dropped, as Normalize would.
func (p *parser) place(b *tableBuilder, r rawRow) error {
	row := doc.Row{Cells: make([]doc.Cell, r.before, max(b.grid, r.before+len(r.cells)))}
	for _, c := range r.cells {
		col := len(row.Cells)
		if col >= maxColumns {
			last := &row.Cells[len(row.Cells)-1]
			last.Blocks = append(last.Blocks, c.blocks...)
			continue
		}
		continued := false
		switch c.merge {
		case mergeContinue:
			if o, ok := b.origin[col]; ok {
				first := &b.t.Rows[o].Cells[col]
				first.Blocks = append(first.Blocks, c.blocks...)
				c.blocks, continued = nil, true
			}
		case mergeRestart:
			b.origin[col] = len(b.t.Rows)
		default:
			delete(b.origin, col)
		}
		row.Cells = append(row.Cells, doc.Cell{Blocks: c.blocks, Continued: continued})
		for i := 1; i < c.span && len(row.Cells) < maxColumns; i++ {
			row.Cells = append(row.Cells, doc.Cell{})
		}
	}
	for len(row.Cells) < b.grid {
		row.Cells = append(row.Cells, doc.Cell{})
	}
	return p.append(b, row)
}

// append adds row to the table unless it is empty, charging its cells to
// the document's budget.
func (p *parser) append(b *tableBuilder, row doc.Row) error {
	p.cells += len(row.Cells)
	if p.cells > maxCells {
		return fmt.Errorf("%w: over %d table cells", ErrTooLarge, maxCells)
	}
	for _, c := range row.Cells {
		if len(c.Blocks) > 0 {
			b.t.Rows = append(b.t.Rows, row)
			return nil
		}
	}
	for col := range row.Cells {
		if o, ok := b.origin[col]; ok && o == len(b.t.Rows) {
			delete(b.origin, col)
		}
	}
	return nil
}

// flatten turns a table nested in a cell into paragraphs, one per row,
// its non-empty cells joined by " | " and their lines by spaces.
func flatten(t *doc.Table) []doc.Block {
	var out []doc.Block
	for _, r := range t.Rows {
		var cells []string
		for _, c := range r.Cells {
			if s := strings.ReplaceAll(c.Text(), "\n", " "); s != "" {
				cells = append(cells, s)
			}
		}
		if len(cells) > 0 {
			out = append(out, &doc.Paragraph{Text: strings.Join(cells, " | ")})
		}
	}
	return out
}
