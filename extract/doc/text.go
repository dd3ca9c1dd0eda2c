package doc

import (
	"strings"
	"unicode"
)

// ligatures maps presentation-form ligatures to their letters. œ and æ are
// letters of French, not ligatures, and stay as they are.
var ligatures = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st",
)

// symbols maps the bullets of the Symbol and Wingdings fonts, which Word
// writes in the private use area ("\uF0B7" is the round bullet of most
// lists), to their Unicode forms.
var symbols = strings.NewReplacer(
	"\uF0B7", "•", "\uF0A7", "▪", "\uF0D8", "➢", "\uF0FC", "✓", "\uF0E0", "→", "\uF076", "❖", "\uF0A8", "□",
)

// Symbols returns s with the private-use bullets of symbol fonts mapped
// to their Unicode forms. Clean does it too.
func Symbols(s string) string {
	if !strings.ContainsRune(s, '\uF0B7') && !strings.ContainsAny(s, "\uF0A7\uF0D8\uF0FC\uF0E0\uF076\uF0A8") {
		return s
	}
	return symbols.Replace(s)
}

// Clean maps the private-use bullets of symbol fonts to their Unicode
// forms, folds runs of white space (non-breaking and narrow spaces, tabs and
// line breaks included) into one space, removes soft hyphens, zero-width
// characters and control characters, expands ligatures and trims the
// result. Accents, œ and curly apostrophes are kept.
func Clean(s string) string {
	s = Symbols(ligatures.Replace(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\uFEFF' || r == '\uFFFD':
			continue
		case unicode.IsSpace(r) || r == '\u00A0' || r == '\u202F' || r == '\u2007':
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// JoinLines joins lines of wrapped text into one string, removing the
// hyphen of a word cut at a line end ("coordi-" + "nation") but keeping
// the hyphen of compound words written across lines ("Croix-" + "Rouge"),
// which the next line's capital reveals: "Croix-" + "Rouge" gives
// "Croix-Rouge".
func JoinLines(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		l = Clean(l)
		if l == "" {
			continue
		}
		if b.Len() == 0 {
			b.WriteString(l)
			continue
		}
		cur := b.String()
		if strings.HasSuffix(cur, "-") && len(cur) > 1 && isLower(lastRune(cur[:len(cur)-1])) && isLower(firstRune(l)) && !compoundPrefix(cur[:len(cur)-1]) {
			b.Reset()
			b.WriteString(cur[:len(cur)-1])
			b.WriteString(l)
			continue
		}
		if !strings.HasSuffix(cur, "-") {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

// compounds are first parts of French compounds whose hyphen is the
// word's own, not a word cut at the line end: "compte-" + "rendu" is
// "compte-rendu".
var compounds = map[string]bool{
	"compte": true, "sous": true, "vis": true, "peut": true, "est": true, "non": true,
	"porte": true, "chef": true, "après": true, "avant": true, "arrière": true, "demi": true,
	"semi": true, "anti": true, "inter": true, "extra": true, "multi": true, "auto": true,
	"contre": true, "grand": true, "petit": true, "nord": true, "sud": true, "ouest": true,
	"quasi": true, "bien": true, "vice": true, "ci": true, "là": true,
}

// compoundPrefix reports whether the last word of s is such a first part.
func compoundPrefix(s string) bool {
	i := strings.LastIndexAny(s, " '’")
	return compounds[strings.ToLower(s[i+1:])]
}

func isLower(r rune) bool { return unicode.IsLower(r) }

func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
