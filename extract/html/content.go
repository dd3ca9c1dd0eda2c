package html

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is a parsed page with the text measures used to find its main
// content.
type page struct {
	body  *nethtml.Node
	raw   map[*nethtml.Node]int  // bytes of text under an element
	score map[*nethtml.Node]int  // bytes of text outside links and furniture; absent inside furniture
	h1    *nethtml.Node          // the first h1 outside furniture, nil if none
	drop  map[*nethtml.Node]bool // memo of dropped
}

// mainSelectors name the elements that hold a page's main content, most
// specific first.
var mainSelectors = []string{"article", "main", `[role="main"]`, `[itemprop="articleBody"]`}

// newPage measures the page whose body is body.
func newPage(body *nethtml.Node) *page {
	p := &page{body: body, raw: map[*nethtml.Node]int{}, score: map[*nethtml.Node]int{},
		drop: map[*nethtml.Node]bool{}}
	p.measureRaw(body)
	p.measure(body, false)
	p.h1 = find(body, func(n *nethtml.Node) bool { return n.DataAtom == atom.H1 && p.visible(n) })
	return p
}

func (p *page) measureRaw(n *nethtml.Node) int {
	if n.Type == nethtml.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	s := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s += p.measureRaw(c)
	}
	p.raw[n] = s
	return s
}

func (p *page) measure(n *nethtml.Node, inLink bool) int {
	if n.Type == nethtml.TextNode {
		if inLink {
			return 0
		}
		return len(strings.TrimSpace(n.Data))
	}
	if n != p.body && p.dropped(n) {
		return 0
	}
	inLink = inLink || n.DataAtom == atom.A
	s := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s += p.measure(c, inLink)
	}
	p.score[n] = s
	return s
}

// visible reports whether n lies outside the page's furniture.
func (p *page) visible(n *nethtml.Node) bool {
	_, ok := p.score[n]
	return ok
}

// content returns the element holding the page's main content: the best
// article or main element when it holds half the page's text, else the
// deepest element holding most of it. A simple exported document (h1, p and
// table under body) is all content, and its body is returned.
func (p *page) content() *nethtml.Node {
	if c := p.semantic(); c != nil {
		return p.withHeading(c)
	}
	return p.descend()
}

// semantic returns the article, main or articleBody element with the most
// text, nil if none holds half the page's text.
func (p *page) semantic() *nethtml.Node {
	total := p.score[p.body]
	doc := goquery.NewDocumentFromNode(p.body)
	for _, sel := range mainSelectors {
		var best *nethtml.Node
		for _, n := range doc.Find(sel).Nodes {
			if p.visible(n) && (best == nil || p.score[n] > p.score[best]) {
				best = n
			}
		}
		if best != nil && p.score[best] > 0 && 2*p.score[best] >= total {
			return best
		}
	}
	return nil
}

// withHeading widens c to a close ancestor holding the page's h1 when that
// adds little text: the title sometimes sits just outside the article.
func (p *page) withHeading(c *nethtml.Node) *nethtml.Node {
	if p.h1 == nil || contains(c, p.h1) {
		return c
	}
	a := c.Parent
	for i := 0; i < 3 && a != nil && contains(p.body, a); i++ {
		if contains(a, p.h1) {
			if 4*p.score[a] <= 5*p.score[c] {
				return a
			}
			break
		}
		a = a.Parent
	}
	return c
}

// descend walks down from body into the container holding at least 80% of
// its parent's text, never leaving the page's h1 behind.
func (p *page) descend() *nethtml.Node {
	c := p.body
	for p.score[c] > 0 {
		next := p.bestContainer(c)
		if next == nil || 5*p.score[next] < 4*p.score[c] {
			break
		}
		if p.h1 != nil && contains(c, p.h1) && !contains(next, p.h1) {
			break
		}
		c = next
	}
	return c
}

// bestContainer returns the child block container of n with the most
// text, looking through table rows into their cells (layout tables).
func (p *page) bestContainer(n *nethtml.Node) *nethtml.Node {
	var best *nethtml.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !p.visible(c) {
			continue
		}
		cand := c
		switch c.DataAtom {
		case atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Th, atom.Center:
		case atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr:
			cand = p.bestContainer(c)
		default:
			continue
		}
		if cand != nil && (best == nil || p.score[cand] > p.score[best]) {
			best = cand
		}
	}
	return best
}
