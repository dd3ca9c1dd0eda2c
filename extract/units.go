package extract

import (
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
)

// unit is one block of text in reading order: a top-level heading,
// paragraph or list item, or one block inside a table cell.
type unit struct {
	Text   string
	Kind   string // heading, paragraph, list_item
	Level  int
	Marker string
	Src    minutes.Source
	InCell bool
}

// units flattens d into units in reading order; table cells are read row
// by row, cell by cell.
func units(d *doc.Document) []unit {
	var out []unit
	for _, b := range d.Blocks {
		if t, ok := b.(*doc.Table); ok {
			for i, r := range t.Rows {
				for j, c := range r.Cells {
					for _, cb := range c.Blocks {
						u := blockUnit(cb)
						u.Src.Row, u.Src.Col, u.InCell = i+1, j+1, true
						u.Src.Block = t.Pos.Index
						out = append(out, u)
					}
				}
			}
			continue
		}
		if u := blockUnit(b); !pageChrome(u.Text) {
			out = append(out, u)
		}
	}
	return out
}

// pageChrome reports whether a line is a web page's furniture printed
// with it: a breadcrumb ("Accueil › Afrique › Guinée") or a copyright
// line ("© Afrikipresse — Tous droits réservés"). It carries nothing of
// the meeting.
func pageChrome(s string) bool {
	if strings.Contains(s, "©") || strings.Contains(strings.ToLower(s), "tous droits réservés") {
		return words(s) <= 12
	}
	return strings.Count(s, "›")+strings.Count(s, " » ") >= 2 && words(s) <= 10
}

func blockUnit(b doc.Block) unit {
	p := b.Position()
	u := unit{Src: minutes.Source{Page: p.Page, Block: p.Index}}
	switch b := b.(type) {
	case *doc.Heading:
		u.Kind, u.Level, u.Text = "heading", b.Level, b.Text
	case *doc.Paragraph:
		u.Kind, u.Text = "paragraph", b.Text
	case *doc.ListItem:
		u.Kind, u.Level, u.Marker, u.Text = "list_item", b.Level, b.Marker, b.Text
	}
	u.Src.Text = u.Text
	return u
}

// cellUnits returns the units of one table cell.
func cellUnits(t *doc.Table, row, col int) []unit {
	var out []unit
	for _, cb := range t.Rows[row].Cells[col].Blocks {
		u := blockUnit(cb)
		u.Src.Row, u.Src.Col, u.InCell = row+1, col+1, true
		u.Src.Block = t.Pos.Index
		out = append(out, u)
	}
	return out
}

// cellText returns a cell's text on one line.
func cellText(t *doc.Table, row, col int) string {
	if col < 0 || col >= len(t.Rows[row].Cells) {
		return ""
	}
	return strings.Join(strings.Fields(t.Rows[row].Cells[col].Text()), " ")
}

// words counts the words of s, without allocating.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ { // ASCII fast path
		c := s[i]
		if c >= 0x80 {
			return n + wordsFrom(s[i:], in)
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			in = false
			continue
		}
		if !in {
			n++
			in = true
		}
	}
	return n
}

// wordsFrom counts the words of s, a word already open when in is set.
func wordsFrom(s string, in bool) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			in = true
		}
	}
	return n
}

// splitLabel splits "Label : value" when the label is short (a field name,
// not a sentence). ok is false when s has no such label.
func splitLabel(s string) (label, value string, ok bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return "", "", false
	}
	label = strings.TrimSpace(s[:i])
	// A dot inside a word is inclusive writing ("Présent.es"), not a sentence end.
	if words(label) > 10 || strings.ContainsAny(label, "!?") || strings.Contains(label, ". ") || strings.HasSuffix(label, ".") || strings.Contains(label, "http") {
		return "", "", false
	}
	value = strings.TrimSpace(strings.TrimLeft(s[i+len(":"):], ":： "))
	if strings.HasPrefix(s[i:], "：") {
		value = strings.TrimSpace(s[i+len("："):])
	}
	return label, value, true
}
