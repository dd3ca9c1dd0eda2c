package web

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/sahelim/minutes/store"
)

// overviewView is the data of the home page.
type overviewView struct {
	Today                        string
	Actions, Overdue, Soon, None int
	Meetings                     int
	ByOwner                      []store.Named // overdue actions per owner, as the tracker counts them
	Next                         []actionItem  // the next deadlines not passed
	Recent                       []store.MeetingRow
	Attend                       []store.Named
	Organizations                int
	Charts                       []chart
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	today := s.now().Format(time.DateOnly)
	actions, err := s.DB.Actions(ctx, store.ActionFilter{Today: today})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	meetings, err := s.DB.Meetings(ctx, store.MeetingFilter{})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	facets, err := s.DB.Facets(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	of, err := s.DB.ActionMeetings(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := summarize(actions, today, of)
	v.Meetings, v.Recent = len(meetings), meetings[:min(5, len(meetings))]
	v.Organizations, v.Attend = len(facets.Organizations), facets.Organizations[:min(8, len(facets.Organizations))]
	p := newPage(r, "overview")
	v.Charts = overviewCharts(p, today, actions)
	p.Title = p.T("overview.title")
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}

// summarize counts the actions by state and lists overdue ones by owner
// (each owner of an action on its own, counted as the tracker filters
// them, so that a count is what its link shows) and the next deadlines.
func summarize(actions []store.ActionRow, today string, meetingOf map[int64]int64) *overviewView {
	v := &overviewView{Today: today, Actions: len(actions)}
	soon := tracker{Status: "soon", Today: today}
	var overdue []store.ActionRow
	for _, a := range actions {
		switch {
		case a.DaysOverdue > 0:
			v.Overdue++
			overdue = append(overdue, a)
		case soon.keep(a):
			v.Soon++
			v.Next = append(v.Next, newActionItem(a, meetingOf[a.ID]))
		}
		if a.Due == "" {
			v.None++
		}
	}
	v.ByOwner = store.OwnerCounts(overdue)
	v.ByOwner = v.ByOwner[:min(8, len(v.ByOwner))]
	slices.SortStableFunc(v.Next, func(a, b actionItem) int { return cmp.Compare(a.Due, b.Due) })
	v.Next = v.Next[:min(8, len(v.Next))]
	return v
}

func itoa(n int) string { return strconv.Itoa(n) }
