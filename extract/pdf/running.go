package pdf

import (
	"regexp"
	"strings"

	"github.com/sahelim/minutes/extract/doc"
)

// Margin zones, as fractions of the page height, where running headers
// and footers live.
const (
	headerZone = 0.10
	footerZone = 0.09
)

// maxRunningWords bounds the length of a running header or footer: a
// longer line repeated in the margin is a footnote or disclaimer that is
// part of each page's text.
const maxRunningWords = 12

var pageNumber = regexp.MustCompile(`(?i)^[-–— ]*(page|p\.)?\s*\d{1,4}(\s*(/|sur|of|de)\s*\d{1,4})?[-–— ]*$`)

// zone tells whether a line sits in the header (1) or footer (-1) margin.
func zone(l *line, h float64) int {
	switch {
	case l.aside:
		return 0
	case l.y > h*(1-headerZone):
		return 1
	case l.y < h*footerZone:
		return -1
	}
	return 0
}

// running moves running headers and footers (lines in the top or bottom
// margin repeated on several pages, and page numbers) out of the flows
// into d.Headers and d.Footers.
func running(d *doc.Document, flows [][]item, pages []pageText) [][]item {
	seen := map[string]map[int]bool{}
	for i, fl := range flows {
		for _, it := range fl {
			if it.line != nil && zone(it.line, pages[i].h) != 0 {
				k := runningKey(it.line.text)
				if seen[k] == nil {
					seen[k] = map[int]bool{}
				}
				seen[k][i] = true
			}
		}
	}
	kept := map[string]bool{}
	for i, fl := range flows {
		alone := bodyItems(fl, pages[i].h) < 2
		out := fl[:0]
		for _, it := range fl {
			if it.line == nil || !isRunning(it.line, pages[i].h, len(seen[runningKey(it.line.text)]), len(flows), alone) {
				out = append(out, it)
				continue
			}
			addRunning(d, it.line, pages[i].h, kept)
		}
		flows[i] = out
	}
	return flows
}

// bodyItems counts the items of a flow outside the margin zones: a page
// with almost none keeps its margin lines, which are then its content.
func bodyItems(fl []item, h float64) int {
	n := 0
	for _, it := range fl {
		if it.line == nil || zone(it.line, h) == 0 {
			n++
		}
	}
	return n
}

// isRunning tells whether l is a page number or a running header or
// footer: in a margin, short, and repeated on at least a third of the
// pages, on a page that has a body beside it.
func isRunning(l *line, h float64, pagesWith, pages int, alone bool) bool {
	if zone(l, h) == 0 {
		return false
	}
	if pageNumber.MatchString(doc.Clean(l.text)) {
		return true
	}
	return !alone && pages >= 2 && pagesWith >= 2 && pagesWith*3 >= pages &&
		len(strings.Fields(l.text)) <= maxRunningWords
}

func addRunning(d *doc.Document, l *line, h float64, kept map[string]bool) {
	text := doc.Clean(l.text)
	k := runningKey(text)
	z := zone(l, h)
	if text == "" || kept[k+string(rune('0'+z+1))] {
		return
	}
	kept[k+string(rune('0'+z+1))] = true
	if z > 0 {
		d.Headers = append(d.Headers, text)
	} else {
		d.Footers = append(d.Footers, text)
	}
}

// runningKey folds digits and case so that "Page 3" and "Page 4" match.
func runningKey(s string) string {
	s = strings.ToLower(doc.Clean(s))
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '#'
		}
		b.WriteRune(r)
	}
	return b.String()
}
