package web

import (
	"html"
	"html/template"
	"regexp"
	"strconv"
	"strings"

	"github.com/sahelim/minutes/store"
)

// refPattern reads a provenance reference as minutes.Source.Ref writes it:
// "p2 #14 r3c2" (page 2, block 14, table row 3, column 2), "#6", "#0 r2".
var refPattern = regexp.MustCompile(`^(?:p\d+ )?#(\d+)(?: r(\d+)(?:c(\d+))?)?$`)

// anchor is the id of the element of the document view that a reference
// points at: "b14" for a block, "b14-r3" for a table row, "b14-r3c2" for a
// cell; "" for a reference it cannot read.
func anchor(ref string) string {
	m := refPattern.FindStringSubmatch(strings.TrimSpace(ref))
	if m == nil {
		return ""
	}
	id := "b" + m[1]
	if m[2] != "" {
		id += "-r" + m[2]
		if m[3] != "" {
			id += "c" + m[3]
		}
	}
	return id
}

// Snippet markers: control characters that cannot occur in a block's text
// survive escaping and become <mark> afterwards.
const markOpen, markClose = "\x02", "\x03"

// marked escapes a search snippet and turns its markers into <mark>.
func marked(s string) template.HTML {
	e := html.EscapeString(s)
	e = strings.ReplaceAll(e, markOpen, "<mark>")
	e = strings.ReplaceAll(e, markClose, "</mark>")
	return template.HTML(e)
}

// docItem is one block of the document view: a heading, paragraph or list
// item with its text, or a table with its rows.
type docItem struct {
	ID       string // anchor: b14
	Kind     string
	Page     int // set on the first block of a new page, to show a page mark
	Text     string
	Rows     []docRow
	Marks    []mark // values read from this block
	Position int
}

type docRow struct {
	ID    string // b14-r3
	Cells []docCell
	Marks []mark
}

type docCell struct {
	ID    string // b14-r3c2
	Col   int
	Text  string
	Marks []mark
}

// mark is a value read from a block: it links back to the value.
type mark struct {
	Label string // "A3", "P2", "titre"
	Href  string // "#v-a3"
	Kind  string // action, participant, agenda, field
}

// Src reports whether a value was read from the element, for the highlight.
func (i docItem) Src() bool { return len(i.Marks) > 0 }
func (r docRow) Src() bool  { return len(r.Marks) > 0 }
func (c docCell) Src() bool { return len(c.Marks) > 0 }

// documentView groups a document's blocks (cells of one table share a
// position) into items, and attaches each mark to the element its anchor
// names.
func documentView(blocks []store.Block, marks map[string][]mark) []docItem {
	var items []docItem
	page := 0
	for _, b := range blocks {
		if b.Kind == "cell" {
			if n := len(items); n == 0 || items[n-1].Kind != "table" || items[n-1].Position != b.Position {
				items = append(items, newItem(b, "table", &page, marks))
			}
			addCell(&items[len(items)-1], b, marks)
			continue
		}
		it := newItem(b, b.Kind, &page, marks)
		it.Text = b.Text
		items = append(items, it)
	}
	return items
}

func newItem(b store.Block, kind string, page *int, marks map[string][]mark) docItem {
	id := "b" + strconv.Itoa(b.Position)
	it := docItem{ID: id, Kind: kind, Position: b.Position, Marks: marks[id]}
	if b.Page > 0 && b.Page != *page {
		it.Page, *page = b.Page, b.Page
	}
	return it
}

func addCell(t *docItem, b store.Block, marks map[string][]mark) {
	rowID := t.ID + "-r" + strconv.Itoa(b.Row)
	if n := len(t.Rows); n == 0 || t.Rows[n-1].ID != rowID {
		t.Rows = append(t.Rows, docRow{ID: rowID, Marks: marks[rowID]})
	}
	r := &t.Rows[len(t.Rows)-1]
	cellID := rowID + "c" + strconv.Itoa(b.Col)
	r.Cells = append(r.Cells, docCell{ID: cellID, Col: b.Col, Text: b.Text, Marks: marks[cellID]})
}

// cellText shows a value of a SQL result.
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []byte:
		return string(v)
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}
