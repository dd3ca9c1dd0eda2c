// Package html reads HTML pages into a [doc.Document]. It decodes the page's
// character set, keeps only the main content as a reader view would (menus,
// sidebars, banners and footers dropped), and turns headings, paragraphs,
// lists and tables into blocks.
package html

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/PuerkitoBio/goquery"
	"github.com/sahelim/minutes/extract/doc"
	nethtml "golang.org/x/net/html"
)

// ErrMalformed reports a file with no HTML text to read: empty, binary, or
// with nothing but markup.
var ErrMalformed = errors.New("malformed html")

// Parse reads an HTML page. The document has Format [doc.HTML], no pages,
// the page's <title> (or og:title) as Title, and the blocks of its main
// content. It returns ErrMalformed when the page holds no text, and never
// panics.
func Parse(data []byte) (d *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%w: panic: %v", ErrMalformed, r)
		}
	}()
	text, err := toUTF8(data)
	if err != nil {
		return nil, fmt.Errorf("decode charset: %w", err)
	}
	if bytes.IndexByte(text, 0) >= 0 {
		return nil, fmt.Errorf("%w: binary content", ErrMalformed)
	}
	root, err := nethtml.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return read(goquery.NewDocumentFromNode(root))
}

// read builds the document from the parsed page.
func read(page *goquery.Document) (*doc.Document, error) {
	body := page.Find("body").First()
	if body.Length() == 0 {
		return nil, ErrMalformed
	}
	d := &doc.Document{Format: doc.HTML, Title: title(page)}
	p := newPage(body.Get(0))
	d.Blocks = p.blocks(p.content())
	if len(d.Blocks) == 0 {
		d.Blocks = p.blocks(p.body)
	}
	if len(d.Blocks) == 0 {
		return nil, ErrMalformed
	}
	d.Renumber()
	return d, nil
}

// title returns the page's <title>, else its og:title, "" if neither.
func title(page *goquery.Document) string {
	if t := doc.Clean(page.Find("title").First().Text()); t != "" {
		return t
	}
	og, _ := page.Find(`meta[property="og:title"]`).First().Attr("content")
	return doc.Clean(og)
}
