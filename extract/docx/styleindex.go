package docx

import (
	"bytes"
	"encoding/xml"
	"io"
)

// A style sheet is mostly styles a document never uses: Word writes some
// 150 (latent, character, table and paragraph styles) of which a report
// names a handful. Decoding all of it with encoding/xml was a quarter of
// reading a DOCX. indexStyles finds the paragraph styles by scanning the
// bytes for their tags, and each is decoded the first time a paragraph
// names it (styles.get).
//
// The scan only works on a plain part: its namespaces declared on the
// root alone, one prefix for WordprocessingML, no comments, CDATA,
// DOCTYPE or processing instructions (where a tag could hide), UTF-8, and
// attribute values without entities. Any other part is decoded in full
// as before (decodeStyles), so the result is the same either way for a
// well-formed part; in a broken one, the scan may keep styles after the
// point where the full decoding would stop.

// styleSpan is where a paragraph style's element lies in the part.
type styleSpan struct{ start, end int }

// lazyStyles is what indexStyles keeps to decode a style on demand.
type lazyStyles struct {
	raw   []byte
	root  []byte // the root's start tag, to decode a span with its namespaces
	spans map[string]styleSpan
}

// readStyles reads word/styles.xml, by indexStyles when it can, else in
// full; a missing part gives no styles.
func readStyles(a *archive) (styles, error) {
	rc, err := a.open(stylesPart)
	if rc == nil || err != nil {
		return styles{byID: map[string]*style{}}, err
	}
	raw, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return styles{byID: map[string]*style{}}, err
	}
	if s, ok := indexStyles(raw); ok {
		return s, nil
	}
	return decodeStyles(bytes.NewReader(raw))
}

// indexStyles indexes the paragraph styles of a plain part; ok is false
// when the part is not plain.
func indexStyles(raw []byte) (s styles, ok bool) {
	s = styles{byID: map[string]*style{}}
	body := bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !plainXML(body) {
		return s, false
	}
	root, prefix, ok := rootTag(body)
	if !ok {
		return s, false
	}
	lazy := &lazyStyles{raw: raw, root: root, spans: map[string]styleSpan{}}
	open := []byte("<" + prefix + ":style")
	closing := []byte("</" + prefix + ":style>")
	for i := 0; ; {
		j := bytes.Index(raw[i:], open)
		if j < 0 {
			break
		}
		start := i + j
		after := start + len(open)
		if after >= len(raw) || !isTagDelim(raw[after]) {
			i = after // <w:styles, <w:styleId…
			continue
		}
		tagEnd, attrs, ok := startTag(raw, start)
		if !ok {
			return s, false
		}
		end := tagEnd
		if raw[tagEnd-2] != '/' {
			k := bytes.Index(raw[tagEnd:], closing)
			if k < 0 {
				return s, false
			}
			end = tagEnd + k + len(closing)
		}
		if t := attrs["type"]; t == "" || t == "paragraph" {
			id := attrs["styleId"]
			if d := attrs["default"]; d == "1" || d == "true" {
				s.def = id
			}
			if _, dup := lazy.spans[id]; !dup {
				lazy.spans[id] = styleSpan{start, end}
			}
		}
		i = end
	}
	s.lazy = lazy
	return s, true
}

// plainXML reports whether a part has none of the constructs where the
// scan could mistake text for a tag, and is UTF-8.
func plainXML(b []byte) bool {
	if bytes.Contains(b, []byte("<!")) {
		return false // comment, CDATA, DOCTYPE
	}
	if bytes.HasPrefix(b, []byte("<?xml")) {
		end := bytes.Index(b, []byte("?>"))
		if end < 0 {
			return false
		}
		decl := bytes.ToLower(b[:end])
		if i := bytes.Index(decl, []byte("encoding")); i >= 0 && !bytes.Contains(decl[i:], []byte("utf-8")) {
			return false
		}
		b = b[end+2:]
	}
	return !bytes.Contains(b, []byte("<?"))
}

// rootTag returns the root element's start tag and the one prefix it
// binds to a WordprocessingML namespace; ok is false when the root is not
// styles in that prefix, when another element declares namespaces, or
// when the namespace is the default one.
func rootTag(b []byte) (tag []byte, prefix string, ok bool) {
	i := bytes.IndexByte(b, '<')
	if i >= 0 && bytes.HasPrefix(b[i:], []byte("<?")) {
		j := bytes.Index(b[i:], []byte("?>"))
		if j < 0 {
			return nil, "", false
		}
		k := bytes.IndexByte(b[i+j:], '<')
		if k < 0 {
			return nil, "", false
		}
		i += j + k
	}
	if i < 0 {
		return nil, "", false
	}
	end, _, ok := startTag(b, i)
	if !ok || bytes.Count(b, []byte("xmlns")) != bytes.Count(b[i:end], []byte("xmlns")) {
		return nil, "", false
	}
	dec := xml.NewDecoder(bytes.NewReader(b[i:end]))
	tok, err := dec.RawToken()
	e, isStart := tok.(xml.StartElement)
	if err != nil || !isStart || e.Name.Local != "styles" {
		return nil, "", false
	}
	n := 0
	for _, a := range e.Attr {
		isW := a.Value == wNS || a.Value == wStrictNS
		if a.Name.Space == "" && a.Name.Local == "xmlns" && isW {
			return nil, "", false
		}
		if a.Name.Space == "xmlns" && isW {
			prefix = a.Name.Local
			n++
		}
	}
	if n != 1 || e.Name.Space != prefix {
		return nil, "", false
	}
	return b[i:end], prefix, true
}

func isTagDelim(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/'
}

// startTag reads the start tag at b[i] ('<'): it returns the offset just
// past its '>' and its attributes by local name (the first of each wins,
// as attr does). ok is false for a tag it cannot read plainly: an
// attribute value with an entity, or no end.
func startTag(b []byte, i int) (end int, attrs map[string]string, ok bool) {
	attrs = map[string]string{}
	j := i + 1
	for j < len(b) && !isTagDelim(b[j]) {
		j++
	}
	for j < len(b) {
		switch c := b[j]; {
		case c == '>':
			return j + 1, attrs, true
		case isTagDelim(c):
			j++
		default:
			eq := bytes.IndexByte(b[j:], '=')
			if eq < 0 || j+eq+1 >= len(b) {
				return 0, nil, false
			}
			name := bytes.TrimSpace(b[j : j+eq])
			q := b[j+eq+1]
			if q != '"' && q != '\'' {
				return 0, nil, false
			}
			vEnd := bytes.IndexByte(b[j+eq+2:], q)
			if vEnd < 0 {
				return 0, nil, false
			}
			v := b[j+eq+2 : j+eq+2+vEnd]
			if bytes.ContainsAny(v, "&<\r") {
				return 0, nil, false
			}
			if k := bytes.IndexByte(name, ':'); k >= 0 {
				name = name[k+1:]
			}
			if _, dup := attrs[string(name)]; !dup {
				attrs[string(name)] = string(v)
			}
			j += eq + 2 + vEnd + 1
		}
	}
	return 0, nil, false
}

// decode reads the style at span with the root's namespaces. A style
// that does not decode keeps what was read before the error, as in the
// full reading.
func (l *lazyStyles) decode(sp styleSpan) *style {
	st := &style{outline: -1, ilvl: -1}
	src := io.MultiReader(bytes.NewReader(l.root), bytes.NewReader(l.raw[sp.start:sp.end]))
	dec := newDecoder(src)
	for depth := 0; depth < 2; {
		tok, err := dec.Token()
		if err != nil {
			return st
		}
		if _, ok := tok.(xml.StartElement); ok {
			depth++
		}
	}
	st.readProperties(dec)
	return st
}
