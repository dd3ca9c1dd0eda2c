package pdf

import (
	"unicode/utf16"
	"unicode/utf8"
)

// cmap is a parsed CMap: the code lengths its codespace ranges allow, and
// either text (ToUnicode) or CIDs (an embedded encoding CMap) for codes.
type cmap struct {
	spaces []codespace
	single map[uint32]string
	ranges []bfrange
	cids   map[uint32]uint32
	cidRng []cidRange
}

type codespace struct {
	lo, hi []byte
}

type bfrange struct {
	lo, hi uint32
	base   []rune   // text of lo; the last rune counts up
	list   []string // or one text per code
}

type cidRange struct{ lo, hi, cid uint32 }

// parseCMap reads bfchar, bfrange, cidchar, cidrange and codespacerange
// sections. It never fails: what it cannot read it leaves out.
func parseCMap(data []byte) *cmap {
	m := &cmap{single: map[uint32]string{}}
	l := lexer{b: data}
	var args []operand
	for {
		v, kw, ok := l.next()
		if !ok {
			break
		}
		if kw == "" {
			if len(args) < 1<<16 {
				args = append(args, v)
			}
			continue
		}
		m.section(kw, args)
		args = args[:0]
	}
	return m
}

func (m *cmap) section(kw string, args []operand) {
	switch kw {
	case "endcodespacerange":
		for i := 0; i+1 < len(args); i += 2 {
			m.spaces = append(m.spaces, codespace{args[i].str, args[i+1].str})
		}
	case "endbfchar":
		for i := 0; i+1 < len(args); i += 2 {
			m.single[code(args[i].str)] = dstText(args[i+1])
		}
	case "endbfrange":
		for i := 0; i+2 < len(args); i += 3 {
			m.addRange(code(args[i].str), code(args[i+1].str), args[i+2])
		}
	case "endcidchar":
		for i := 0; i+1 < len(args); i += 2 {
			m.setCID(code(args[i].str), uint32(args[i+1].num))
		}
	case "endcidrange":
		for i := 0; i+2 < len(args); i += 3 {
			m.cidRng = append(m.cidRng, cidRange{code(args[i].str), code(args[i+1].str), uint32(args[i+2].num)})
		}
	}
}

func (m *cmap) setCID(c, cid uint32) {
	if m.cids == nil {
		m.cids = map[uint32]uint32{}
	}
	m.cids[c] = cid
}

func (m *cmap) addRange(lo, hi uint32, dst operand) {
	if hi < lo || hi-lo > 1<<16 {
		return
	}
	r := bfrange{lo: lo, hi: hi}
	if dst.kind == opArray {
		for _, d := range dst.arr {
			r.list = append(r.list, dstText(d))
		}
	} else {
		r.base = []rune(dstText(dst))
		if len(r.base) == 0 {
			return
		}
	}
	m.ranges = append(m.ranges, r)
}

// code reads a big-endian character code.
func code(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// dstText decodes a bfchar destination: UTF-16BE bytes, or a glyph name.
func dstText(v operand) string {
	if v.kind == opName {
		s, _ := glyphRune(string(v.str))
		return s
	}
	b := v.str
	if len(b) == 1 {
		return string(rune(b[0]))
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

// lookup returns the text of code c.
func (m *cmap) lookup(c uint32) (string, bool) {
	if s, ok := m.single[c]; ok {
		return s, true
	}
	for i := len(m.ranges) - 1; i >= 0; i-- {
		r := &m.ranges[i]
		if c < r.lo || c > r.hi {
			continue
		}
		if r.list != nil {
			if int(c-r.lo) < len(r.list) {
				return r.list[c-r.lo], true
			}
			return "", false
		}
		out := append([]rune(nil), r.base...)
		out[len(out)-1] += rune(c - r.lo)
		if !utf8.ValidRune(out[len(out)-1]) {
			return "", false
		}
		return string(out), true
	}
	return "", false
}

// cid returns the CID of code c in an embedded encoding CMap.
func (m *cmap) cid(c uint32) uint32 {
	if id, ok := m.cids[c]; ok {
		return id
	}
	for _, r := range m.cidRng {
		if c >= r.lo && c <= r.hi {
			return r.cid + c - r.lo
		}
	}
	return 0
}

// codeLen returns how many bytes the next code of s takes according to the
// codespace ranges (def when there are none or none matches).
func (m *cmap) codeLen(s []byte, def int) int {
	if m == nil || len(m.spaces) == 0 {
		return def
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, sp := range m.spaces {
			if len(sp.lo) == n && inSpace(s[:n], sp) {
				return n
			}
		}
	}
	return def
}

func inSpace(s []byte, sp codespace) bool {
	if len(sp.hi) != len(s) {
		return false
	}
	for i := range s {
		if s[i] < sp.lo[i] || s[i] > sp.hi[i] {
			return false
		}
	}
	return true
}
