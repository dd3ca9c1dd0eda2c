package pdf

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	done := make([]bool, len(g.cells))
	for r, slots := range g.owner {
		if rows := splitBand(g, r, slots); rows != nil {
			t.Rows = append(t.Rows, rows...)
			continue
		}
		row := doc.Row{Cells: make([]doc.Cell, len(slots))}
		for c, i := range slots {
			if i < 0 || done[i] {
				continue
			}
			done[i] = true
			row.Cells[c].Blocks = b.cellBlocks(g.lines[i], g.cells[i])
		}
		t.Rows = append(t.Rows, row)
	}
	t.Normalize()
	return t
}

// splitBand splits a ruled band holding several table rows (rules only
// every few rows, as in zebra-striped reports, or a whole list typed in
// one row of a table, a name a line) into one row per text line: every
// cell of the band is a single slot, the baselines of every non-empty cell
// are among those of the cell with the most lines, each holds at least 3
// lines and two thirds of that cell's, and none reads as wrapped text.
// A cell with no line on a baseline is empty in that row (the last name
// of a list whose organization was not written). It returns nil when the
// band is one row.
func splitBand(g *grid, r int, slots []int) []doc.Row {
	var base []line
	seen := map[int]bool{}
	for _, i := range slots {
		if i < 0 || seen[i] || g.cells[i].y1 != g.ys[r] || g.cells[i].y0 != g.ys[r+1] {
			return nil
		}
		seen[i] = true
		if ls := g.lines[i]; len(ls) > len(base) {
			base = ls
		}
	}
	if len(base) < 3 {
		return nil
	}
	at := make(map[int][]int) // slot → the base line of each of its lines
	for _, i := range slots {
		ls := g.lines[i]
		if len(ls) == 0 || at[i] != nil {
			continue
		}
		if len(ls) < 3 || 3*len(ls) < 2*len(base) || wrapped(ls) {
			return nil
		}
		ks, ok := onBaselines(ls, base)
		if !ok {
			return nil
		}
		at[i] = ks
	}
	if len(at) < 2 {
		return nil
	}
	rows := make([]doc.Row, len(base))
	for k := range rows {
		rows[k].Cells = make([]doc.Cell, len(slots))
	}
	for c, i := range slots {
		for j, k := range at[i] {
			rows[k].Cells[c].Blocks = []doc.Block{&doc.Paragraph{Pos: doc.Pos{Page: g.page}, Text: doc.Clean(g.lines[i][j].text)}}
		}
	}
	return rows
}

// onBaselines returns, for each line of ls, the index of the line of base
// on its baseline, and false if one is on none.
func onBaselines(ls, base []line) ([]int, bool) {
	out := make([]int, len(ls))
	k := 0
	for j, l := range ls {
		for k < len(base) && abs(base[k].y-l.y) > 1.5 {
			k++
		}
		if k == len(base) {
			return nil, false
		}
		out[j] = k
		k++
	}
	return out, true
}

// wrapped tells whether the lines read as one wrapped text rather than
// one record each: a line goes on in lower case, or starts a list item.
func wrapped(ls []line) bool {
	for k, l := range ls {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.text))
		if k > 0 && unicode.IsLower(r) {
			return true
		}
		if m, _ := splitMarker(l.text); m != "" && isBullet(m) {
			return true
		}
	}
	return false
}

// cellBlocks lays out the glyphs of one cell as paragraphs and list items.
func (b *builder) cellBlocks(ls []line, c tcell) []doc.Block {
	if len(ls) == 0 {
		return nil
	}
	sub := &builder{st: b.st, cell: true}
	left := ls[0].x0
	for _, l := range ls {
		sub.cellRight = max(sub.cellRight, l.x1)
		left = min(left, l.x0)
	}
	if pad := left - c.x0; pad >= 0 && c.x1-pad > sub.cellRight {
		// the cell's right edge less the padding its text keeps on the left
		sub.cellRight = c.x1 - pad
	}
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
	tol := snapTol
	if g.scanned && prev.scanned {
		tol = scanTol
	}
	for i := range g.xs {
		if abs(g.xs[i]-prev.xs[i]) > tol {
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
	if len(rows) > 0 && len(last.Rows) > 0 && (slices.Equal(rows[0].Texts(), last.Rows[0].Texts()) ||
		b.last.g.scanned && sameHeader(rows[0].Texts(), last.Rows[0].Texts())) {
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
