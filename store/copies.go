package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// Copies of one meeting (docs/copies.md). Every document from which a
// meeting was extracted has a row in meeting_documents; the documents of
// the same date and folded cluster whose texts are similar (the jaccard of their
// shingles >= CopyThreshold, directly or through another copy) are one meeting, so
// that the meetings are the connected components of that similarity, the
// same whatever the order the files come in. The meeting's rows are its
// primary's (see better), rebuilt from the primary's stored extraction
// when another copy becomes primary.

// copyKey is what the copies of a meeting share: its date ("" when
// undated) and its folded cluster ("" when none).
type copyKey struct{ date, cluster string }

func keyOf(m *minutes.Meeting) copyKey { return copyKey{m.Date, normalize.Fold(m.Cluster)} }

// lockKey takes the transaction's lock on the key on PostgreSQL, so that
// two copies saved at once by two ingesters are matched one after the
// other, the second seeing the first. SQLite has one writer.
func (t *txn) lockKey(ctx context.Context, k copyKey) error {
	if !t.d.postgres {
		return nil
	}
	_, err := t.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtextextended(?, 1))`, "copies\x1f"+k.date+"\x1f"+k.cluster)
	return err
}

// copyOf is one row of meeting_documents, as matching and choosing the
// primary need it.
type copyOf struct {
	doc, meeting int64
	format, sha  string
	mtime        time.Time
	completeness int
	shingles     []uint64
	mergeable    bool
	role         string
	similarity   float64
}

// attach stores the meeting x extracted from document docID: a copy of
// the meetings of the same key it is similar to (merged into one when it
// is similar to several), else a new meeting.
func (db *DB) attach(ctx context.Context, tx *txn, docID int64, f File, x Extraction) error {
	m, k := x.Meeting, keyOf(x.Meeting)
	if err := tx.lockKey(ctx, k); err != nil {
		return err
	}
	ext, err := json.Marshal(m)
	if err != nil {
		return err
	}
	sh := shingles(x.Doc)
	var linked []int64
	if !x.NoMerge {
		if linked, err = similarMeetings(ctx, tx, k, sh); err != nil {
			return err
		}
	}
	var id int64
	if len(linked) == 0 {
		if id, err = insertMeeting(ctx, tx, docID, m); err != nil {
			return err
		}
	} else {
		id = linked[0]
		if err := mergeMeetings(ctx, tx, id, linked[1:]); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meeting_documents
		(meeting_id, document_id, role, similarity, match_date, match_cluster, mergeable, completeness, mtime, shingles, extraction)
		VALUES (?, ?, 'copy', 1, ?, ?, ?, ?, ?, ?, ?)`,
		id, docID, k.date, k.cluster, boolInt(!x.NoMerge), completeness(m), f.ModTime.UTC().Format(time.RFC3339Nano),
		encodeShingles(sh), string(ext)); err != nil {
		return err
	}
	return settle(ctx, tx, id)
}

// similarMeetings returns, smallest first, the meetings of key k with a
// mergeable copy whose text is similar to sh.
func similarMeetings(ctx context.Context, tx *txn, k copyKey, sh []uint64) ([]int64, error) {
	copies, err := loadCopies(ctx, tx, `c.match_date = ? AND c.match_cluster = ? AND c.mergeable = 1`, k.date, k.cluster)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, c := range copies {
		if jaccard(sh, c.shingles) >= CopyThreshold && !slices.Contains(ids, c.meeting) {
			ids = append(ids, c.meeting)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

// mergeMeetings moves the copies of the meetings others into meeting id
// and deletes them: a document similar to both joined them.
func mergeMeetings(ctx context.Context, tx *txn, id int64, others []int64) error {
	for _, o := range others {
		if _, err := tx.ExecContext(ctx, `UPDATE meeting_documents SET meeting_id = ? WHERE meeting_id = ?`, id, o); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM meetings WHERE id = ?`, o); err != nil {
			return err
		}
	}
	return nil
}

// detach removes document id from its meeting before the document is
// deleted (a changed file, a re-extraction): the meeting goes with its
// last copy; otherwise its remaining copies are split when the document
// was what joined them, and each meeting left takes its best copy as
// primary. A document without a meeting is left alone.
func detach(ctx context.Context, tx *txn, id int64) error {
	var meeting int64
	var k copyKey
	err := tx.QueryRowContext(ctx, `SELECT meeting_id, match_date, match_cluster FROM meeting_documents WHERE document_id = ?`,
		id).Scan(&meeting, &k.date, &k.cluster)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := tx.lockKey(ctx, k); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM meeting_documents WHERE document_id = ?`, id); err != nil {
		return err
	}
	rest, err := loadCopies(ctx, tx, `c.meeting_id = ?`, meeting)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM meetings WHERE id = ?`, meeting)
		return err
	}
	primary, err := primaryOf(ctx, tx, meeting)
	if err != nil {
		return err
	}
	parts := components(rest)
	keep := 0 // the part that keeps the meeting: its primary's, else the first
	for i, p := range parts {
		if slices.ContainsFunc(p, func(c copyOf) bool { return c.doc == primary }) {
			keep = i
		}
	}
	for i, p := range parts {
		if i != keep {
			if err := splitOff(ctx, tx, p); err != nil {
				return err
			}
		}
	}
	return settle(ctx, tx, meeting)
}

// splitOff makes the copies p a meeting of their own, from the best one.
func splitOff(ctx context.Context, tx *txn, p []copyOf) error {
	best := better(p)
	m, err := storedExtraction(ctx, tx, best.doc)
	if err != nil {
		return err
	}
	id, err := insertMeeting(ctx, tx, best.doc, m)
	if err != nil {
		return err
	}
	for _, c := range p {
		if _, err := tx.ExecContext(ctx, `UPDATE meeting_documents SET meeting_id = ? WHERE document_id = ?`, id, c.doc); err != nil {
			return err
		}
	}
	return settle(ctx, tx, id)
}

// components partitions copies into the connected components of their
// similarity (>= CopyThreshold), a copy that is not mergeable alone; each
// component's copies and the components are in document order.
func components(copies []copyOf) [][]copyOf {
	slices.SortFunc(copies, func(a, b copyOf) int { return int(a.doc - b.doc) })
	parent := make([]int, len(copies))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	for i := range copies {
		for j := i + 1; j < len(copies); j++ {
			if copies[i].mergeable && copies[j].mergeable && jaccard(copies[i].shingles, copies[j].shingles) >= CopyThreshold {
				if ri, rj := root(i), root(j); ri != rj {
					parent[max(ri, rj)] = min(ri, rj)
				}
			}
		}
	}
	var parts [][]copyOf
	index := map[int]int{}
	for i, c := range copies {
		r := root(i)
		if _, ok := index[r]; !ok {
			index[r] = len(parts)
			parts = append(parts, nil)
		}
		parts[index[r]] = append(parts[index[r]], c)
	}
	return parts
}

// settle gives meeting id its best copy as primary, rebuilding its rows
// from that copy's extraction when the primary changes, and sets the role
// and similarity of each copy.
func settle(ctx context.Context, tx *txn, id int64) error {
	copies, err := loadCopies(ctx, tx, `c.meeting_id = ?`, id)
	if err != nil || len(copies) == 0 {
		return err
	}
	best := better(copies)
	current, err := primaryOf(ctx, tx, id)
	if err != nil {
		return err
	}
	if best.doc != current {
		if err := rebuild(ctx, tx, id, best.doc); err != nil {
			return fmt.Errorf("meeting %d from document %d: %w", id, best.doc, err)
		}
	}
	for _, c := range roles(copies, best) {
		if _, err := tx.ExecContext(ctx, `UPDATE meeting_documents SET role = ?, similarity = ? WHERE document_id = ?`,
			c.role, c.similarity, c.doc); err != nil {
			return err
		}
	}
	return nil
}

func primaryOf(ctx context.Context, tx *txn, meeting int64) (int64, error) {
	var doc int64
	err := tx.QueryRowContext(ctx, `SELECT document_id FROM meetings WHERE id = ?`, meeting).Scan(&doc)
	return doc, err
}

// formatRank orders the formats when all else is equal: the PDF (what was
// circulated) before the DOCX before the HTML page.
var formatRank = map[string]int{"pdf": 0, "docx": 1, "html": 2}

// better returns the primary of copies: the most complete extraction
// (the most values extracted), else the latest modified file by day (UTC:
// files copied or checked out together differ by seconds, a draft and its
// final by days), else PDF over DOCX over HTML, else the smallest
// SHA-256, so that the choice never depends on the order the copies came
// in.
func better(copies []copyOf) copyOf {
	rank := func(f string) int {
		if r, ok := formatRank[f]; ok {
			return r
		}
		return len(formatRank)
	}
	return slices.MinFunc(copies, func(a, b copyOf) int {
		switch {
		case a.completeness != b.completeness:
			return b.completeness - a.completeness
		case !day(a.mtime).Equal(day(b.mtime)):
			return day(b.mtime).Compare(day(a.mtime))
		case rank(a.format) != rank(b.format):
			return rank(a.format) - rank(b.format)
		}
		return strings.Compare(a.sha, b.sha)
	})
}

func day(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }

// roles sets each copy's similarity to the primary p and its role: a copy
// less complete than p whose text differs from p's is a draft, and p then
// the final; an HTML copy is a publication; any other a copy.
func roles(copies []copyOf, p copyOf) []copyOf {
	out := slices.Clone(copies)
	draft := false
	for i, c := range out {
		out[i].similarity, out[i].role = 1, "copy"
		if c.format == "html" {
			out[i].role = "publication"
		}
		if c.doc == p.doc {
			continue
		}
		out[i].similarity = jaccard(c.shingles, p.shingles)
		if out[i].similarity < sameText && c.completeness < p.completeness {
			out[i].role, draft = "draft", true
		}
	}
	for i, c := range out {
		if draft && c.doc == p.doc {
			out[i].role = "final"
		}
	}
	return out
}

// completeness is the number of values extracted: the meeting's fields,
// its participants, agenda items and actions, and the owners and
// deadlines of its actions.
func completeness(m *minutes.Meeting) int {
	n := 0
	for _, v := range []string{m.Title, m.Date, m.EndDate, m.StartTime, m.EndTime, m.Location, m.Region, m.Cluster} {
		if v != "" {
			n++
		}
	}
	if m.ParticipantCount > 0 {
		n++
	}
	n += len(m.Participants) + len(m.Agenda) + len(m.Actions)
	for _, a := range m.Actions {
		n += len(a.Owners)
		if a.DueRaw != "" {
			n++
		}
	}
	return n
}

// loadCopies reads the rows of meeting_documents that cond selects.
func loadCopies(ctx context.Context, tx *txn, cond string, args ...any) ([]copyOf, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.document_id, c.meeting_id, coalesce(d.format, ''), d.sha256, c.mtime,
		c.completeness, c.shingles, c.mergeable, c.role, c.similarity
		FROM meeting_documents c JOIN documents d ON d.id = c.document_id WHERE `+cond+` ORDER BY c.document_id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []copyOf
	for rows.Next() {
		var c copyOf
		var mtime string
		var sh []byte
		if err := rows.Scan(&c.doc, &c.meeting, &c.format, &c.sha, &mtime, &c.completeness, &sh, &c.mergeable,
			&c.role, &c.similarity); err != nil {
			return nil, err
		}
		c.mtime, _ = time.Parse(time.RFC3339Nano, mtime) // a row stored before 0009 holds ingested_at, RFC 3339 too
		c.shingles = decodeShingles(sh)
		out = append(out, c)
	}
	return out, rows.Err()
}

// storedExtraction decodes the meeting extracted from document id.
func storedExtraction(ctx context.Context, tx *txn, id int64) (*minutes.Meeting, error) {
	var ext sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT extraction FROM meeting_documents WHERE document_id = ?`, id).Scan(&ext); err != nil {
		return nil, err
	}
	if !ext.Valid {
		return nil, fmt.Errorf("document %d: no extraction stored (saved before copies were recognised: re-extract it)", id)
	}
	var m minutes.Meeting
	if err := json.Unmarshal([]byte(ext.String), &m); err != nil {
		return nil, fmt.Errorf("document %d: extraction: %w", id, err)
	}
	return &m, nil
}

// rebuild replaces the fields and rows of meeting id by those extracted
// from document doc, its new primary.
func rebuild(ctx context.Context, tx *txn, id, doc int64) error {
	m, err := storedExtraction(ctx, tx, doc)
	if err != nil {
		return err
	}
	for _, table := range []string{"participants", "excused", "agenda_items", "actions"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE meeting_id = ?`, id); err != nil {
			return err
		}
	}
	vals, err := meetingValues(m)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meetings SET document_id = ?, title = ?, date = ?, end_date = ?, start_time = ?,
		end_time = ?, location = ?, region = ?, cluster = ?, participant_count = ?, sources = ? WHERE id = ?`,
		append(append([]any{doc}, vals...), id)...); err != nil {
		return err
	}
	return insertMeetingRows(ctx, tx, id, m)
}
