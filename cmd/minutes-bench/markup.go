package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// span is the byte range [start, end) of one element in markup.
type span struct{ start, end int }

// leafSpans returns, in order, the elements named tag in s that contain no
// element of the same name (the innermost table rows, paragraphs...).
// Self-closing elements and unclosed ones are left out.
func leafSpans(s, tag string) []span {
	open, end := "<"+tag, "</"+tag+">"
	type frame struct {
		start  int
		parent bool
	}
	var stack []frame
	var spans []span
	for i := 0; i < len(s); {
		o, c := indexFrom(s, open, i), indexFrom(s, end, i)
		switch {
		case c < 0:
			return spans
		case o >= 0 && o < c:
			i = o + len(open)
			if isOpenTag(s, i) {
				if len(stack) > 0 {
					stack[len(stack)-1].parent = true
				}
				stack = append(stack, frame{start: o})
			}
		default:
			i = c + len(end)
			if len(stack) == 0 {
				continue
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !f.parent {
				spans = append(spans, span{f.start, i})
			}
		}
	}
	return spans
}

func indexFrom(s, sub string, i int) int {
	j := strings.Index(s[i:], sub)
	if j < 0 {
		return -1
	}
	return i + j
}

// isOpenTag reports whether the tag name that ends at s[i] is complete
// ("<w:p>" or "<w:p w:rsid=…>", not "<w:pPr>") and not self-closing.
func isOpenTag(s string, i int) bool {
	if i >= len(s) || !strings.ContainsRune("> \t\r\n", rune(s[i])) {
		return false
	}
	gt := strings.IndexByte(s[i:], '>')
	return gt >= 0 && (gt == 0 || s[i+gt-1] != '/')
}

// repeat copies some of the spans in place: each span that keep accepts
// is, with probability p, followed by n copies of itself.
func (v *variation) repeat(s string, spans []span, keep func(span) bool, p float64, n int) string {
	if n == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if !keep(sp) || v.rng.Float64() >= p {
			continue
		}
		b.WriteString(s[last:sp.end])
		b.WriteString(strings.Repeat(s[sp.start:sp.end], n))
		last = sp.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// rowKeeper accepts the rows that are neither the first of their table
// (a header) nor part of a vertical merge.
func rowKeeper(s, tableOpen, rowEnd string, merges ...string) func(span) bool {
	return func(sp span) bool {
		if strings.LastIndex(s[:sp.start], rowEnd) < strings.LastIndex(s[:sp.start], tableOpen) {
			return false
		}
		return !containsAny(s[sp.start:sp.end], merges)
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// docxText is the text of a run in word/document.xml.
var docxText = regexp.MustCompile(`(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)`)

// documentXML varies word/document.xml: table rows and plain paragraphs
// repeated, then names, organizations and dates in the text runs.
func (v *variation) documentXML(s string) string {
	rows := leafSpans(s, "w:tr")
	s = v.repeat(s, rows, rowKeeper(s, "<w:tbl>", "</w:tr>", "w:vMerge", "w:gridSpan"), 0.5, v.rowCopies)
	paras := leafSpans(s, "w:p")
	s = v.repeat(s, paras, func(sp span) bool {
		return !containsAny(s[sp.start:sp.end], []string{"w:sectPr", "w:pStyle", "w:outlineLvl"})
	}, 0.25, v.paraCopies)
	return docxText.ReplaceAllStringFunc(s, func(m string) string {
		g := docxText.FindStringSubmatch(m)
		return g[1] + v.text(g[2]) + g[3]
	})
}

// varyDOCX rewrites a DOCX archive with its document.xml varied; the zip
// comment carries mark, so that every copy has its own bytes.
func (v *variation) varyDOCX(data []byte, mark string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("open docx: %w", err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		body, err := readZipFile(f)
		if err != nil {
			return nil, err
		}
		if f.Name == "word/document.xml" {
			body = []byte(v.documentXML(string(body)))
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method, Modified: f.Modified})
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", f.Name, err)
		}
		if _, err := w.Write(body); err != nil {
			return nil, fmt.Errorf("write %s: %w", f.Name, err)
		}
	}
	zw.SetComment(mark)
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("write docx: %w", err)
	}
	return buf.Bytes(), nil
}

func readZipFile(f *zip.File) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	defer r.Close()
	body, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	return body, nil
}

// htmlText is the text between two tags.
var htmlText = regexp.MustCompile(`>[^<]+<`)

// varyHTML repeats table rows, paragraphs and list items, varies the text
// between tags and ends the page with a comment carrying mark.
func (v *variation) varyHTML(s, mark string) string {
	s = v.repeat(s, leafSpans(s, "tr"), rowKeeper(s, "<table", "</tr>", "rowspan"), 0.5, v.rowCopies)
	s = v.repeat(s, leafSpans(s, "li"), func(span) bool { return true }, 0.25, v.paraCopies)
	s = v.repeat(s, leafSpans(s, "p"), func(span) bool { return true }, 0.25, v.paraCopies)
	s = htmlText.ReplaceAllStringFunc(s, func(m string) string {
		return ">" + v.text(m[1:len(m)-1]) + "<"
	})
	return s + "\n<!-- " + mark + " -->\n"
}
