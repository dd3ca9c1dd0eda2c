package docx

import (
	"strconv"
	"strings"
)

// counter holds the current number of each level of one list. set[i] is
// false until level i is used, and again after a shallower level advances.
type counter struct {
	n   [maxLevels]int
	set [maxLevels]bool
}

// next advances the list numID at level i (0-based) and returns the
// marker Word shows for it ("1-", "a)", "2.1", "•"), and whether it is
// a bullet. The marker is "" when numID names no list or the level shows
// no marker (numFmt none), in which case the paragraph is not a list
// item.
//
// Instances of one definition continue each other's numbering, as in
// Word, unless an instance overrides a start value: then it keeps its
// own counters and starts afresh.
func (n *numbering) next(numID string, i int) (marker string, bullet bool) {
	if n == nil || i < 0 || i >= maxLevels {
		return "", false
	}
	in := n.nums[numID]
	if in == nil || n.abstracts[in.abstract] == nil {
		return "", false
	}
	abs := n.abstracts[in.abstract]
	lv := in.level(abs, i)
	if lv == nil {
		return "", false
	}
	c := n.counter(numID, in)
	if c.set[i] {
		c.n[i]++
	} else {
		c.n[i], c.set[i] = in.start(abs, i), true
	}
	for j := i + 1; j < maxLevels; j++ {
		c.set[j] = false
	}
	return in.render(abs, lv, c), lv.format == "bullet"
}

// counter returns the counters of the instance numID.
func (n *numbering) counter(numID string, in *num) *counter {
	key := "a" + in.abstract
	for _, s := range in.starts {
		if s != nil {
			key = "n" + numID
			break
		}
	}
	c := n.counters[key]
	if c == nil {
		c = &counter{}
		n.counters[key] = c
	}
	return c
}

// level returns the definition of level i, the instance's override first.
func (in *num) level(abs *abstractNum, i int) *level {
	if in.levels[i] != nil {
		return in.levels[i]
	}
	return abs.levels[i]
}

// start returns the first number of level i.
func (in *num) start(abs *abstractNum, i int) int {
	if in.starts[i] != nil {
		return *in.starts[i]
	}
	if lv := in.level(abs, i); lv != nil {
		return lv.start
	}
	return 1
}

// render expands the marker pattern of lv: "%2" becomes the current
// number of level 2 in that level's format.
func (in *num) render(abs *abstractNum, lv *level, c *counter) string {
	switch lv.format {
	case "bullet":
		return bulletGlyph(lv)
	case "none":
		if !strings.Contains(lv.text, "%") {
			return strings.TrimSpace(lv.text)
		}
	}
	var b strings.Builder
	for i := 0; i < len(lv.text); i++ {
		d := lv.text[i]
		if d != '%' || i+1 == len(lv.text) || lv.text[i+1] < '1' || lv.text[i+1] > '9' {
			b.WriteByte(d)
			continue
		}
		k := int(lv.text[i+1] - '1')
		i++
		v := in.start(abs, k)
		if c.set[k] {
			v = c.n[k]
		}
		format := "decimal"
		if l := in.level(abs, k); l != nil {
			format = l.format
		}
		b.WriteString(number(v, format))
	}
	return strings.TrimSpace(b.String())
}

// bulletGlyph returns the glyph of a bullet level: its own character, or "•"
// for the private-use codes of the Symbol and Wingdings fonts (U+F0B7 is
// Symbol's round bullet) and for a blank marker.
func bulletGlyph(lv *level) string {
	t := strings.TrimSpace(lv.text)
	if t == "" || lv.symbol {
		return "•"
	}
	for _, r := range t {
		if r >= 0xE000 && r <= 0xF8FF {
			return "•"
		}
	}
	return t
}

// number formats v as Word's numFmt does; unknown formats are decimal.
func number(v int, format string) string {
	switch format {
	case "lowerLetter":
		return letters(v, 'a')
	case "upperLetter":
		return letters(v, 'A')
	case "lowerRoman":
		return strings.ToLower(roman(v))
	case "upperRoman":
		return roman(v)
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	case "none":
		return ""
	}
	return strconv.Itoa(v)
}

// letters writes v as Word does: a…z, then aa…zz, then aaa…
func letters(v int, base byte) string {
	if v < 1 || v > 26*8 {
		return strconv.Itoa(v)
	}
	return strings.Repeat(string(rune(base+byte((v-1)%26))), (v-1)/26+1)
}

// roman writes v in Roman numerals, in decimal outside 1–3999.
func roman(v int) string {
	if v < 1 || v > 3999 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}
