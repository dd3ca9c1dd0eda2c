package html

import (
	"strings"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkTags hold no readable text: code, media, embedded documents and form
// controls.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Img: true, atom.Picture: true, atom.Video: true,
	atom.Audio: true, atom.Canvas: true, atom.Map: true, atom.Input: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Head: true,
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.Dialog: true,
}

// chromeTags are the page's furniture wherever they stand.
var chromeTags = map[atom.Atom]bool{atom.Nav: true, atom.Aside: true}

// chromeRoles are ARIA landmarks that are not the main content.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true,
	"complementary": true, "search": true, "menu": true, "menubar": true,
}

// chromeWords start the words of class and id names given to furniture:
// "cookie-banner", "breadcrumbs", "share-facebook", "widget_social",
// "entry-footer", "cat-links", "skip-link".
var chromeWords = []string{
	"cookie", "consent", "gdpr", "breadcrumb", "share", "sharing", "social",
	"comment", "sidebar", "sidenav", "menu", "related", "newsletter", "skip",
	"nav", "footer", "masthead", "widget", "tags", "cat", "screen", "sr",
	"advert", "popup", "modal", "pagination", "search",
}

// structural elements never count as furniture by their class or id: they
// are the content's frame or a table's parts.
var structural = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true,
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.H1: true, atom.H2: true, atom.H3: true,
}

// dropped reports whether the element n and its subtree are left out of
// the reader view.
func (p *page) dropped(n *nethtml.Node) bool {
	if n.Type != nethtml.ElementNode {
		return n.Type == nethtml.CommentNode || n.Type == nethtml.DoctypeNode
	}
	d, ok := p.drop[n]
	if !ok {
		d = p.furniture(n)
		p.drop[n] = d
	}
	return d
}

// furniture reports whether the element n is junk or page furniture.
func (p *page) furniture(n *nethtml.Node) bool {
	switch {
	case junkTags[n.DataAtom], chromeTags[n.DataAtom], hidden(n), icon(n):
		return true
	case chromeRoles[strings.ToLower(attr(n, "role"))]:
		return true
	case n.DataAtom == atom.Header:
		return pageLevel(n) && !(has(n, atom.H1) && !has(n, atom.Nav))
	case n.DataAtom == atom.Footer:
		return pageLevel(n) || linkDense(n)
	case n.DataAtom == atom.Form:
		// ASP.NET pages wrap the whole body in one form.
		return p.minor(n)
	}
	return p.chromeClass(n)
}

// chromeClass reports whether n's class or id names furniture, such as
// "cookie-banner" or "breadcrumbs".
func (p *page) chromeClass(n *nethtml.Node) bool {
	if structural[n.DataAtom] || !chromeName(attr(n, "class")+" "+attr(n, "id")) {
		return false
	}
	return p.minor(n)
}

// minor reports whether n may be furniture: an element holding the page's
// heading, an article, or half the page's text is content whatever its
// name ("has-sidebar" on the page wrapper is no sidebar).
func (p *page) minor(n *nethtml.Node) bool {
	if has(n, atom.H1) || has(n, atom.Article) || has(n, atom.Main) {
		return false
	}
	return 2*p.raw[n] < p.raw[p.body]
}

// chromeName reports whether one of the words of names starts with a
// chrome word.
func chromeName(names string) bool {
	words := strings.FieldsFunc(strings.ToLower(names), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	})
	for _, w := range words {
		if w == "shared" {
			continue
		}
		for _, c := range chromeWords {
			if strings.HasPrefix(w, c) {
				return true
			}
		}
	}
	return false
}

// hidden reports whether n is not rendered.
func hidden(n *nethtml.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// icon reports whether n is an icon-font glyph, whose text is a ligature
// name ("calendar_today") rather than words.
func icon(n *nethtml.Node) bool {
	if n.DataAtom != atom.I && n.DataAtom != atom.Span {
		return false
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if strings.Contains(c, "icon") || c == "fa" || c == "fas" || c == "far" || c == "fab" {
			return !strings.Contains(strings.TrimSpace(textOf(n)), " ")
		}
	}
	return false
}

// pageLevel reports whether a header or footer belongs to the page rather
// than to an article or section: no sectioning element encloses it.
func pageLevel(n *nethtml.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Article, atom.Section, atom.Main, atom.Aside, atom.Nav, atom.Td:
			return false
		}
		if strings.EqualFold(attr(a, "role"), "main") {
			return false
		}
	}
	return true
}

// linkDense reports whether at least half of n's text is link text, as in
// the tag and share lines of an article footer.
func linkDense(n *nethtml.Node) bool {
	all, links := linkText(n, false)
	return all == 0 || 2*links >= all
}

// linkText returns the length of n's text and of the part inside links.
func linkText(n *nethtml.Node, inLink bool) (all, links int) {
	if n.Type == nethtml.TextNode {
		l := len(strings.TrimSpace(n.Data))
		if inLink {
			return l, l
		}
		return l, 0
	}
	inLink = inLink || n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		a, l := linkText(c, inLink)
		all, links = all+a, links+l
	}
	return all, links
}
