package store

import (
	"context"
	"database/sql"
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
	q, count := FTSQuery(text), `SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH ?`
	if db.d.postgres {
		q, count = TSQuery(text), `SELECT count(*) FROM blocks_fts f WHERE f.text @@ to_tsquery('minutes_fr', ?)`
	}
	if q == "" {
		return 0, nil
	}
	var n int
	if err := db.queryRow(ctx, count, q).Scan(&n); err != nil {
		return 0, fmt.Errorf("search %q: %w", text, err)
	}
	return n, nil
}

// SearchPage is SearchBlocks from the hit at offset (0 for the first).
func (db *DB) SearchPage(ctx context.Context, text string, offset, limit int, before, after string) ([]BlockHit, error) {
	if db.d.postgres {
		return db.searchPostgres(ctx, text, offset, limit, before, after)
	}
	q := FTSQuery(text)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.query(ctx, `SELECT b.document_id, p.file, p.path, coalesce(b.page, 0), b.kind,
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
	return scanHits(rows, text, nil)
}

// searchPostgres is SearchBlocks with PostgreSQL's full-text search: the
// same words matched in blocks_fts (see [TSQuery]), ranked by ts_rank,
// with ts_headline's snippets. The snippet marks are control characters
// replaced by before and after afterwards, since ts_headline's options
// cannot quote every string.
func (db *DB) searchPostgres(ctx context.Context, text string, offset, limit int, before, after string) ([]BlockHit, error) {
	q := TSQuery(text)
	if q == "" {
		return nil, nil
	}
	var lim any
	if limit > 0 {
		lim = limit
	}
	rows, err := db.query(ctx, `SELECT b.document_id, p.file, p.path, coalesce(b.page, 0), b.kind,
		ts_headline('minutes_fr', `+pgFTSText+`, q.q, CASE WHEN length(f.text) <= 16
			THEN 'StartSel=`+"\x02"+`, StopSel=`+"\x03"+`, HighlightAll=true'
			ELSE 'StartSel=`+"\x02"+`, StopSel=`+"\x03"+`, MaxWords=16, MinWords=12, ShortWord=0' END),
		ts_rank(f.text, q.q),
		coalesce((SELECT m.id FROM meetings m WHERE m.document_id = b.document_id), 0),
		b.position, coalesce(b.row, 0), coalesce(b.col, 0)
		FROM (SELECT to_tsquery('minutes_fr', ?) AS q) q
		JOIN blocks_fts f ON f.text @@ q.q
		JOIN blocks b ON b.id = f.block_id
		JOIN v_document_paths p ON p.document_id = b.document_id
		ORDER BY ts_rank(f.text, q.q) DESC, p.path, b.position, b.row, b.col
		LIMIT ? OFFSET ?`, q, lim, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	marks := strings.NewReplacer("\x02", before, "\x03", after)
	return scanHits(rows, text, marks)
}

// pgFTSText is ftsText in SQL: snippets show the text as FTS5 stores it,
// œ and æ spelled oe and ae, on both backends.
const pgFTSText = `replace(replace(replace(replace(replace(b.text, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), '’', '''')`

// scanHits reads the hits of a search; marks, when not nil, rewrites the
// snippets' marks.
func scanHits(rows *sql.Rows, text string, marks *strings.Replacer) ([]BlockHit, error) {
	defer rows.Close()
	var hits []BlockHit
	for rows.Next() {
		var h BlockHit
		if err := rows.Scan(&h.DocumentID, &h.File, &h.Path, &h.Page, &h.Kind, &h.Snippet, &h.Score,
			&h.MeetingID, &h.Position, &h.Row, &h.Col); err != nil {
			return nil, fmt.Errorf("search %q: %w", text, err)
		}
		if marks != nil {
			h.Snippet = marks.Replace(h.Snippet)
		}
		h.Snippet = strings.TrimSpace(h.Snippet)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return hits, nil
}
