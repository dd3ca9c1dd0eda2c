package store

import (
	"context"
	"fmt"
	"strings"
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
	q := FTSQuery(text)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.db.QueryContext(ctx, `SELECT b.document_id, p.file, p.path, coalesce(b.page, 0), b.kind,
		snippet(blocks_fts, 0, ?, ?, '…', 16), -bm25(blocks_fts)
		FROM blocks_fts
		JOIN blocks b ON b.id = blocks_fts.rowid
		JOIN v_document_paths p ON p.document_id = b.document_id
		WHERE blocks_fts MATCH ?
		ORDER BY bm25(blocks_fts), p.path, b.position, b.row, b.col
		LIMIT ?`, before, after, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.DocumentID, &h.File, &h.Path, &h.Page, &h.Kind, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("search %q: %w", text, err)
		}
		h.Snippet = strings.TrimSpace(h.Snippet)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return hits, nil
}
