package pdf

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahelim/minutes/extract/doc"
)

// listMarker matches the marker of a list item at the start of a line:
// bullets, "1.", "1)", "a)", "1-", "(2)", "iv.".
var listMarker = regexp.MustCompile(`^(?:([•◦▪▫●○■□➢►▶✓✔❖➔→◆◇\x{F0B7}\x{F0A7}\x{F0D8}\x{F076}\x{F0FC}\x{F0A8}\x{F06E}\x{F0E8}\x{F0F0}·*-]|[–—])\s*|(\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\d{1,2}-|\(\d{1,2}\))\s+)(\S.*)$`)

// tocEntry matches a line of a table of contents: a dot leader and a
// page number ("Introduction.......2").
var tocEntry = regexp.MustCompile(`(\.{4,}|…{2,}|(\. ){4,})\s*\d+\s*$`)

// para is a run of lines forming one block.
type para struct {
	lines  []line
	marker string
	indent float64 // x of the marker
	right  float64
}

// builder turns lines into blocks.
type builder struct {
	st    *styles
	out   []doc.Block
	cur   *para
	lists []float64 // x of the markers of the open nested lists
	cell  bool      // inside a table cell: no headings
	last  lastTable // the last table emitted, while it may go on
	// cellRight is where the widest line of the cell ends: the right
	// margin of its text.
	cellRight float64
}

// blocks lays out the flows of all pages as blocks.
func (st *styles) blocks(flows [][]item) []doc.Block {
	b := &builder{st: st}
	for _, fl := range flows {
		for _, it := range fl {
			if it.table != nil {
				b.flush()
				b.lists = nil
				b.table(it.table)
				continue
			}
			b.add(*it.line)
		}
	}
	b.flush()
	return b.out
}

func (b *builder) add(l line) {
	marker, _ := splitMarker(l.text)
	if b.cur != nil && (marker != "" || b.breaks(l)) {
		b.flush()
	}
	if b.cur == nil {
		b.cur = &para{marker: marker, indent: l.x0}
	}
	b.cur.lines = append(b.cur.lines, l)
	b.cur.right = max(b.cur.right, l.x1)
}

// breaks tells whether l starts a new block after the current one.
func (b *builder) breaks(l line) bool {
	p := b.cur.lines[len(b.cur.lines)-1]
	size := max(p.size, l.size)
	if l.aside != p.aside {
		return true
	}
	if l.page != p.page {
		return !continues(p, l)
	}
	if math.Abs(l.y-p.y) < 0.3*size && l.x0 > p.x0 {
		return false
	}
	dy := p.y - l.y
	switch {
	case dy <= 0 || dy > b.st.spacing*size*1.3+1:
		return true
	case math.Abs(l.size-p.size) > 0.12*size:
		return true
	case p.bold && l.bold && math.Abs(l.size-p.size) >= 0.4:
		// "2. Synthèse des échanges" (12 pt) above "Introduction" (11.5 pt):
		// two headings, not one.
		return true
	case p.bold && !l.bold && !midSentence(p, l) || l.bold && !p.bold && endsSentence(p.text):
		// A bold line whose sentence goes on in regular text is a bold
		// phrase opening a paragraph, not a heading.
		return true
	case b.colored(p) && !b.colored(l) && len(b.cur.lines) == 1 && !endsClause(p.text):
		// A coloured heading line alone above body text ("Rappel du
		// périmètre fonctionnel …"), not a coloured word at a line end.
		return true
	case b.colored(l) && !b.colored(p) && endsFullSentence(p.text):
		return true
	case l.x0 > p.x1+size || l.x1 < p.x0-size:
		return true
	case b.cur.marker != "" && l.x0 < b.cur.indent-2:
		return true
	}
	if tocEntry.MatchString(p.text) {
		return true
	}
	if b.cur.marker != "" {
		return false
	}
	right := b.cur.right
	if !b.cell {
		right = max(right, b.st.right[p.page])
	} else {
		right = max(right, b.cellRight)
	}
	if p.x1 < right-4*size && endsSentence(p.text) {
		return true
	}
	return handBroken(p, l, right, size)
}

// handBroken reports whether the line p was ended by hand (a <br>, a
// Shift+Enter) rather than wrapped: the first word of the next line would
// have fitted in the room left at its end. "Date : 22 Mars 2012" above
// "Lieu : Salle de réunion …" are two lines of a form, not one sentence.
// Lines that do not start at the same x (centred titles) are left alone,
// as is a line that ends on a comma or a joining word.
func handBroken(p, l line, right, size float64) bool {
	if math.Abs(l.x0-p.x0) > size || endsClause(p.text) || l.x1 <= l.x0 {
		return false
	}
	text := strings.TrimSpace(l.text)
	first, _, _ := strings.Cut(text, " ")
	n := utf8.RuneCountInString(text)
	if n == 0 {
		return false
	}
	width := (l.x1 - l.x0) * float64(utf8.RuneCountInString(first)) / float64(n)
	r, _ := utf8.DecodeRuneInString(text)
	return right-p.x1 > width+size && (unicode.IsUpper(r) || unicode.IsDigit(r))
}

// continues tells whether l, first on its page, goes on with p, last on
// the previous page: the same style and a sentence cut in the middle.
func continues(p, l line) bool {
	if p.bold != l.bold || math.Abs(p.size-l.size) > 0.5 || endsSentence(p.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.text))
	return unicode.IsLower(r)
}

// midSentence reports whether l goes on with p's sentence: p ends without
// punctuation and l starts in lower case.
func midSentence(p, l line) bool {
	if endsSentence(p.text) || endsClause(p.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l.text))
	return unicode.IsLower(r)
}

// endsFullSentence reports whether s ends with a full stop, not a colon
// that introduces what follows ("… pour les rencontrer : @yann").
func endsFullSentence(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return s == "" || strings.ContainsRune(".!?»”", r)
}

// endsClause reports whether s ends with punctuation that goes on.
func endsClause(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(",;:-+", r)
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:!?;»”", r)
}

// splitMarker returns a line's list marker and the text after it.
func splitMarker(s string) (string, string) {
	s = strings.TrimSpace(s)
	m := listMarker.FindStringSubmatch(s)
	if m == nil {
		return "", s
	}
	marker := m[1] + m[2]
	if marker == "*" || m[1] == "-" && !strings.HasPrefix(s, "- ") || marker == "M." {
		return "", s // "M. Gaëtan Gagné": Monsieur, not a thirteenth item
	}
	return marker, m[3]
}

func (b *builder) flush() {
	if b.cur == nil {
		return
	}
	p := b.cur
	b.cur = nil
	texts := make([]string, len(p.lines))
	for i, l := range p.lines {
		texts[i] = l.text
	}
	text := doc.JoinLines(texts)
	if text == "" {
		return
	}
	if b.last.g != nil && !b.below(p) {
		b.last = lastTable{}
	}
	b.out = append(b.out, b.classify(p, text))
}

func (b *builder) classify(p *para, text string) doc.Block {
	first := p.lines[0]
	pos := doc.Pos{Page: first.page}
	if p.marker != "" {
		_, rest := splitMarker(text)
		if lvl := b.headingOf(p, text); lvl > 0 && !isBullet(p.marker) {
			return &doc.Heading{Pos: pos, Level: lvl, Text: text}
		}
		return &doc.ListItem{Pos: pos, Level: b.listLevel(p.indent), Marker: p.marker, Text: rest}
	}
	if lvl := b.headingOf(p, text); lvl > 0 {
		b.lists = nil
		return &doc.Heading{Pos: pos, Level: lvl, Text: text}
	}
	if len(b.lists) > 0 && first.x0 <= b.lists[0]+2 {
		b.lists = nil
	}
	return &doc.Paragraph{Pos: pos, Text: text}
}

// below tells whether p lies under the last table on its page (a
// footnote between a table and its continuation).
func (b *builder) below(p *para) bool {
	first := p.lines[0]
	return first.page == b.last.g.page && first.y < b.last.g.bottom
}

func (b *builder) headingOf(p *para, text string) int {
	if b.cell {
		return 0
	}
	short := len(p.lines) <= 3 && utf8.RuneCountInString(text) <= 150 && !strings.HasSuffix(text, ",")
	bold, colored := true, true
	size := 0.0
	for _, l := range p.lines {
		bold = bold && l.bold
		colored = colored && b.colored(l)
		size = max(size, l.size)
	}
	if colored && !strings.Contains(text, "http") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		bold = true
	}
	if p.lines[0].aside {
		return 0
	}
	if utf8.RuneCountInString(text) > 300 || !hasLetter(text) {
		return 0
	}
	return b.st.headingLevel(size, bold, short)
}

// colored reports whether l is written in one colour other than the
// body's.
func (b *builder) colored(l line) bool {
	return l.color != mixedColor && l.color != b.st.color
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isBullet(marker string) bool {
	r, _ := utf8.DecodeRuneInString(marker)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '('
}

// listLevel returns the nesting level of a marker at x.
func (b *builder) listLevel(x float64) int {
	for len(b.lists) > 0 && x < b.lists[len(b.lists)-1]-3 {
		b.lists = b.lists[:len(b.lists)-1]
	}
	if len(b.lists) == 0 || x > b.lists[len(b.lists)-1]+3 {
		b.lists = append(b.lists, x)
	}
	return len(b.lists)
}
