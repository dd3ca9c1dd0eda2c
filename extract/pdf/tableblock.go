package pdf

import (
	"slices"

	"github.com/sahelim/minutes/extract/doc"
)

// open table state of the builder, for joining a table that goes on over
// a page break.
type lastTable struct {
	t *doc.Table
	g *grid
}

// table emits a ruled table, or joins it to the previous page's table it
// continues.
func (b *builder) table(g *grid) {
	t := b.docTable(g)
	if len(t.Rows) == 0 {
		return
	}
	if b.last.t != nil && b.continuesTable(g, t) {
		b.joinTable(t)
		b.last.g = g
		return
	}
	b.out = append(b.out, t)
	b.last = lastTable{t: t, g: g}
}

// docTable converts a grid to a table: a merged cell's content goes to the
// first slot it covers.
func (b *builder) docTable(g *grid) *doc.Table {
	t := &doc.Table{Pos: doc.Pos{Page: g.page}}
	t.Rows = make([]doc.Row, len(g.ys)-1)
	for r := range t.Rows {
		t.Rows[r].Cells = make([]doc.Cell, len(g.xs)-1)
	}
	done := make([]bool, len(g.cells))
	for r, row := range g.owner {
		for c, i := range row {
			if i < 0 || done[i] {
				continue
			}
			done[i] = true
			t.Rows[r].Cells[c].Blocks = b.cellBlocks(g.lines[i])
		}
	}
	t.Normalize()
	return t
}

// cellBlocks lays out the glyphs of one cell as paragraphs and list items.
func (b *builder) cellBlocks(ls []line) []doc.Block {
	if len(ls) == 0 {
		return nil
	}
	sub := &builder{st: b.st, cell: true}
	for _, l := range ls {
		sub.add(l)
	}
	sub.flush()
	return sub.out
}

// continuesTable tells whether t, read on the page after the last table,
// is that table going on: nothing but the page's margins between them and
// the same column rules.
func (b *builder) continuesTable(g *grid, t *doc.Table) bool {
	prev := b.last.g
	if g.page != prev.page+1 || len(g.xs) != len(prev.xs) {
		return false
	}
	for i := range g.xs {
		if abs(g.xs[i]-prev.xs[i]) > snapTol {
			return false
		}
	}
	return t.Columns() == b.last.t.Columns()
}

// joinTable appends the rows of t to the open table, dropping a repeated
// header row and merging a row split by the page break.
func (b *builder) joinTable(t *doc.Table) {
	last := b.last.t
	rows := t.Rows
	if len(rows) > 0 && len(last.Rows) > 0 && slices.Equal(rows[0].Texts(), last.Rows[0].Texts()) {
		rows = rows[1:]
	}
	if len(rows) > 0 && b.last.g.bottom < b.last.g.pageH*0.2 && len(rows[0].Cells) > 0 && len(rows[0].Cells[0].Blocks) == 0 {
		mergeRow(&last.Rows[len(last.Rows)-1], rows[0])
		rows = rows[1:]
	}
	last.Rows = append(last.Rows, rows...)
}

// mergeRow appends the cells of next to row, joining a paragraph cut by
// the page break.
func mergeRow(row *doc.Row, next doc.Row) {
	for i := range row.Cells {
		if i >= len(next.Cells) || len(next.Cells[i].Blocks) == 0 {
			continue
		}
		c := &row.Cells[i]
		add := next.Cells[i].Blocks
		if n := len(c.Blocks); n > 0 && joinText(c.Blocks[n-1], add[0]) {
			add = add[1:]
		}
		c.Blocks = append(c.Blocks, add...)
	}
}

// joinText appends the paragraph q to the paragraph or list item p when p
// stops in mid-sentence, and reports whether it did.
func joinText(p, q doc.Block) bool {
	next, ok := q.(*doc.Paragraph)
	if !ok {
		return false
	}
	switch p := p.(type) {
	case *doc.Paragraph:
		if !endsSentence(p.Text) {
			p.Text = doc.JoinLines([]string{p.Text, next.Text})
			return true
		}
	case *doc.ListItem:
		if !endsSentence(p.Text) {
			p.Text = doc.JoinLines([]string{p.Text, next.Text})
			return true
		}
	}
	return false
}
