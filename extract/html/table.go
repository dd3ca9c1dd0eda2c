package html

import (
	"github.com/sahelim/minutes/extract/doc"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxColumns bounds a table's width, as browsers cap colspan at 1000.
const maxColumns = 1000

// table emits a table. A table with a single cell only lays out the page,
// and its content is read as if the table were not there. Inside a cell a
// table is flattened into the cell's paragraphs.
func (b *builder) table(n *nethtml.Node) {
	b.flush()
	if b.cell {
		b.children(n)
		b.flush()
		return
	}
	b.caption(n)
	grid := layout(b.p.rows(n))
	if cell := b.p.single(grid); cell != nil {
		b.children(cell)
		b.flush()
		return
	}
	t := &doc.Table{Rows: make([]doc.Row, 0, len(grid))}
	for _, cells := range grid {
		row := doc.Row{Cells: make([]doc.Cell, len(cells))}
		for j, c := range cells {
			switch c {
			case nil:
			case above:
				row.Cells[j].Continued = true
			default:
				row.Cells[j].Blocks = b.p.cellBlocks(c)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	t.Normalize()
	if len(t.Rows) > 0 && t.Columns() > 0 {
		b.blocks = append(b.blocks, t)
	}
}

// caption emits the table's caption as a paragraph before it.
func (b *builder) caption(n *nethtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption && !b.p.dropped(c) {
			b.children(c)
			b.flush()
		}
	}
}

// rows returns the cells of each row of table n in display order (head,
// body, foot); the rows of nested tables are not the table's.
func (p *page) rows(table *nethtml.Node) [][]*nethtml.Node {
	var head, body, foot [][]*nethtml.Node
	for c := table.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != nethtml.ElementNode || p.dropped(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Tr:
			body = append(body, p.cells(c))
		case atom.Thead:
			head = append(head, p.sectionRows(c)...)
		case atom.Tbody:
			body = append(body, p.sectionRows(c)...)
		case atom.Tfoot:
			foot = append(foot, p.sectionRows(c)...)
		}
	}
	return append(append(head, body...), foot...)
}

func (p *page) sectionRows(section *nethtml.Node) [][]*nethtml.Node {
	var rows [][]*nethtml.Node
	for c := section.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Tr && c.Type == nethtml.ElementNode && !p.dropped(c) {
			rows = append(rows, p.cells(c))
		}
	}
	return rows
}

func (p *page) cells(tr *nethtml.Node) []*nethtml.Node {
	var cells []*nethtml.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && c.Type == nethtml.ElementNode && !p.dropped(c) {
			cells = append(cells, c)
		}
	}
	return cells
}

// above stands in the grid for a position covered by a cell of a row
// above (rowspan).
var above = &nethtml.Node{}

// layout places the cells on a grid, expanding rowspan and colspan: a
// merged cell stands in its first grid position, the positions it covers
// to its right are nil and those it covers below are [above].
func layout(rows [][]*nethtml.Node) [][]*nethtml.Node {
	grid := make([][]*nethtml.Node, len(rows))
	var down []int // per column, rows still covered by a cell from above
	for i, cells := range rows {
		var row []*nethtml.Node
		skip := func() {
			for len(row) < len(down) && down[len(row)] > 0 && len(row) < maxColumns {
				row = append(row, above)
			}
		}
		for _, c := range cells {
			skip()
			cols := min(span(c, "colspan"), maxColumns-len(row))
			rowsDown := span(c, "rowspan")
			if rowsDown == 0 || rowsDown > len(rows)-i {
				rowsDown = len(rows) - i
			}
			for k := 0; k < cols; k++ {
				for len(down) <= len(row) {
					down = append(down, 0)
				}
				down[len(row)] = rowsDown
				row = append(row, nil)
			}
			if cols > 0 {
				row[len(row)-cols] = c
			}
		}
		skip()
		for j := range down {
			down[j] = max(down[j]-1, 0)
		}
		grid[i] = row
	}
	return grid
}

// span returns a cell's colspan or rowspan: 1 when absent or invalid, 0
// for rowspan="0" (to the end of the table).
func span(c *nethtml.Node, key string) int {
	v, ok := intAttr(c, key)
	switch {
	case !ok || v < 0 || (v == 0 && key == "colspan"):
		return 1
	case v > 65534:
		return 65534
	}
	return v
}

// single returns the grid's only cell with text, nil if it has none or
// several.
func (p *page) single(grid [][]*nethtml.Node) *nethtml.Node {
	var only *nethtml.Node
	for _, row := range grid {
		for _, c := range row {
			if c == nil || p.raw[c] == 0 {
				continue
			}
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}
