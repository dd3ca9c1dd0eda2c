package store

import (
	"context"
	"fmt"
	"strings"
)

// BlockHit is a [Hit] with the block it was found in and the meeting
// extracted from its document (0 when none), so that a hit can link to
// its place in the document.
type BlockHit struct {
	Hit
	MeetingID int64
	Position  int
	Row, Col  int
}

// SearchBlocks is [DB.Search] with each hit's block and meeting.
func (db *DB) SearchBlocks(ctx context.Context, text string, limit int, before, after string) ([]BlockHit, error) {
	return db.SearchPage(ctx, text, 0, limit, before, after)
}

// SearchCount returns the number of blocks a search finds (all the hits
// SearchBlocks would return without a limit).
func (db *DB) SearchCount(ctx context.Context, text string) (int, error) {
	q := FTSQuery(text)
	if q == "" {
		return 0, nil
	}
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH ?`, q).Scan(&n); err != nil {
		return 0, fmt.Errorf("search %q: %w", text, err)
	}
	return n, nil
}

// SearchPage is SearchBlocks from the hit at offset (0 for the first).
func (db *DB) SearchPage(ctx context.Context, text string, offset, limit int, before, after string) ([]BlockHit, error) {
	q := FTSQuery(text)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.db.QueryContext(ctx, `SELECT b.document_id, p.file, p.path, coalesce(b.page, 0), b.kind,
		snippet(blocks_fts, 0, ?, ?, '…', 16), -bm25(blocks_fts),
		coalesce((SELECT m.id FROM meetings m WHERE m.document_id = b.document_id), 0),
		b.position, coalesce(b.row, 0), coalesce(b.col, 0)
		FROM blocks_fts
		JOIN blocks b ON b.id = blocks_fts.rowid
		JOIN v_document_paths p ON p.document_id = b.document_id
		WHERE blocks_fts MATCH ?
		ORDER BY bm25(blocks_fts), p.path, b.position, b.row, b.col
		LIMIT ? OFFSET ?`, before, after, q, limit, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	defer rows.Close()
	var hits []BlockHit
	for rows.Next() {
		var h BlockHit
		if err := rows.Scan(&h.DocumentID, &h.File, &h.Path, &h.Page, &h.Kind, &h.Snippet, &h.Score,
			&h.MeetingID, &h.Position, &h.Row, &h.Col); err != nil {
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
