package html

import (
	"strconv"
	"strings"

	"github.com/sahelim/minutes/extract/doc"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bullet is the marker of unordered list items.
const bullet = "•"

// list emits the items of a ul or ol one level deeper than the list that
// holds it.
func (b *builder) list(n *nethtml.Node) {
	b.flush()
	b.depth++
	num := newNumbering(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Li && c.Type == nethtml.ElementNode && !b.p.dropped(c) {
			b.item(c, num.next(c))
			continue
		}
		b.node(c)
	}
	b.flush()
	b.depth--
}

// item emits a list item: its own text, then the lists and tables it
// holds.
func (b *builder) item(li *nethtml.Node, marker string) {
	b.flush()
	if t := b.inline(li, true); t != "" {
		b.blocks = append(b.blocks, &doc.ListItem{Level: max(b.depth, 1), Marker: marker, Text: t})
	}
	b.nested(li)
}

// nested emits the lists and tables under n, whose other text the item
// already holds.
func (b *builder) nested(n *nethtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != nethtml.ElementNode || b.p.dropped(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Ul, atom.Ol, atom.Menu:
			b.list(c)
		case atom.Table:
			b.table(c)
		default:
			b.nested(c)
		}
	}
}

// numbering renders the markers of one list: "•" for ul, and for ol the
// item's number in the list's type (1, a, A, i, I) from its start value,
// counting down for a reversed list.
type numbering struct {
	ordered bool
	kind    string
	n, step int
}

func newNumbering(list *nethtml.Node) *numbering {
	if list.DataAtom != atom.Ol {
		return &numbering{}
	}
	m := &numbering{ordered: true, kind: attr(list, "type"), n: 1, step: 1}
	if hasAttr(list, "reversed") {
		m.step, m.n = -1, countItems(list)
	}
	if v, ok := intAttr(list, "start"); ok {
		m.n = v
	}
	return m
}

// next returns the marker of li and moves to the next number; an item's
// value attribute resets the count.
func (m *numbering) next(li *nethtml.Node) string {
	if !m.ordered {
		return bullet
	}
	if v, ok := intAttr(li, "value"); ok {
		m.n = v
	}
	kind := m.kind
	if t := attr(li, "type"); t != "" {
		kind = t
	}
	s := render(m.n, kind) + "."
	m.n += m.step
	return s
}

func countItems(list *nethtml.Node) int {
	n := 0
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Li {
			n++
		}
	}
	return n
}

// render writes n in the numbering style kind; numbers the style cannot
// write (0, negatives, Roman past 3999) fall back to decimal.
func render(n int, kind string) string {
	switch {
	case (kind == "a" || kind == "A") && n > 0:
		s := alpha(n)
		if kind == "A" {
			s = strings.ToUpper(s)
		}
		return s
	case (kind == "i" || kind == "I") && n > 0 && n < 4000:
		s := roman(n)
		if kind == "i" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// alpha writes n as a, b, … z, aa, ab, …
func alpha(n int) string {
	var r []byte
	for ; n > 0; n = (n - 1) / 26 {
		r = append([]byte{byte('a' + (n-1)%26)}, r...)
	}
	return string(r)
}

var romanDigits = []struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// roman writes 0 < n < 4000 in Roman numerals.
func roman(n int) string {
	var b strings.Builder
	for _, d := range romanDigits {
		for ; n >= d.v; n -= d.v {
			b.WriteString(d.s)
		}
	}
	return b.String()
}

// intAttr returns the integer value of n's attribute key, read as browsers
// do: leading white space, an optional sign, then digits.
func intAttr(n *nethtml.Node, key string) (int, bool) {
	s := strings.TrimSpace(attr(n, key))
	end := 0
	if end < len(s) && (s[end] == '-' || s[end] == '+') {
		end++
	}
	for end < len(s) && s[end] >= '0' && s[end] <= '9' && end < 10 {
		end++
	}
	v, err := strconv.Atoi(s[:end])
	return v, err == nil
}
