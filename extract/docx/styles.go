package docx

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

const stylesPart = "word/styles.xml"

// maxChain bounds a basedOn walk, which a hostile file can make cyclic.
const maxChain = 16

// style is what a paragraph style says about structure. outline is the
// outline level 0–9 (9: body text), -1 when the style sets none; numID
// and ilvl are its list numbering, "" and -1 when it sets none.
type style struct {
	name, basedOn string
	outline       int
	numID         string
	ilvl          int
}

// styles maps paragraph style IDs to styles; def is the default
// paragraph style, which applies to paragraphs naming none.
type styles struct {
	byID map[string]*style
	def  string
	lazy *lazyStyles // the styles not decoded yet; nil when all are in byID
}

// get returns the paragraph style id, nil if there is none; a style
// indexed by indexStyles is decoded now.
func (s styles) get(id string) *style {
	if st, ok := s.byID[id]; ok || s.lazy == nil {
		return st
	}
	sp, ok := s.lazy.spans[id]
	if !ok {
		return nil
	}
	st := s.lazy.decode(sp)
	s.byID[id] = st
	return st
}

// decodeStyles decodes a whole style sheet.
func decodeStyles(r io.Reader) (styles, error) {
	s := styles{byID: map[string]*style{}}
	dec := newDecoder(r)
	for {
		tok, err := dec.Token()
		if err != nil {
			return s, ignoreEOF(err)
		}
		if e, ok := tok.(xml.StartElement); ok && isW(e.Name, "style") {
			if err := s.readStyle(dec, e); err != nil {
				return s, err
			}
		}
	}
}

// readStyle reads one w:style element, keeping paragraph styles.
func (s *styles) readStyle(dec *xml.Decoder, e xml.StartElement) error {
	if t := attr(e, "type"); t != "" && t != "paragraph" {
		return dec.Skip()
	}
	st := &style{outline: -1, ilvl: -1}
	id := attr(e, "styleId")
	if attr(e, "default") == "1" || attr(e, "default") == "true" {
		s.def = id
	}
	if _, dup := s.byID[id]; !dup {
		s.byID[id] = st
	}
	return st.readProperties(dec)
}

// readProperties reads the content of a w:style element just opened, up
// to its end tag.
func (st *style) readProperties(dec *xml.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return eof(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipped[wLocal(t.Name)] {
				if err := dec.Skip(); err != nil {
					return err
				}
				continue
			}
			st.set(t)
			depth++
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// set records the property element e.
func (st *style) set(e xml.StartElement) {
	v := attr(e, "val")
	switch wLocal(e.Name) {
	case "name":
		st.name = v
	case "basedOn":
		st.basedOn = v
	case "outlineLvl":
		st.outline = atoi(v, -1)
	case "numId":
		st.numID = v
	case "ilvl":
		st.ilvl = atoi(v, -1)
	}
}

// headingLevel returns the heading level (1–9) of the paragraph style
// id, 0 for body text. It follows basedOn: the first style of the chain
// whose name is a heading name ("heading 1", "Titre 1", "Title") or that
// sets an outline level decides. The style ID is never looked at: French
// Word names the ID of "heading 1" Titre1, other producers Heading1.
func (s styles) headingLevel(id string) int {
	if id == "" {
		id = s.def
	}
	for i := 0; id != "" && i < maxChain; i++ {
		st := s.get(id)
		if st == nil {
			return 0
		}
		if lv := nameLevel(st.name); lv > 0 {
			return lv
		}
		if st.outline >= 0 {
			return outlineLevel(st.outline)
		}
		id = st.basedOn
	}
	return 0
}

// numbering returns the list numbering that the style id applies: the
// list and the level each come from the first style of the basedOn
// chain that sets them. numID is "" when none does.
func (s styles) numbering(id string) (numID string, ilvl int) {
	if id == "" {
		id = s.def
	}
	ilvl = -1
	for i := 0; id != "" && i < maxChain && (numID == "" || ilvl < 0); i++ {
		st := s.get(id)
		if st == nil {
			break
		}
		if numID == "" {
			numID = st.numID
		}
		if ilvl < 0 {
			ilvl = st.ilvl
		}
		id = st.basedOn
	}
	return numID, max(ilvl, 0)
}

// nameLevel maps a style name to a heading level: "heading 1" (Word's
// built-in name, whatever the interface language), "Heading1", "Titre 1",
// and "Title" or "Titre" (the document title) to 1. Other names give 0.
func nameLevel(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "title" || n == "titre" {
		return 1
	}
	for _, prefix := range []string{"heading", "titre"} {
		rest, ok := strings.CutPrefix(n, prefix)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
			return int(rest[0] - '0')
		}
	}
	return 0
}

// outlineLevel maps w:outlineLvl (0–8 headings, 9 body text) to a
// heading level, 0 for body text.
func outlineLevel(v int) int {
	if v >= 0 && v <= 8 {
		return v + 1
	}
	return 0
}

// atoi parses a decimal attribute, def when it is not one.
func atoi(s string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return def
	}
	return n
}

// ignoreEOF treats the end of a part as success.
func ignoreEOF(err error) error {
	if err == io.EOF {
		return nil
	}
	return err
}
