package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahelim/minutes/extract/doc"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end the current run of text before and after them; the rest
// is inline and joins the surrounding text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.Blockquote: true,
	atom.Pre: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true,
	atom.Figcaption: true, atom.Address: true, atom.Center: true, atom.Details: true,
	atom.Summary: true, atom.Fieldset: true, atom.Legend: true, atom.Caption: true,
	atom.Hgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Br: true, atom.Hr: true,
	atom.Nav: true, atom.Aside: true, atom.Menu: true,
}

// headingLevel returns the level of an h1–h6 element, 0 for other atoms.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// builder turns a subtree into blocks. Text accumulates in run until a
// block boundary flushes it as a paragraph.
type builder struct {
	p      *page
	blocks []doc.Block
	run    strings.Builder
	depth  int  // list nesting
	cell   bool // inside a table cell: headings become paragraphs, tables are flattened
}

// blocks returns the blocks of the subtree under n.
func (p *page) blocks(n *nethtml.Node) []doc.Block {
	b := &builder{p: p}
	b.children(n)
	b.flush()
	return b.blocks
}

// cellBlocks returns the paragraphs and list items of a table cell.
func (p *page) cellBlocks(n *nethtml.Node) []doc.Block {
	b := &builder{p: p, cell: true}
	b.children(n)
	b.flush()
	return b.blocks
}

func (b *builder) children(n *nethtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.node(c)
	}
}

func (b *builder) node(n *nethtml.Node) {
	if n.Type == nethtml.TextNode {
		b.run.WriteString(n.Data)
		return
	}
	if n.Type != nethtml.ElementNode || b.p.dropped(n) {
		return
	}
	a := n.DataAtom
	switch {
	case headingLevel(a) > 0:
		b.heading(n, headingLevel(a))
	case a == atom.Ul || a == atom.Ol || a == atom.Menu:
		b.list(n)
	case a == atom.Li:
		b.item(n, bullet)
	case a == atom.Table:
		b.table(n)
	case (a == atom.Strong || a == atom.B) && strings.TrimSpace(b.run.String()) == "" && runInHead(n):
		// "<p><strong>Départ Régine</strong> Réfléchir à un cadeau …": a
		// run-in heading is a line of its own.
		b.children(n)
		b.flush()
	case blockTags[a]:
		b.flush()
		b.children(n)
		b.flush()
	default:
		b.children(n)
	}
}

// runInHead reports whether n, a bold run opening a block, is a run-in
// heading: a few words without a closing colon (a label keeps its value
// on its line), followed by text that starts a new sentence.
func runInHead(n *nethtml.Node) bool {
	next := n.NextSibling
	if next == nil || next.Type != nethtml.TextNode {
		return false
	}
	head := strings.TrimSpace(nodeText(n))
	rest := strings.TrimLeft(next.Data, " \t\r\n\u00a0")
	if head == "" || rest == "" || len(strings.Fields(head)) > 8 || strings.HasSuffix(head, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nodeText returns the text under n.
func nodeText(n *nethtml.Node) string {
	if n.Type == nethtml.TextNode {
		return n.Data
	}
	var s strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.WriteString(nodeText(c))
	}
	return s.String()
}

// flush ends the current run of text as a paragraph, if it holds any.
func (b *builder) flush() {
	t := text(b.run.String())
	b.run.Reset()
	if t != "" {
		b.blocks = append(b.blocks, &doc.Paragraph{Text: t})
	}
}

func (b *builder) heading(n *nethtml.Node, level int) {
	b.flush()
	t := b.inline(n, false)
	switch {
	case t == "":
	case b.cell:
		b.blocks = append(b.blocks, &doc.Paragraph{Text: t})
	default:
		b.blocks = append(b.blocks, &doc.Heading{Level: level, Text: t})
	}
}

// inline returns the text under n as one line, block boundaries turned
// into spaces. With skipNested, lists and tables inside n are left out.
func (b *builder) inline(n *nethtml.Node, skipNested bool) string {
	var s strings.Builder
	var walk func(*nethtml.Node)
	walk = func(n *nethtml.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			a := c.DataAtom
			switch {
			case c.Type == nethtml.TextNode:
				s.WriteString(c.Data)
			case c.Type != nethtml.ElementNode || b.p.dropped(c):
			case skipNested && (a == atom.Ul || a == atom.Ol || a == atom.Menu || a == atom.Table):
			case blockTags[a] || headingLevel(a) > 0:
				s.WriteByte(' ')
				walk(c)
				s.WriteByte(' ')
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return text(s.String())
}

// text returns s with white space folded. A word cut by a hyphen at a line
// end of the source ("dé-\nbut") is joined again.
func text(s string) string {
	if !strings.Contains(s, "-") {
		return doc.Clean(s)
	}
	return doc.JoinLines(strings.Split(s, "\n"))
}
