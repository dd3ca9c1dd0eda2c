package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
)

// File is one file as found on the drive.
type File struct {
	Path    string
	Bytes   int64
	ModTime time.Time
	SHA256  string
}

// Extraction is what was read from one file.
type Extraction struct {
	Doc     *doc.Document
	Meeting *minutes.Meeting // nil when nothing was extracted
	Version string           // extractor version
	// KeepStored makes Save keep what is stored for the same content by
	// the same extractor version, and only record the path: another
	// ingester stored it since this one looked. Without it, Save replaces
	// it (--reextract).
	KeepStored bool
	// NoMerge makes the meeting its own, never a copy of another
	// (--no-merge; docs/copies.md).
	NoMerge bool
}

// Save stores an extraction in one transaction. Rows previously stored for
// the same content, and for the content the same path held before (a
// changed file), are replaced; the path is recorded in files. It returns
// the document's id. On PostgreSQL the transaction first claims the
// content (see [txn.claim]), so that ingesters saving the same content at
// once store it once, and is retried when the server reports a deadlock.
func (db *DB) Save(ctx context.Context, f File, x Extraction) (int64, error) {
	var id int64
	err := retry(func() error {
		var err error
		id, err = db.save(ctx, f, x)
		return err
	})
	return id, err
}

func (db *DB) save(ctx context.Context, f File, x Extraction) (int64, error) {
	tx, err := db.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("save: %w", err)
	}
	defer tx.Rollback()
	ctx = tx.statements(ctx)
	if err := tx.claim(ctx, f.SHA256); err != nil {
		return 0, fmt.Errorf("save: %w", err)
	}
	if x.KeepStored {
		id, ok, err := storedOK(ctx, tx, f.SHA256, x.Version)
		if err != nil {
			return 0, fmt.Errorf("save: %w", err)
		}
		if ok {
			return id, db.touch(ctx, tx, f, id)
		}
	}
	if err := deleteReplaced(ctx, tx, f); err != nil {
		return 0, fmt.Errorf("save: %w", err)
	}
	id, err := db.insertDocument(ctx, tx, f, x)
	if err != nil {
		return 0, fmt.Errorf("save document: %w", err)
	}
	if err := insertBlocks(ctx, tx, id, x.Doc); err != nil {
		return 0, fmt.Errorf("save text: %w", err)
	}
	if err := saveOCR(ctx, tx, id, x.Doc); err != nil {
		return 0, fmt.Errorf("save OCR: %w", err)
	}
	if x.Meeting != nil {
		if err := db.attach(ctx, tx, id, f, x); err != nil {
			return 0, fmt.Errorf("save meeting: %w", err)
		}
	}
	if err := db.upsertFile(ctx, tx, f, id); err != nil {
		return 0, fmt.Errorf("save file: %w", err)
	}
	return id, tx.Commit()
}

// storedOK returns the id of the document stored without error for the
// content sha256 by extractor version, if there is one.
func storedOK(ctx context.Context, tx *txn, sha256, version string) (int64, bool, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = ? AND status = 'ok' AND extractor_version = ?`,
		sha256, version).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// Fail records that a file could not be read. When the same content was
// stored successfully before (by an earlier extractor version), that
// extraction is kept and only its error is noted: nothing stored is lost.
// A reason wrapping ErrLimit is recorded as a limit reached, any other as
// a broken file (see FailureKind).
func (db *DB) Fail(ctx context.Context, f File, format string, reason error, version string) error {
	return retry(func() error { return db.fail(ctx, f, format, reason, version) })
}

func (db *DB) fail(ctx context.Context, f File, format string, reason error, version string) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return fmt.Errorf("record failure: %w", err)
	}
	defer tx.Rollback()
	if err := tx.claim(ctx, f.SHA256); err != nil {
		return fmt.Errorf("record failure: %w", err)
	}
	kind := FailureKind(reason)
	var id int64
	var status string
	err = tx.QueryRowContext(ctx, `SELECT id, status FROM documents WHERE sha256 = ?`, f.SHA256).Scan(&id, &status)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id, err = tx.insert(ctx, `INSERT INTO documents
			(path, sha256, format, bytes, status, error, failure_kind, extractor_version, ingested_at)
			VALUES (?, ?, ?, ?, 'failed', ?, ?, ?, ?)`,
			f.Path, f.SHA256, NullString(format), f.Bytes, reason.Error(), kind, version, db.now())
	case err == nil && status == "ok":
		_, err = tx.ExecContext(ctx, `UPDATE documents SET error = ? WHERE id = ?`,
			"re-extraction failed: "+reason.Error(), id)
	case err == nil:
		_, err = tx.ExecContext(ctx, `UPDATE documents SET path = ?, error = ?, failure_kind = ?, extractor_version = ?, ingested_at = ? WHERE id = ?`,
			f.Path, reason.Error(), kind, version, db.now(), id)
	}
	if err != nil {
		return fmt.Errorf("record failure: %w", err)
	}
	if err := db.upsertFile(ctx, tx, f, id); err != nil {
		return fmt.Errorf("record failure: %w", err)
	}
	return tx.Commit()
}

// FailUnread records that the file at f.Path could not be read at all (a
// permission refused, a symbolic link loop, a named pipe): with no content
// to key its document by, the document is keyed by the path (UnreadKey).
// f.SHA256 is ignored. Once the file is read, its content replaces it.
func (db *DB) FailUnread(ctx context.Context, f File, reason error, version string) error {
	f.SHA256 = UnreadKey(f.Path)
	return db.Fail(ctx, f, "", reason, version)
}

// UnreadKey is what stands in the sha256 columns for a path whose content
// could not be read: "unread:" and the SHA-256 of the path, which no
// content hash can equal.
func UnreadKey(path string) string {
	sum := sha256.Sum256([]byte(path))
	return "unread:" + hex.EncodeToString(sum[:])
}

// deleteReplaced deletes the document stored for f's content, and the one
// f's path pointed to before when no other present path still holds it.
func deleteReplaced(ctx context.Context, tx *txn, f File) error {
	ids, err := queryIDs(ctx, tx, `SELECT id FROM documents WHERE sha256 = ?`, f.SHA256)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := deleteDocument(ctx, tx, id); err != nil {
			return err
		}
	}
	return deletePrevious(ctx, tx, f)
}

// deletePrevious deletes the document f's path held before, when f's
// content differs and no other present path still holds that document: a
// changed file's old extraction is replaced, not kept as an orphan.
func deletePrevious(ctx context.Context, tx *txn, f File) error {
	ids, err := queryIDs(ctx, tx, `SELECT d.id FROM files fi JOIN documents d ON d.id = fi.document_id
		WHERE fi.path = ? AND fi.sha256 <> ? AND NOT EXISTS (
			SELECT 1 FROM files o WHERE o.document_id = d.id AND o.path <> fi.path AND o.missing = 0)`,
		f.Path, f.SHA256)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := deleteDocument(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

func deleteDocument(ctx context.Context, tx *txn, id int64) error {
	if err := detach(ctx, tx, id); err != nil {
		return err
	}
	// PostgreSQL's blocks_fts rows go with their blocks (ON DELETE
	// CASCADE); an FTS5 table has no foreign keys.
	if !tx.d.postgres {
		if _, err := tx.ExecContext(ctx, `DELETE FROM blocks_fts WHERE rowid IN (SELECT id FROM blocks WHERE document_id = ?)`, id); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id)
	return err
}

func queryIDs(ctx context.Context, tx *txn, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (db *DB) insertDocument(ctx context.Context, tx *txn, f File, x Extraction) (int64, error) {
	kind := ""
	if x.Meeting != nil {
		kind = x.Meeting.Kind
	}
	var warnings any // NULL when none
	if len(x.Doc.Warnings) > 0 {
		body, err := json.Marshal(x.Doc.Warnings)
		if err != nil {
			return 0, err
		}
		warnings = string(body)
	}
	return tx.insert(ctx, `INSERT INTO documents
		(path, sha256, format, bytes, pages, kind, title, status, warnings, extractor_version, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?)`,
		f.Path, f.SHA256, x.Doc.Format, f.Bytes, NullInt(x.Doc.Pages), NullString(kind),
		NullString(x.Doc.Title), warnings, x.Version, db.now())
}

func (db *DB) upsertFile(ctx context.Context, tx *txn, f File, docID int64) error {
	now := db.now()
	_, err := tx.ExecContext(ctx, `INSERT INTO files (path, document_id, sha256, bytes, mtime, first_seen, last_seen, missing)
		VALUES (?, ?, ?, ?, ?, ?, ?, 0)
		ON CONFLICT(path) DO UPDATE SET document_id = excluded.document_id, sha256 = excluded.sha256,
			bytes = excluded.bytes, mtime = excluded.mtime, last_seen = excluded.last_seen, missing = 0`,
		f.Path, docID, f.SHA256, f.Bytes, f.ModTime.UTC().Format(time.RFC3339Nano), now, now)
	return err
}

// ftsText prepares text for the FTS index: the tokenizer removes accents
// but does not split the letters œ and æ, so they are spelled out here and
// in queries (FTSQuery).
var ftsText = strings.NewReplacer("œ", "oe", "Œ", "OE", "æ", "ae", "Æ", "AE", "’", "'").Replace

// textBlock is one row of blocks, before it is stored.
type textBlock struct {
	pos      doc.Pos
	kind     string
	row, col int
	text     string
}

func insertBlocks(ctx context.Context, tx *txn, docID int64, d *doc.Document) error {
	var blocks []textBlock
	for _, b := range d.Blocks {
		eachText(b, func(pos doc.Pos, kind string, row, col int, text string) error {
			if text != "" {
				blocks = append(blocks, textBlock{pos, kind, row, col, text})
			}
			return nil
		})
	}
	if len(blocks) == 0 {
		return nil
	}
	if tx.d.postgres {
		return insertBlocksPostgres(ctx, tx, docID, blocks)
	}
	return insertBlocksSQLite(ctx, tx, docID, blocks)
}

// insertBlocksSQLite inserts the blocks and their FTS rows with two
// prepared statements, each row's id from LastInsertId: no result set to
// read, unlike INSERT … RETURNING through QueryRow.
func insertBlocksSQLite(ctx context.Context, tx *txn, docID int64, blocks []textBlock) error {
	ins, err := tx.prepareInsert(ctx, `INSERT INTO blocks (document_id, position, page, kind, row, col, text)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO blocks_fts (rowid, text) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer fts.Close()
	for _, b := range blocks {
		id, err := ins.insert(ctx, docID, b.pos.Index, NullInt(b.pos.Page), b.kind, NullInt(b.row), NullInt(b.col), b.text)
		if err != nil {
			return err
		}
		if _, err := fts.ExecContext(ctx, id, ftsText(b.text)); err != nil {
			return err
		}
	}
	return nil
}

// insertBlocksPostgres inserts a document's blocks in three round trips
// whatever their number: ids taken from the sequence, the blocks as
// arrays (unnest), and their words, as FTS5 splits them, as tsvectors.
func insertBlocksPostgres(ctx context.Context, tx *txn, docID int64, blocks []textBlock) error {
	ids, err := queryIDs(ctx, tx, `SELECT nextval(pg_get_serial_sequence('blocks', 'id')) FROM generate_series(1, ?)`, len(blocks))
	if err != nil {
		return err
	}
	n := len(blocks)
	pos, page, row, col := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
	kind, text, words := make([]string, n), make([]string, n), make([]string, n)
	for i, b := range blocks {
		pos[i], page[i], row[i], col[i] = int64(b.pos.Index), int64(b.pos.Page), int64(b.row), int64(b.col)
		kind[i], text[i], words[i] = b.kind, b.text, ftsWords(b.text)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO blocks (id, document_id, position, page, kind, row, col, text)
		SELECT id, ?, position, nullif(page, 0), kind, nullif(row, 0), nullif(col, 0), text
		FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::text[])
			AS b(id, position, page, kind, row, col, text)`,
		docID, ids, pos, page, kind, row, col, text); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO blocks_fts (block_id, text)
		SELECT id, to_tsvector('minutes_fr', words) FROM unnest(?::bigint[], ?::text[]) AS w(id, words)`, ids, words)
	return err
}

// eachText calls fn for the text of a block, or of each cell of a table.
func eachText(b doc.Block, fn func(pos doc.Pos, kind string, row, col int, text string) error) error {
	switch b := b.(type) {
	case *doc.Heading:
		return fn(b.Pos, "heading", 0, 0, b.Text)
	case *doc.Paragraph:
		return fn(b.Pos, "paragraph", 0, 0, b.Text)
	case *doc.ListItem:
		return fn(b.Pos, "list_item", 0, 0, doc.BlockText(b))
	case *doc.Table:
		for i, r := range b.Rows {
			for j, c := range r.Cells {
				if err := fn(b.Pos, "cell", i+1, j+1, c.Text()); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// sourceJSON is the stored form of a value's provenance.
type sourceJSON struct {
	Page int    `json:"page,omitempty"`
	Ref  string `json:"ref"`
	Text string `json:"text,omitempty"`
}

// insertMeeting inserts meeting m of document docID with its rows and
// returns its id.
func insertMeeting(ctx context.Context, tx *txn, docID int64, m *minutes.Meeting) (int64, error) {
	vals, err := meetingValues(m)
	if err != nil {
		return 0, err
	}
	id, err := tx.insert(ctx, `INSERT INTO meetings
		(document_id, title, date, end_date, start_time, end_time, location, region, cluster, participant_count, sources)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append([]any{docID}, vals...)...)
	if err != nil {
		return 0, err
	}
	return id, insertMeetingRows(ctx, tx, id, m)
}

// meetingValues are the columns of meetings from title to sources.
func meetingValues(m *minutes.Meeting) ([]any, error) {
	sources := map[string]sourceJSON{}
	for k, s := range m.Sources {
		sources[k] = sourceJSON{Page: s.Page, Ref: s.Ref(), Text: s.Text}
	}
	src, err := json.Marshal(sources)
	if err != nil {
		return nil, err
	}
	return []any{NullString(m.Title), NullString(m.Date), NullString(m.EndDate), NullString(m.StartTime),
		NullString(m.EndTime), NullString(m.Location), NullString(m.Region), NullString(m.Cluster),
		NullInt(m.ParticipantCount), string(src)}, nil
}

// insertMeetingRows inserts the participants, excused, agenda items and
// actions of meeting id.
func insertMeetingRows(ctx context.Context, tx *txn, id int64, m *minutes.Meeting) error {
	orgs, err := organizationIDs(ctx, tx, m)
	if err != nil {
		return fmt.Errorf("organizations: %w", err)
	}
	if tx.d.postgres {
		return insertMeetingRowsPostgres(ctx, tx, id, orgs, m)
	}
	if err := insertParticipants(ctx, tx, id, orgs, m.Participants); err != nil {
		return fmt.Errorf("participants: %w", err)
	}
	agendaIDs, err := insertAgenda(ctx, tx, id, m.Agenda)
	if err != nil {
		return fmt.Errorf("agenda: %w", err)
	}
	if err := insertActions(ctx, tx, id, agendaIDs, orgs, m.Actions); err != nil {
		return fmt.Errorf("actions: %w", err)
	}
	return nil
}

// organizationIDs returns the id of every organization the meeting names
// (participants and owners) by acronym, inserting those that are new. They
// are looked up first and written in the order of their acronyms, so that
// ingesters saving at once neither lock the organizations they only read
// nor wait for each other in a cycle.
func organizationIDs(ctx context.Context, tx *txn, m *minutes.Meeting) (map[string]int64, error) {
	orgs := map[string]minutes.Organization{}
	add := func(o minutes.Organization) {
		if o.Acronym == "" {
			return
		}
		if have, ok := orgs[o.Acronym]; ok {
			if have.Name == "" {
				have.Name = o.Name
				orgs[o.Acronym] = have
			}
			return
		}
		orgs[o.Acronym] = o
	}
	for _, p := range m.Participants {
		add(p.Organization)
	}
	for _, a := range m.Actions {
		for _, o := range a.Owners {
			add(o.Organization)
		}
	}
	ids := make(map[string]int64, len(orgs))
	known, err := knownOrganizations(ctx, tx, orgs)
	if err != nil {
		return nil, err
	}
	for _, acronym := range slices.Sorted(maps.Keys(orgs)) {
		if k, ok := known[acronym]; ok && (k.named || orgs[acronym].Name == "") {
			ids[acronym] = k.id
			continue
		}
		id, err := organizationID(ctx, tx, orgs[acronym])
		if err != nil {
			return nil, err
		}
		ids[acronym] = id
	}
	return ids, nil
}

// knownOrganization is an organization stored already.
type knownOrganization struct {
	id    int64
	named bool
}

// knownOrganizations looks the organizations up in one query on
// PostgreSQL, where a round trip costs; SQLite looks them up one by one in
// organizationID, and this returns nothing.
func knownOrganizations(ctx context.Context, tx *txn, orgs map[string]minutes.Organization) (map[string]knownOrganization, error) {
	if !tx.d.postgres || len(orgs) == 0 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT acronym, id, name IS NOT NULL FROM organizations WHERE acronym = ANY(?::text[])`,
		slices.Collect(maps.Keys(orgs)))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	known := map[string]knownOrganization{}
	for rows.Next() {
		var acronym string
		var k knownOrganization
		if err := rows.Scan(&acronym, &k.id, &k.named); err != nil {
			return nil, err
		}
		known[acronym] = k
	}
	return known, rows.Err()
}

// organizationID returns the id of the organization, inserting it when
// new and giving it its name when it had none.
func organizationID(ctx context.Context, tx *txn, o minutes.Organization) (int64, error) {
	var id int64
	var named bool
	err := tx.QueryRowContext(ctx, `SELECT id, name IS NOT NULL FROM organizations WHERE acronym = ?`, o.Acronym).Scan(&id, &named)
	switch {
	case err == nil && (named || o.Name == ""):
		return id, nil
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	kind := o.Kind
	if kind == "" {
		kind = "unknown"
	}
	err = tx.QueryRowContext(ctx, `INSERT INTO organizations (acronym, name, kind) VALUES (?, ?, ?)
		ON CONFLICT(acronym) DO UPDATE SET name = coalesce(organizations.name, excluded.name)
		RETURNING id`, o.Acronym, NullString(o.Name), kind).Scan(&id)
	return id, err
}

// orgID is the organization_id of o: its id in ids, or NULL.
func orgID(ids map[string]int64, o minutes.Organization) any {
	if id, ok := ids[o.Acronym]; ok {
		return id
	}
	return nil
}

func insertParticipants(ctx context.Context, tx *txn, meetingID int64, orgs map[string]int64, ps []minutes.Participant) error {
	for _, p := range ps {
		org := orgID(orgs, p.Organization)
		var err error
		if p.Excused {
			_, err = tx.ExecContext(ctx, `INSERT INTO excused
				(meeting_id, person, title, organization_id, raw, source_page, source_ref)
				VALUES (?, ?, ?, ?, ?, ?, ?)`,
				meetingID, NullString(p.Person), NullString(p.Title), org, NullString(p.Raw),
				NullInt(p.Source.Page), p.Source.Ref())
			if err != nil {
				return err
			}
			continue
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO participants
			(meeting_id, person, title, organization_id, role, excused, raw, source_page, source_ref)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			meetingID, NullString(p.Person), NullString(p.Title), org, NullString(p.Role), boolInt(p.Excused),
			NullString(p.Raw), NullInt(p.Source.Page), p.Source.Ref())
		if err != nil {
			return err
		}
	}
	return nil
}

func insertAgenda(ctx context.Context, tx *txn, meetingID int64, items []minutes.AgendaItem) ([]int64, error) {
	ids := make([]int64, len(items))
	for i, a := range items {
		var err error
		ids[i], err = tx.insert(ctx, `INSERT INTO agenda_items (meeting_id, position, title, source_page, source_ref)
			VALUES (?, ?, ?, ?, ?)`,
			meetingID, i+1, a.Title, NullInt(a.Source.Page), a.Source.Ref())
		if err != nil {
			return nil, err
		}
	}
	return ids, nil
}

func insertActions(ctx context.Context, tx *txn, meetingID int64, agendaIDs []int64, orgs map[string]int64, actions []minutes.Action) error {
	for i, a := range actions {
		var agenda any
		if a.Agenda >= 0 && a.Agenda < len(agendaIDs) {
			agenda = agendaIDs[a.Agenda]
		}
		status := a.Status
		if status == "" {
			status = minutes.StatusOpen
		}
		id, err := tx.insert(ctx, `INSERT INTO actions
			(meeting_id, agenda_item_id, position, text, owner_raw, due_raw, due_date, due_precision, status,
			 source_page, source_ref, source_text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			meetingID, agenda, i+1, a.Text, NullString(a.OwnerRaw), NullString(a.DueRaw), NullString(a.Due),
			NullString(a.DuePrecision), status, NullInt(a.Source.Page), a.Source.Ref(), NullString(a.Source.Text))
		if err != nil {
			return err
		}
		for j, o := range a.Owners {
			if _, err := tx.ExecContext(ctx, `INSERT INTO action_owners (action_id, organization_id, person, raw, position)
				VALUES (?, ?, ?, ?, ?)`, id, orgID(orgs, o.Organization), NullString(o.Person), o.Raw, j+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// DocumentPath returns the path of the stored document id.
func (db *DB) DocumentPath(ctx context.Context, id int64) (string, error) {
	var p string
	err := db.queryRow(ctx, `SELECT coalesce(
		(SELECT path FROM files WHERE document_id = d.id AND missing = 0 ORDER BY last_seen DESC LIMIT 1), d.path)
		FROM documents d WHERE d.id = ?`, id).Scan(&p)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("document %d: not in %s", id, db.Path)
	}
	return p, err
}
