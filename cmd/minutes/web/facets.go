package web

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sahelim/minutes/normalize"
	"github.com/sahelim/minutes/store"
)

// maxFacetValues is the number of values a facet lists, most actions first.
const maxFacetValues = 10

// facet counts the selected actions for each value of one filter; each
// value links to the selection narrowed to it, and its count is the
// number of actions that link shows: it is counted by the filter's own
// test.
type facet struct {
	Key    string // the message key of its title
	Values []facetValue
}

type facetValue struct {
	Label, Link string
	Count       int
}

// actionFacets counts the tracker's selection by cluster, status, owner,
// region and year of the meeting. A facet whose filter is set counts the
// actions the other filters select (its link replaces that filter), so
// that a count is still what its link opens; sel selects the actions of a
// filter, rows are those of t.
func actionFacets(p *page, t tracker, rows []store.ActionRow, sel func(tracker) ([]store.ActionRow, error)) ([]facet, error) {
	link := func(pairs ...string) string { return p.Here(append(pairs, "page", "")...) }
	without := func(set bool, clear func(*tracker)) ([]store.ActionRow, error) {
		if !set {
			return rows, nil
		}
		u := t
		clear(&u)
		return sel(u)
	}
	var out []facet
	for _, f := range []struct {
		key   string
		set   bool
		clear func(*tracker)
		count func([]store.ActionRow) []facetValue
	}{
		{"actions.cluster", t.Cluster != "", func(u *tracker) { u.Cluster = "" }, func(rows []store.ActionRow) []facetValue {
			return containing(rows, func(a store.ActionRow) string { return a.Cluster }, func(v string) string { return link("cluster", v) })
		}},
		{"actions.status", t.Status != "", func(u *tracker) { u.Status = "" }, func(rows []store.ActionRow) []facetValue {
			return byStatus(p, t.Today, rows, link)
		}},
		{"actions.owner", t.Owner != "", func(u *tracker) { u.Owner = "" }, func(rows []store.ActionRow) []facetValue {
			var owners []facetValue
			for _, o := range store.OwnerCounts(rows) {
				owners = append(owners, facetValue{Label: o.Name, Link: link("owner", o.Name), Count: o.Count})
			}
			return top(owners)
		}},
		{"actions.region", t.Region != "", func(u *tracker) { u.Region = "" }, func(rows []store.ActionRow) []facetValue {
			return containing(rows, func(a store.ActionRow) string { return a.Region }, func(v string) string { return link("region", v) })
		}},
		{"col.year", t.From != "" || t.To != "", func(u *tracker) { u.From, u.To = "", "" }, func(rows []store.ActionRow) []facetValue {
			return byYear(rows, link)
		}},
	} {
		rows, err := without(f.set, f.clear)
		if err != nil {
			return nil, err
		}
		if values := f.count(rows); len(values) > 0 {
			out = append(out, facet{Key: f.key, Values: values})
		}
	}
	return out, nil
}

// byStatus counts rows by the tracker's statuses, as its filter does.
func byStatus(p *page, today string, rows []store.ActionRow, link func(...string) string) []facetValue {
	var out []facetValue
	for _, st := range statuses {
		f := tracker{Status: st, Today: today}
		n := 0
		for _, a := range rows {
			if f.hasStatus(a) {
				n++
			}
		}
		if n > 0 {
			out = append(out, facetValue{Label: p.T("status." + st), Link: link("status", st), Count: n})
		}
	}
	return out
}

// byYear counts rows by the year of their meeting, latest first, each
// year linking to the meetings from its first day to its last.
func byYear(rows []store.ActionRow, link func(...string) string) []facetValue {
	years := map[string]int{}
	for _, a := range rows {
		if len(a.MeetingDate) >= 4 {
			years[a.MeetingDate[:4]]++
		}
	}
	var out []facetValue
	for y, n := range years {
		out = append(out, facetValue{Label: y, Link: link("from", y+"-01-01", "to", y+"-12-31"), Count: n})
	}
	slices.SortFunc(out, func(a, b facetValue) int { return cmp.Compare(b.Label, a.Label) })
	return top(out)
}

// containing counts, for each value of a field filtered as a folded
// substring (cluster, region), the rows that filter keeps.
func containing(rows []store.ActionRow, field func(store.ActionRow) string, link func(string) string) []facetValue {
	seen := map[string]bool{}
	var out []facetValue
	for _, a := range rows {
		v := field(a)
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		f, n := normalize.Fold(v), 0
		for _, b := range rows {
			if strings.Contains(normalize.Fold(field(b)), f) {
				n++
			}
		}
		out = append(out, facetValue{Label: v, Link: link(v), Count: n})
	}
	slices.SortFunc(out, func(a, b facetValue) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Label, b.Label)) })
	return top(out)
}

func top(vs []facetValue) []facetValue { return vs[:min(len(vs), maxFacetValues)] }
