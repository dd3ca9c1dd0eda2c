package web

import (
	"errors"
	"net/http"
	"slices"
	"sort"
	"strconv"

	"github.com/sahelim/minutes/store"
)

// meetingsView is the data of the meetings list.
type meetingsView struct {
	Filter store.MeetingFilter
	Kinds  []string // the kinds of the menu
	Facets *store.Facets
	Counts []facetValue // the documents of the other filters by kind
	Rows   []store.MeetingRow
	Pager  pager
}

// kinds are the document kinds, in menu order.
var kinds = []string{"minutes", "report", "news", "other"}

func (s *Server) meetings(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := store.MeetingFilter{Cluster: q.Get("cluster"), Region: q.Get("region"), Kind: q.Get("kind"),
		From: q.Get("from"), To: q.Get("to")}
	if f.From != "" && !isDate(f.From) || f.To != "" && !isDate(f.To) {
		s.userError(w, r, http.StatusBadRequest, "error.filter")
		return
	}
	anyKind := f
	anyKind.Kind = ""
	rows, err := s.DB.Meetings(r.Context(), anyKind)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := newPage(r, "meetings")
	v := &meetingsView{Filter: f, Kinds: kinds, Counts: kindCounts(p, rows)}
	rows = slices.DeleteFunc(rows, func(m store.MeetingRow) bool { return f.Kind != "" && m.Kind != f.Kind })
	if format := q.Get("format"); format != "" {
		s.downloadMeetings(w, r, format, rows)
		return
	}
	if v.Facets, err = s.DB.Facets(r.Context()); err != nil {
		s.fail(w, r, err)
		return
	}
	v.Rows, v.Pager = pageOf(r, rows)
	p.Title = p.T("meetings.title")
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}

// kindCounts counts the documents by kind, each kind linking to them.
func kindCounts(p *page, rows []store.MeetingRow) []facetValue {
	var out []facetValue
	for _, k := range kinds {
		n := 0
		for _, m := range rows {
			if m.Kind == k {
				n++
			}
		}
		if n > 0 {
			out = append(out, facetValue{Label: p.T("kind." + k), Link: p.Here("kind", k, "page", ""), Count: n})
		}
	}
	return out
}

// downloadMeetings writes the selected meetings with the columns of
// `minutes export --table meetings`.
func (s *Server) downloadMeetings(w http.ResponseWriter, r *http.Request, format string, rows []store.MeetingRow) {
	if format == "xlsx" {
		s.userError(w, r, http.StatusNotFound, "error.format")
		return
	}
	all, err := s.DB.Export(r.Context(), "meetings")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ids := make([]int64, len(rows))
	for i, m := range rows {
		ids[i] = m.ID
	}
	s.send(w, r, "meetings", format, selectRows(all, ids))
}

// meetingView is the data of a meeting's page: what was extracted, each
// value with the anchor of its source, and the document's text with the
// sources marked.
type meetingView struct {
	*store.Meeting
	Fields   []field
	Document []docItem
}

// field is one metadata value with its source.
type field struct {
	Key, Value, Ref, Href string
	Date                  bool
}

// fieldOrder lists the metadata shown, in order, with the key of their
// source in meetings.sources.
var fieldOrder = []string{"title", "date", "end_date", "start_time", "end_time", "location", "region", "cluster", "participant_count"}

func (s *Server) meeting(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.notFound(w, r)
		return
	}
	m, err := s.DB.Meeting(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := newPage(r, "meeting")
	p.Title = m.Title
	if p.Title == "" {
		p.Title = m.File
	}
	p.Nav = "meetings"
	p.Data = newMeetingView(p, m)
	s.render(w, r, p, http.StatusOK)
}

func newMeetingView(p *page, m *store.Meeting) *meetingView {
	v := &meetingView{Meeting: m}
	marks := map[string][]mark{}
	add := func(ref, label, href, kind string) {
		if a := anchor(ref); a != "" {
			marks[a] = append(marks[a], mark{Label: label, Href: href, Kind: kind})
		}
	}
	values := map[string]string{"title": m.Title, "date": m.Date, "end_date": m.EndDate, "start_time": m.StartTime,
		"end_time": m.EndTime, "location": m.Location, "region": m.Region, "cluster": m.Cluster}
	if m.ParticipantCount > 0 {
		values["participant_count"] = strconv.Itoa(m.ParticipantCount)
	}
	for _, k := range fieldOrder {
		if values[k] == "" {
			continue
		}
		src := m.Sources[k]
		v.Fields = append(v.Fields, field{Key: k, Value: values[k], Ref: src.Ref, Href: anchor(src.Ref),
			Date: k == "date" || k == "end_date"})
		add(src.Ref, p.T("field."+k), "#v-"+k, "field")
	}
	for i, x := range m.Participants {
		add(x.Ref, "P"+strconv.Itoa(i+1), "#v-p"+strconv.Itoa(i+1), "participant")
	}
	for i, x := range m.Excused {
		add(x.Ref, "E"+strconv.Itoa(i+1), "#v-e"+strconv.Itoa(i+1), "participant")
	}
	for i, x := range m.Agenda {
		add(x.Ref, "O"+strconv.Itoa(i+1), "#v-o"+strconv.Itoa(i+1), "agenda")
	}
	for i, x := range m.Actions {
		add(x.Ref, "A"+strconv.Itoa(i+1), "#v-a"+strconv.Itoa(i+1), "action")
	}
	v.Document = documentView(m.Blocks, marks)
	return v
}

// organizationView is the data of an organization's page.
type organizationView struct {
	*store.Organization
	ByYear      []yearCount
	MaxYear     int
	Actions     []store.ActionRow
	Overdue     int
	ActionsLink string
	MeetingOf   map[int64]int64
	Today       string
	Attended    int // distinct meetings attended, as the overview counts them
}

type yearCount struct {
	Year  string
	Count int
}

func (s *Server) organization(w http.ResponseWriter, r *http.Request) {
	o, err := s.DB.Organization(r.Context(), r.PathValue("acronym"))
	if errors.Is(err, store.ErrNotFound) {
		// Another name of a known organization: /organizations/OMS is WHO's.
		if acronym, ok := s.canonical(r, r.PathValue("acronym")); ok {
			p := newPage(r, "organization")
			http.Redirect(w, r, p.Org(acronym), http.StatusFound)
			return
		}
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	today := s.now().Format("2006-01-02")
	actions, err := s.DB.Actions(r.Context(), store.ActionFilter{Owner: o.Acronym, Today: today})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	meetings, err := s.DB.ActionMeetings(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := newPage(r, "organization")
	p.Title = o.Acronym
	p.Nav = "organizations"
	v := &organizationView{Organization: o, Actions: actions, MeetingOf: meetings, Today: today,
		ActionsLink: p.Link("/actions", "owner", o.Acronym), Attended: o.Meetings()}
	for _, a := range actions {
		if a.DaysOverdue > 0 {
			v.Overdue++
		}
	}
	v.ByYear, v.MaxYear = attendanceByYear(o.Attendance)
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}

// attendanceByYear counts the distinct meeting dates attended each year,
// oldest first, and returns the largest count.
func attendanceByYear(as []store.Attendance) ([]yearCount, int) {
	dates := map[string]map[string]bool{}
	for _, a := range as {
		if !a.Present || len(a.Date) < 4 {
			continue
		}
		y := a.Date[:4]
		if dates[y] == nil {
			dates[y] = map[string]bool{}
		}
		dates[y][a.Date] = true
	}
	var out []yearCount
	most := 0
	for y, ds := range dates {
		out = append(out, yearCount{Year: y, Count: len(ds)})
		most = max(most, len(ds))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out, most
}
