package store

import (
	"context"
	"strings"
	"unicode"
)

// FTSQuery turns what a user typed into an FTS5 query that matches blocks
// holding every word, whatever their accents: the text is prepared as the
// index is (œ→oe, æ→ae, ’→'), and each word is quoted as an FTS5 string so
// that FTS5's syntax (AND, OR, NOT, NEAR, quotes, parentheses, *, :, ^, -)
// typed by the user is searched for as text. A trailing * keeps its
// meaning of a prefix search ("échéan*"). It returns "" when there is no
// word to search for.
func FTSQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(ftsText(text)) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		if !strings.ContainsFunc(w, isWordRune) {
			continue
		}
		t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}

// TSQuery is [FTSQuery] for PostgreSQL: a tsquery (in the minutes_fr
// configuration, which folds accents) that matches the blocks holding
// every word; a word FTS5 splits into several ("l'OMS", "COVID-19") is a
// phrase of them (<->), and a trailing * makes its last part a prefix
// (:*). Only letters and digits reach the tsquery, so no input can break
// it. It returns "" when there is no word to search for.
func TSQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(ftsText(text)) {
		parts := strings.FieldsFunc(w, notWordRune)
		if len(parts) == 0 {
			continue
		}
		for i, p := range parts {
			parts[i] = "'" + p + "'"
		}
		if strings.HasSuffix(w, "*") {
			parts[len(parts)-1] += ":*"
		}
		terms = append(terms, "("+strings.Join(parts, " <-> ")+")")
	}
	return strings.Join(terms, " & ")
}

// ftsWords is text split into words as FTS5's unicode61 tokenizer splits
// it (runs of letters, digits and marks; anything else separates), after
// ftsText, joined by spaces: PostgreSQL's parser then reads the same words
// ("COVID-19" is covid and 19, "12/03/2025" three numbers), so that both
// backends find the same blocks.
func ftsWords(text string) string {
	return strings.Join(strings.FieldsFunc(ftsText(text), notWordRune), " ")
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) && !unicode.Is(unicode.Co, r)
}

// isWordRune reports whether r is part of a token for the unicode61
// tokenizer, roughly: a letter or digit.
func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
}

// Hit is one block of text that matches a search, best first. Snippet is
// the matched text around the words found, each between the markers
// passed to [DB.Search]; Score is bm25's relevance (higher is better).
type Hit struct {
	DocumentID int64
	File       string
	Path       string
	Page       int // 0 when the format has no pages
	Kind       string
	Snippet    string
	Score      float64
}

// Search runs a full-text search over every stored document's text and
// returns at most limit hits (all when limit <= 0), ranked by bm25. before and
// after surround each word found in the snippets. An empty search returns
// no hits.
func (db *DB) Search(ctx context.Context, text string, limit int, before, after string) ([]Hit, error) {
	blocks, err := db.SearchBlocks(ctx, text, limit, before, after)
	if err != nil {
		return nil, err
	}
	var hits []Hit
	for _, b := range blocks {
		hits = append(hits, b.Hit)
	}
	return hits, nil
}
