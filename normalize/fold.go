package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s, strips accents (NFKD, then drops nonspacing marks),
// maps œ→oe, æ→ae, the curly quotes ’‘ʼ→', and folds runs of whitespace to
// one space with none at either end. Use the same function at index and
// query time.
func Fold(s string) string {
	// The same folding as foldMap without the offsets, and with a fast path
	// for ASCII: extractors fold every line of every document.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		var f string
		switch {
		case r < utf8.RuneSelf && !unicode.IsSpace(r):
			if space {
				b.WriteByte(' ')
				space = false
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		case unicode.IsSpace(r):
		default:
			f = cachedFold(r)
			if f == "" {
				continue
			}
		}
		if f == "" || strings.TrimSpace(f) == "" {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(f)
	}
	return b.String()
}

// folded memoises foldRune for non-ASCII runes.
var folded sync.Map

func cachedFold(r rune) string {
	if f, ok := folded.Load(r); ok {
		return f.(string)
	}
	f := foldRune(r)
	folded.Store(r, f)
	return f
}

// foldMap folds s as Fold does and also returns, for each byte of the
// result, the byte offset in s of the rune it came from, plus one final
// entry: len(s). It lets a match in folded text be cut from the original.
func foldMap(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	space, spaceAt := false, 0 // a space is pending, from offset spaceAt
	for i, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				spaceAt = i
			}
			space = b.Len() > 0
			continue
		}
		f := cachedFold(r)
		if f == "" {
			continue
		}
		if strings.TrimSpace(f) == "" {
			if !space {
				spaceAt = i
			}
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			offs = append(offs, spaceAt)
			space = false
		}
		for j := 0; j < len(f); j++ {
			offs = append(offs, i)
		}
		b.WriteString(f)
	}
	return b.String(), append(offs, len(s))
}

// foldRune returns the folded form of one rune, "" for a mark.
func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		return string(unicode.ToLower(r))
	}
	switch r {
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	case '’', '‘', 'ʼ', '′':
		return "'"
	}
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if unicode.IsSpace(d) {
			d = ' '
		}
		b.WriteRune(unicode.ToLower(d))
	}
	return b.String()
}
