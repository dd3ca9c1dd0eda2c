package web

import (
	"net/http"
	"slices"
	"strings"

	"github.com/sahelim/minutes/normalize"
	"github.com/sahelim/minutes/store"
)

// organizationsView is the data of the organizations' index.
type organizationsView struct {
	Q     string
	Rows  []organizationRow
	Pager pager
}

type organizationRow struct {
	store.OrganizationRow
	Actions int // actions it owns, as the tracker's owner filter counts them
}

// organizations lists the organizations that attended or own actions, with
// the meetings attended and the actions owned. ?q= keeps those whose
// acronym or name holds the text; a q that names a known organization by
// any of its names (OMS, Organisation mondiale de la Santé) opens its page.
func (s *Server) organizations(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	format := r.URL.Query().Get("format")
	if acronym, ok := s.canonical(r, q); ok && format == "" {
		http.Redirect(w, r, newPage(r, "organizations").Org(acronym), http.StatusFound)
		return
	}
	orgs, err := s.DB.Organizations(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	actions, err := s.DB.Actions(r.Context(), store.ActionFilter{Today: s.now().Format("2006-01-02")})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	owned, f := store.NewOwned(actions), normalize.Fold(q)
	var rows []organizationRow
	for _, o := range orgs {
		if strings.Contains(normalize.Fold(o.Acronym), f) || strings.Contains(normalize.Fold(o.Name), f) {
			rows = append(rows, organizationRow{OrganizationRow: o, Actions: owned.Count(o.Acronym)})
		}
	}
	slices.SortStableFunc(rows, func(a, b organizationRow) int { return b.Meetings + b.Actions - a.Meetings - a.Actions })
	if format != "" {
		s.sendOrganizations(w, r, format, rows)
		return
	}
	p := newPage(r, "organizations")
	p.Title = p.T("orgs.title")
	v := &organizationsView{Q: q}
	v.Rows, v.Pager = pageOf(r, rows)
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}

func (s *Server) sendOrganizations(w http.ResponseWriter, r *http.Request, format string, rows []organizationRow) {
	if format == "xlsx" {
		s.userError(w, r, http.StatusNotFound, "error.format")
		return
	}
	res := &store.Result{Columns: []string{"acronym", "name", "kind", "meetings", "actions"}}
	for _, o := range rows {
		res.Rows = append(res.Rows, []any{o.Acronym, o.Name, o.Kind, int64(o.Meetings), int64(o.Actions)})
	}
	s.send(w, r, "organizations", format, res)
}

// canonical returns the stored acronym of the organization name names by
// any of its names, when it is stored.
func (s *Server) canonical(r *http.Request, name string) (string, bool) {
	if name == "" {
		return "", false
	}
	o, ok := normalize.Organization(name)
	if !ok || o.Acronym == name {
		return "", false
	}
	if _, err := s.DB.Organization(r.Context(), o.Acronym); err != nil {
		return "", false
	}
	return o.Acronym, true
}
