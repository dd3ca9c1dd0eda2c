package pdf

import (
	"bytes"
	"strconv"
)

// opKind is the type of one content-stream operand.
type opKind uint8

const (
	opNull opKind = iota
	opNum
	opStr
	opName
	opArray
	opDict
	opBool
)

// operand is one value of a content stream or CMap: numbers, strings,
// names, arrays (dictionaries are skipped, kept as opDict with no entries).
type operand struct {
	kind opKind
	num  float64
	str  []byte // string bytes or name without the slash
	arr  []operand
}

// lexer splits a decoded content stream (or CMap) into operands and
// operators. It never panics: malformed input ends in junk tokens that the
// interpreter ignores.
type lexer struct {
	b       []byte
	pos     int
	arena   []operand    // array elements, reused after each operator (release)
	scratch [4][]operand // elements of the arrays being read, by depth
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next operand, or an operator (keyword != "") or
// ok=false at the end of input.
func (l *lexer) next() (v operand, keyword string, ok bool) {
	return l.nextDepth(0)
}

func (l *lexer) nextDepth(depth int) (v operand, keyword string, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return v, "", false
	}
	c := l.b[l.pos]
	switch {
	case c == '(':
		l.pos++
		return operand{kind: opStr, str: l.literal()}, "", true
	case c == '<' && l.peek(1) == '<':
		l.pos += 2
		l.skipDict(depth)
		return operand{kind: opDict}, "", true
	case c == '<':
		l.pos++
		return operand{kind: opStr, str: l.hex()}, "", true
	case c == '/':
		l.pos++
		return operand{kind: opName, str: l.regular()}, "", true
	case c == '[':
		l.pos++
		return l.array(depth), "", true
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++
		return l.nextDepth(depth)
	}
	w := l.regular()
	if len(w) == 0 {
		l.pos++
		return l.nextDepth(depth)
	}
	return word(w)
}

func word(w []byte) (operand, string, bool) {
	c := w[0]
	if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' {
		if f, err := strconv.ParseFloat(string(w), 64); err == nil {
			return operand{kind: opNum, num: f}, "", true
		}
		return operand{kind: opNum, num: looseNumber(w)}, "", true
	}
	switch string(w) {
	case "true":
		return operand{kind: opBool, num: 1}, "", true
	case "false":
		return operand{kind: opBool}, "", true
	case "null":
		return operand{}, "", true
	}
	return operand{}, string(w), true
}

// looseNumber reads numbers such as "--5" or "1.2.3" as readers do: the
// leading valid part.
func looseNumber(w []byte) float64 {
	for len(w) > 1 && (w[0] == '-' || w[0] == '+') && (w[1] == '-' || w[1] == '+') {
		w = w[1:]
	}
	for n := len(w); n > 0; n-- {
		if f, err := strconv.ParseFloat(string(w[:n]), 64); err == nil {
			return f
		}
	}
	return 0
}

func (l *lexer) peek(k int) byte {
	if l.pos+k < len(l.b) {
		return l.b[l.pos+k]
	}
	return 0
}

func (l *lexer) regular() []byte {
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	return l.b[start:l.pos]
}

func (l *lexer) array(depth int) operand {
	var elems []operand
	if depth < len(l.scratch) {
		elems = l.scratch[depth][:0]
	}
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			break
		}
		if l.b[l.pos] == ']' {
			l.pos++
			break
		}
		if depth > 32 {
			l.pos++
			continue
		}
		e, kw, ok := l.nextDepth(depth + 1)
		if !ok {
			break
		}
		if kw == "" {
			elems = append(elems, e)
		}
	}
	// The elements go to the arena shared by the arrays of one operator's
	// operands: a TJ array per line of text would otherwise be the
	// reader's largest allocation.
	start := len(l.arena)
	l.arena = append(l.arena, elems...)
	if depth < len(l.scratch) {
		l.scratch[depth] = elems[:0]
	}
	return operand{kind: opArray, arr: l.arena[start:len(l.arena):len(l.arena)]}
}

// release lets the arena be reused once the operands it holds are done
// with (after each operator).
func (l *lexer) release() { l.arena = l.arena[:0] }

func (l *lexer) skipDict(depth int) {
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return
		}
		if l.b[l.pos] == '>' && l.peek(1) == '>' {
			l.pos += 2
			return
		}
		if depth > 32 {
			l.pos++
			continue
		}
		if _, _, ok := l.nextDepth(depth + 1); !ok {
			return
		}
	}
}

func (l *lexer) hex() []byte {
	var out []byte
	var hi byte
	half := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		d, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|d)
		} else {
			hi = d
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (l *lexer) literal() []byte {
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return out
			}
		case '\\':
			out = l.escape(out)
			continue
		}
		out = append(out, c)
	}
	return out
}

func (l *lexer) escape(out []byte) []byte {
	if l.pos >= len(l.b) {
		return out
	}
	c := l.b[l.pos]
	l.pos++
	switch c {
	case 'n':
		return append(out, '\n')
	case 'r':
		return append(out, '\r')
	case 't':
		return append(out, '\t')
	case 'b':
		return append(out, '\b')
	case 'f':
		return append(out, '\f')
	case '\r':
		if l.pos < len(l.b) && l.b[l.pos] == '\n' {
			l.pos++
		}
		return out
	case '\n':
		return out
	}
	if c >= '0' && c <= '7' {
		n := int(c - '0')
		for i := 0; i < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; i++ {
			n = n*8 + int(l.b[l.pos]-'0')
			l.pos++
		}
		return append(out, byte(n))
	}
	return append(out, c)
}

// skipInlineImage moves past the data of an inline image (after "ID") up
// to and including the "EI" operator.
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.b) && isWhite(l.b[l.pos]) {
		l.pos++
	}
	for {
		i := bytes.Index(l.b[l.pos:], []byte("EI"))
		if i < 0 {
			l.pos = len(l.b)
			return
		}
		at := l.pos + i
		l.pos = at + 2
		before := at == 0 || isWhite(l.b[at-1])
		after := l.pos >= len(l.b) || isWhite(l.b[l.pos]) || isDelim(l.b[l.pos])
		if before && after {
			return
		}
	}
}
