package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// CopyCounts are what [Copy] added to the destination, and what it found
// there already (documents by SHA-256, files by path, runs by start, host
// and pid).
type CopyCounts struct {
	Documents int `json:"documents"`
	Files     int `json:"files"`
	Runs      int `json:"runs"`
	Links     int `json:"links"`
	Present   int `json:"present"` // documents already in the destination
}

// copyTable is a table Copy moves with each document: its columns, the
// condition selecting a document's rows (one ? for the document's id in
// the source) and, for each column holding an id, the table whose ids it
// holds.
type copyTable struct {
	name    string
	columns []string
	where   string
	ids     map[string]string // column → table of the id
}

// documentTables are the tables of one document, parents first.
var documentTables = []copyTable{
	{"documents", []string{"id", "path", "sha256", "format", "bytes", "pages", "kind", "title", "status", "error", "extractor_version", "ingested_at", "failure_kind", "warnings", "ocr_pages"},
		"id = ?", map[string]string{"id": "documents"}},
	{"blocks", []string{"id", "document_id", "position", "page", "kind", "row", "col", "text", "ocr_confidence"},
		"document_id = ? ORDER BY id", map[string]string{"id": "blocks", "document_id": "documents"}},
	{"meetings", []string{"id", "document_id", "title", "date", "end_date", "start_time", "end_time", "location", "region", "cluster", "participant_count", "sources"},
		"document_id = ?", map[string]string{"id": "meetings", "document_id": "documents"}},
	{"participants", []string{"id", "meeting_id", "person", "title", "organization_id", "role", "excused", "raw", "source_page", "source_ref"},
		"meeting_id IN (SELECT id FROM meetings WHERE document_id = ?) ORDER BY id",
		map[string]string{"id": "participants", "meeting_id": "meetings", "organization_id": "organizations"}},
	{"excused", []string{"id", "meeting_id", "person", "title", "organization_id", "raw", "source_page", "source_ref"},
		"meeting_id IN (SELECT id FROM meetings WHERE document_id = ?) ORDER BY id",
		map[string]string{"id": "excused", "meeting_id": "meetings", "organization_id": "organizations"}},
	{"agenda_items", []string{"id", "meeting_id", "position", "title", "source_page", "source_ref"},
		"meeting_id IN (SELECT id FROM meetings WHERE document_id = ?) ORDER BY id",
		map[string]string{"id": "agenda_items", "meeting_id": "meetings"}},
	{"actions", []string{"id", "meeting_id", "agenda_item_id", "position", "text", "owner_raw", "due_raw", "due_date", "due_precision", "status", "source_page", "source_ref", "source_text"},
		"meeting_id IN (SELECT id FROM meetings WHERE document_id = ?) ORDER BY id",
		map[string]string{"id": "actions", "meeting_id": "meetings", "agenda_item_id": "agenda_items"}},
	{"action_owners", []string{"action_id", "organization_id", "person", "raw", "position"},
		"action_id IN (SELECT a.id FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.document_id = ?) ORDER BY action_id, position",
		map[string]string{"action_id": "actions", "organization_id": "organizations"}},
}

// idTables are the tables whose ids Copy shifts: by nothing when the
// destination's table is empty, so that a copy into a new archive keeps
// every id, else past the destination's largest id.
var idTables = []string{"documents", "blocks", "meetings", "participants", "excused", "agenda_items", "actions", "organizations", "runs"}

// copier is one run of Copy.
type copier struct {
	dst, src *DB
	offset   map[string]int64 // table → what is added to a source id
	orgs     map[int64]int64  // source organization id → destination id
	actions  map[int64]bool   // source actions copied by this run
	docs     map[int64]bool   // source documents copied by this run
	counts   CopyCounts
	// ownerPosition reads action_owners.position from the source: a
	// SQLite archive of an earlier version, opened read-only and so not
	// migrated, has no such column, and the order is the rowid's (as
	// migration 0006 computes it).
	ownerPosition string
}

// Copy copies the archive src into dst, which may be another backend:
// every document with its text, meeting, participants, agenda, actions and
// owners, then the files and their paths, the runs, and the follow-up
// links. Documents are matched by SHA-256, files by path, runs by start,
// host and pid, organizations by acronym: what dst already holds is left
// as it is, so a second copy adds nothing. Each document is copied in its
// own transaction, so an interrupted copy leaves dst consistent and the
// next one finishes it. Into an empty dst every id is kept; into an
// archive that held documents, the follow-up links are rebuilt over the
// whole of it ([DB.LinkFollowUps]).
func Copy(ctx context.Context, dst, src *DB) (CopyCounts, error) {
	c := &copier{dst: dst, src: src, offset: map[string]int64{}, orgs: map[int64]int64{}, actions: map[int64]bool{}, docs: map[int64]bool{},
		ownerPosition: "position"}
	had, err := c.prepare(ctx)
	if err != nil {
		return c.counts, fmt.Errorf("copy: %w", err)
	}
	steps := []func(context.Context) error{c.organizations, c.documents, c.copies, c.files, c.runs}
	if had {
		steps = append(steps, func(ctx context.Context) error { _, err := dst.LinkFollowUps(ctx); return err })
	} else {
		steps = append(steps, c.links)
	}
	steps = append(steps, c.sequences)
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return c.counts, fmt.Errorf("copy %s to %s: %w", src.Path, dst.Path, err)
		}
	}
	return c.counts, nil
}

// prepare computes the id offsets and reports whether dst held documents.
func (c *copier) prepare(ctx context.Context) (bool, error) {
	for _, t := range idTables {
		var top sql.NullInt64
		if err := c.dst.queryRow(ctx, `SELECT max(id) FROM `+t).Scan(&top); err != nil {
			return false, err
		}
		c.offset[t] = top.Int64
	}
	if !c.src.d.postgres {
		var n int
		if err := c.src.queryRow(ctx, `SELECT count(*) FROM pragma_table_info('action_owners') WHERE name = 'position'`).Scan(&n); err != nil {
			return false, err
		}
		if n == 0 {
			c.ownerPosition = `(SELECT count(*) FROM action_owners o
				WHERE o.action_id = action_owners.action_id AND o.rowid <= action_owners.rowid)`
		}
	}
	return c.offset["documents"] > 0, nil
}

func (c *copier) organizations(ctx context.Context) error {
	rows, err := c.src.query(ctx, `SELECT id, acronym, name, kind FROM organizations ORDER BY id`)
	if err != nil {
		return err
	}
	type org struct {
		id            int64
		acronym, kind string
		name          sql.NullString
	}
	var orgs []org
	for rows.Next() {
		var o org
		if err := rows.Scan(&o.id, &o.acronym, &o.name, &o.kind); err != nil {
			rows.Close()
			return err
		}
		orgs = append(orgs, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, o := range orgs {
		_, err := c.dst.exec(ctx, `INSERT INTO organizations (id, acronym, name, kind) VALUES (?, ?, ?, ?)
			ON CONFLICT(acronym) DO NOTHING`, o.id+c.offset["organizations"], o.acronym, o.name, o.kind)
		if err != nil {
			return fmt.Errorf("organization %s: %w", o.acronym, err)
		}
		var id int64
		if err := c.dst.queryRow(ctx, `SELECT id FROM organizations WHERE acronym = ?`, o.acronym).Scan(&id); err != nil {
			return fmt.Errorf("organization %s: %w", o.acronym, err)
		}
		c.orgs[o.id] = id
	}
	return nil
}

func (c *copier) documents(ctx context.Context) error {
	type document struct {
		id     int64
		sha256 string
	}
	var docs []document
	rows, err := c.src.query(ctx, `SELECT id, sha256 FROM documents ORDER BY id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var d document
		if err := rows.Scan(&d.id, &d.sha256); err != nil {
			rows.Close()
			return err
		}
		docs = append(docs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		copied, err := c.document(ctx, d.id, d.sha256)
		if err != nil {
			return fmt.Errorf("document %s: %w", d.sha256, err)
		}
		if copied {
			c.counts.Documents++
		} else {
			c.counts.Present++
		}
	}
	return nil
}

// document copies one document and its rows in one transaction, unless dst
// holds its content already.
func (c *copier) document(ctx context.Context, id int64, sha256 string) (bool, error) {
	tx, err := c.dst.begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if err := tx.claim(ctx, sha256); err != nil {
		return false, err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE sha256 = ?`, sha256).Scan(&n); err != nil || n > 0 {
		return false, err
	}
	var actions []int64
	for _, t := range documentTables {
		rows, err := c.readRows(ctx, t, id)
		if err != nil {
			return false, fmt.Errorf("read %s: %w", t.name, err)
		}
		if err := c.writeRows(ctx, tx, t, rows); err != nil {
			return false, fmt.Errorf("write %s: %w", t.name, err)
		}
		if t.name == "actions" {
			for _, r := range rows {
				actions = append(actions, r[0].(int64))
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return false, err
	}
	for _, a := range actions {
		c.actions[a] = true
	}
	c.docs[id] = true
	return true, nil
}

// readRows reads the rows of t for the source document id.
func (c *copier) readRows(ctx context.Context, t copyTable, id int64) ([][]any, error) {
	cols := strings.Join(t.columns, ", ")
	where := t.where
	if t.name == "action_owners" {
		cols = strings.Replace(cols, "position", c.ownerPosition+" AS position", 1)
		where = strings.Replace(where, "ORDER BY action_id, position", "ORDER BY action_id, 5", 1)
	}
	rows, err := c.src.query(ctx, `SELECT `+cols+` FROM `+t.name+` WHERE `+where, id)
	if err != nil {
		return nil, err
	}
	return scanAll(rows, len(t.columns))
}

// writeRows inserts rows of t into dst with their ids mapped, and indexes
// the text of blocks.
func (c *copier) writeRows(ctx context.Context, tx *txn, t copyTable, rows [][]any) error {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(t.columns)), ", ")
	ins, err := tx.PrepareContext(ctx, `INSERT INTO `+t.name+` (`+strings.Join(t.columns, ", ")+`) VALUES (`+marks+`)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, r := range rows {
		vals := make([]any, len(r))
		copy(vals, r)
		for i, col := range t.columns {
			if vals[i] != nil && t.ids[col] != "" {
				vals[i] = c.mapID(t.ids[col], vals[i].(int64))
			}
		}
		if _, err := ins.ExecContext(ctx, vals...); err != nil {
			return err
		}
		if t.name == "blocks" {
			if err := indexBlock(ctx, tx, vals[0].(int64), vals[7].(string)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *copier) mapID(table string, id int64) int64 {
	if table == "organizations" {
		return c.orgs[id]
	}
	return id + c.offset[table]
}

// indexBlock adds one block's text to the full-text index.
func indexBlock(ctx context.Context, tx *txn, id int64, text string) error {
	if tx.d.postgres {
		_, err := tx.ExecContext(ctx, `INSERT INTO blocks_fts (block_id, text) VALUES (?, to_tsvector('minutes_fr', ?))`, id, ftsWords(text))
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO blocks_fts (rowid, text) VALUES (?, ?)`, id, ftsText(text))
	return err
}

// files copies the paths dst does not know, pointing to dst's document
// of the same content.
func (c *copier) files(ctx context.Context) error {
	rows, err := c.src.query(ctx, `SELECT f.path, d.sha256, f.sha256, f.bytes, f.mtime, f.first_seen, f.last_seen, f.missing
		FROM files f LEFT JOIN documents d ON d.id = f.document_id ORDER BY f.path`)
	if err != nil {
		return err
	}
	var all [][]any
	for rows.Next() {
		var path, sha, mtime, first, last string
		var docSHA sql.NullString
		var bytes, missing int64
		if err := rows.Scan(&path, &docSHA, &sha, &bytes, &mtime, &first, &last, &missing); err != nil {
			rows.Close()
			return err
		}
		all = append(all, []any{path, docSHA, sha, bytes, mtime, first, last, missing})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, f := range all {
		var docID any
		if s := f[1].(sql.NullString); s.Valid {
			var id int64
			err := c.dst.queryRow(ctx, `SELECT id FROM documents WHERE sha256 = ?`, s.String).Scan(&id)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if err == nil {
				docID = id
			}
		}
		res, err := c.dst.exec(ctx, `INSERT INTO files (path, document_id, sha256, bytes, mtime, first_seen, last_seen, missing)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO NOTHING`, f[0], docID, f[2], f[3], f[4], f[5], f[6], f[7])
		if err != nil {
			return fmt.Errorf("file %s: %w", f[0], err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			c.counts.Files++
		}
	}
	return nil
}

var runColumns = []string{"id", "started_at", "ended_at", "options", "new", "changed", "unchanged", "moved", "missing",
	"failed", "exit_status", "reextracted", "host", "pid"}

// runs copies the runs dst does not hold (by start, host and pid).
func (c *copier) runs(ctx context.Context) error {
	t := copyTable{name: "runs", columns: runColumns, where: "1 = 1 ORDER BY id", ids: map[string]string{"id": "runs"}}
	rows, err := c.src.query(ctx, `SELECT `+strings.Join(t.columns, ", ")+` FROM runs WHERE `+t.where)
	if err != nil {
		return err
	}
	all, err := scanAll(rows, len(t.columns))
	if err != nil {
		return err
	}
	var fresh [][]any
	for _, r := range all {
		var n int
		err := c.dst.queryRow(ctx, `SELECT count(*) FROM runs WHERE started_at = ? AND coalesce(host, '') = coalesce(?, '')
			AND coalesce(pid, 0) = coalesce(?, 0)`, r[1], r[12], r[13]).Scan(&n)
		if err != nil {
			return err
		}
		if n == 0 {
			fresh = append(fresh, r)
		}
	}
	tx, err := c.dst.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := c.writeRows(ctx, tx, t, fresh); err != nil {
		return err
	}
	c.counts.Runs = len(fresh)
	return tx.Commit()
}

// copies copies the rows of meeting_documents of the documents this run
// copied, once every document is: a copy's meeting is copied with its
// primary, which may come after it. A copy whose meeting is not in dst
// (its primary was there already) is left without one.
func (c *copier) copies(ctx context.Context) error {
	rows, err := c.src.query(ctx, `SELECT meeting_id, document_id, role, similarity, match_date, match_cluster,
		mergeable, completeness, mtime, shingles, extraction FROM meeting_documents ORDER BY document_id`)
	if err != nil {
		return err
	}
	var all [][]any
	for rows.Next() {
		var meeting, doc, mergeable, completeness int64
		var role, date, cluster, mtime string
		var sim float64
		var sh []byte
		var ext sql.NullString
		if err := rows.Scan(&meeting, &doc, &role, &sim, &date, &cluster, &mergeable, &completeness, &mtime, &sh, &ext); err != nil {
			rows.Close()
			return err
		}
		if c.docs[doc] {
			all = append(all, []any{c.mapID("meetings", meeting), c.mapID("documents", doc), role, sim, date, cluster,
				mergeable, completeness, mtime, sh, ext})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	tx, err := c.dst.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, r := range all {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM meetings WHERE id = ?`, r[0]).Scan(&n); err != nil || n == 0 {
			if err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO meeting_documents (meeting_id, document_id, role, similarity,
			match_date, match_cluster, mergeable, completeness, mtime, shingles, extraction)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, r...); err != nil {
			return fmt.Errorf("copy of document %d: %w", r[1], err)
		}
	}
	return tx.Commit()
}

// links copies the follow-up links of the actions this run copied.
func (c *copier) links(ctx context.Context) error {
	tx, err := c.dst.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range []copyTable{
		{name: "action_links", columns: []string{"action_id", "earlier_action_id", "similarity"},
			ids: map[string]string{"action_id": "actions", "earlier_action_id": "actions"}},
		{name: "action_repeats", columns: []string{"action_id", "repeats", "first_seen", "first_action_id"},
			ids: map[string]string{"action_id": "actions", "first_action_id": "actions"}},
	} {
		rows, err := c.src.query(ctx, `SELECT `+strings.Join(t.columns, ", ")+` FROM `+t.name+` ORDER BY action_id`)
		if err != nil {
			return err
		}
		all, err := scanAll(rows, len(t.columns))
		if err != nil {
			return err
		}
		var keep [][]any
		for _, r := range all {
			if c.actions[r[0].(int64)] {
				keep = append(keep, r)
			}
		}
		if err := c.writeRows(ctx, tx, t, keep); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		if t.name == "action_links" {
			c.counts.Links = len(keep)
		}
	}
	return tx.Commit()
}

// sequences moves PostgreSQL's identity sequences past the ids Copy wrote,
// so that the next ingest does not reuse them. SQLite picks max(id)+1.
func (c *copier) sequences(ctx context.Context) error {
	if !c.dst.d.postgres {
		return nil
	}
	for _, t := range idTables {
		_, err := c.dst.exec(ctx, `SELECT setval(pg_get_serial_sequence('`+t+`', 'id'), max(id)) FROM `+t+` HAVING max(id) IS NOT NULL`)
		if err != nil {
			return fmt.Errorf("sequence of %s: %w", t, err)
		}
	}
	return nil
}

// scanAll reads every row of n columns, text as string.
func scanAll(rows *sql.Rows, n int) ([][]any, error) {
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		vals := make([]any, n)
		ptrs := make([]any, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}
