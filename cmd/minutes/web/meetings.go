package web

import (
	"errors"
	"net/http"
	"sort"
	"strconv"

	"github.com/sahelim/minutes/store"
)

// meetingsView is the data of the meetings list.
type meetingsView struct {
	Cluster, Region string
	Facets          *store.Facets
	Rows            []store.MeetingRow
}

func (s *Server) meetings(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := store.MeetingFilter{Cluster: q.Get("cluster"), Region: q.Get("region")}
	rows, err := s.DB.Meetings(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	facets, err := s.DB.Facets(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := newPage(r, "meetings")
	p.Title = p.T("meetings.title")
	p.Data = &meetingsView{Cluster: f.Cluster, Region: f.Region, Facets: facets, Rows: rows}
	s.render(w, r, p, http.StatusOK)
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
}

type yearCount struct {
	Year  string
	Count int
}

func (s *Server) organization(w http.ResponseWriter, r *http.Request) {
	o, err := s.DB.Organization(r.Context(), r.PathValue("acronym"))
	if errors.Is(err, store.ErrNotFound) {
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
	p.Nav = ""
	v := &organizationView{Organization: o, Actions: actions, MeetingOf: meetings, Today: today,
		ActionsLink: p.Link("/actions", "owner", o.Acronym)}
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
