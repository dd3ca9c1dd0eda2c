package web

import (
	"cmp"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/sahelim/minutes/store"
)

// soonDays is how many days ahead a deadline counts as due soon.
const soonDays = 30

// tracker is the filter of the action tracker, read from the query.
type tracker struct {
	Owner, Cluster, Region string
	Status                 string // overdue, soon, none, open, in_progress, done, or ""
	Q                      string
	From, To               string // YYYY-MM-DD: meetings held on or after From, on or before To
	Sort, Dir              string // Sort: date, due, owner, cluster, overdue, status; Dir: asc or desc
	Today                  string // YYYY-MM-DD
}

// statuses are the values of the tracker's status filter, in menu order.
var statuses = []string{"overdue", "soon", "none", "open", "in_progress", "done"}

// sortKeys are the sortable columns, each with its default direction.
var sortKeys = map[string]string{"date": "desc", "due": "asc", "owner": "asc", "cluster": "asc", "overdue": "desc", "status": "asc"}

// readTracker reads the filter; it returns false when today, from or to
// is not a date.
func (s *Server) readTracker(r *http.Request) (tracker, bool) {
	q := r.URL.Query()
	t := tracker{Owner: strings.TrimSpace(q.Get("owner")), Cluster: q.Get("cluster"), Region: q.Get("region"),
		Status: q.Get("status"), Q: strings.TrimSpace(q.Get("q")), Sort: q.Get("sort"), Dir: q.Get("dir"),
		Today: q.Get("today"), From: q.Get("from"), To: q.Get("to")}
	if t.Today == "" {
		t.Today = s.now().Format(time.DateOnly)
	}
	if !isDate(t.Today) || !isDate(t.From) && t.From != "" || !isDate(t.To) && t.To != "" {
		return t, false
	}
	if !slices.Contains(statuses, t.Status) {
		t.Status = ""
	}
	if _, ok := sortKeys[t.Sort]; !ok {
		t.Sort = ""
	}
	if t.Dir != "asc" && t.Dir != "desc" {
		t.Dir = sortKeys[t.Sort]
	}
	return t, true
}

// filter is the store's part of the filter; due soon and no deadline are
// applied by keep.
func (t tracker) filter() store.ActionFilter {
	f := store.ActionFilter{Owner: t.Owner, Cluster: t.Cluster, Region: t.Region, Search: t.Q, Today: t.Today,
		Since: t.From, Until: t.To}
	switch t.Status {
	case "overdue":
		f.Overdue = true
	case "open", "in_progress", "done":
		f.Status = t.Status
	}
	return f
}

// hasStatus is the test of the status filter, both the part the store
// applies (overdue, open, in_progress, done) and keep's.
func (t tracker) hasStatus(a store.ActionRow) bool {
	switch t.Status {
	case "overdue":
		return a.Status != "done" && a.Due != "" && a.Due < t.Today
	case "open", "in_progress", "done":
		return a.Status == t.Status
	}
	return t.keep(a)
}

func (t tracker) keep(a store.ActionRow) bool {
	switch t.Status {
	case "soon":
		return a.Status != "done" && a.Due != "" && a.Due >= t.Today && a.Due <= addDays(t.Today, soonDays)
	case "none":
		return a.Due == ""
	}
	return true
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func addDays(iso string, n int) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return d.AddDate(0, 0, n).Format(time.DateOnly)
}

// selectActions returns the actions the tracker selects, sorted.
func (s *Server) selectActions(r *http.Request, t tracker) ([]store.ActionRow, error) {
	rows, err := s.DB.Actions(r.Context(), t.filter())
	if err != nil {
		return nil, err
	}
	rows = slices.DeleteFunc(rows, func(a store.ActionRow) bool { return !t.keep(a) })
	sortActions(rows, t.Sort, t.Dir)
	return rows, nil
}

// sortActions sorts stably by one column; empty values go last either way.
func sortActions(rows []store.ActionRow, key, dir string) {
	if key == "" {
		return
	}
	val := func(a store.ActionRow) string {
		switch key {
		case "date":
			return a.MeetingDate
		case "due":
			return a.Due
		case "owner":
			return strings.ToLower(owner(a))
		case "cluster":
			return a.Cluster
		case "status":
			return a.Status
		}
		return ""
	}
	slices.SortStableFunc(rows, func(a, b store.ActionRow) int {
		if key == "overdue" {
			return sign(dir) * cmp.Compare(a.DaysOverdue, b.DaysOverdue)
		}
		va, vb := val(a), val(b)
		if (va == "") != (vb == "") {
			if va == "" {
				return 1
			}
			return -1
		}
		return sign(dir) * cmp.Compare(va, vb)
	})
}

func sign(dir string) int {
	if dir == "desc" {
		return -1
	}
	return 1
}

func owner(a store.ActionRow) string {
	if a.Owners != "" {
		return a.Owners
	}
	return a.OwnerRaw
}

// actionsView is the data of the tracker page.
type actionsView struct {
	Filter    tracker
	Facets    *store.Facets
	Counts    []facet // the selection's actions by cluster, status, owner, region and year
	Statuses  []string
	Rows      []actionItem
	Pager     pager
	CSV, XLSX bool
	Soon      string // last day of "due soon"
}

type actionItem struct {
	store.ActionRow
	MeetingID int64
	Owner     string   // the owners joined, or as written
	OwnerList []string // each owner, linked on its own to the actions it owns
}

func newActionItem(a store.ActionRow, meetingID int64) actionItem {
	it := actionItem{ActionRow: a, MeetingID: meetingID, Owner: owner(a), OwnerList: a.OwnerNames()}
	if it.OwnerList == nil && a.OwnerRaw != "" {
		it.OwnerList = []string{a.OwnerRaw}
	}
	return it
}

func (s *Server) actions(w http.ResponseWriter, r *http.Request) {
	t, ok := s.readTracker(r)
	if !ok {
		s.userError(w, r, http.StatusBadRequest, "error.filter")
		return
	}
	rows, err := s.selectActions(r, t)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if f := r.URL.Query().Get("format"); f != "" {
		s.download(w, r, f, rows)
		return
	}
	facets, err := s.DB.Facets(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	meetings, err := s.DB.ActionMeetings(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := newPage(r, "actions")
	counts, err := actionFacets(p, t, rows, func(u tracker) ([]store.ActionRow, error) { return s.selectActions(r, u) })
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := &actionsView{Filter: t, Facets: facets, Statuses: statuses, Counts: counts,
		CSV: s.WriteCSV != nil, XLSX: s.WriteXLSX != nil, Soon: addDays(t.Today, soonDays)}
	shown, pg := pageOf(r, rows)
	v.Pager = pg
	for _, a := range shown {
		v.Rows = append(v.Rows, newActionItem(a, meetings[a.ID]))
	}
	p.Title = p.T("actions.title")
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}

// SortLink is the link a column header gives: sort by key, in its default
// direction, or the other way when it is already the sort.
func (v *actionsView) SortLink(p *page, key string) string {
	dir := sortKeys[key]
	if v.Filter.Sort == key {
		dir = map[string]string{"asc": "desc", "desc": "asc"}[v.Filter.Dir]
	}
	return p.Here("sort", key, "dir", dir)
}

// AriaSort is the aria-sort value of a column header.
func (v *actionsView) AriaSort(key string) string {
	if v.Filter.Sort != key {
		return ""
	}
	if v.Filter.Dir == "desc" {
		return "descending"
	}
	return "ascending"
}

// download writes the selected actions with the columns of `minutes
// export --table actions` (ISO dates), in the tracker's order.
func (s *Server) download(w http.ResponseWriter, r *http.Request, format string, rows []store.ActionRow) {
	all, err := s.DB.Export(r.Context(), "actions")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ids := make([]int64, len(rows))
	for i, a := range rows {
		ids[i] = a.ID
	}
	s.send(w, r, "actions", format, selectRows(all, ids))
}

// selectRows keeps the rows of an export (its first column the id) whose
// id is one of ids, in their order.
func selectRows(all *store.Result, ids []int64) *store.Result {
	byID := map[int64][]any{}
	for _, row := range all.Rows {
		if id, ok := row[0].(int64); ok {
			byID[id] = row
		}
	}
	res := &store.Result{Columns: all.Columns}
	for _, id := range ids {
		if row, ok := byID[id]; ok {
			res.Rows = append(res.Rows, row)
		}
	}
	return res
}
