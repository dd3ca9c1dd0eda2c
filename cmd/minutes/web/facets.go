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

// actionFacets counts rows, the tracker's selection, by cluster, status,
// owner, region and year of the meeting.
func actionFacets(p *page, t tracker, rows []store.ActionRow) []facet {
	link := func(pairs ...string) string { return p.Here(append(pairs, "page", "")...) }
	var status []facetValue
	for _, st := range statuses {
		f := tracker{Status: st, Today: t.Today}
		n := 0
		for _, a := range rows {
			if f.hasStatus(a) {
				n++
			}
		}
		if n > 0 {
			status = append(status, facetValue{Label: p.T("status." + st), Link: link("status", st), Count: n})
		}
	}
	var owners []facetValue
	for _, o := range store.OwnerCounts(rows) {
		owners = append(owners, facetValue{Label: o.Name, Link: link("owner", o.Name), Count: o.Count})
	}
	years := map[string]int{}
	for _, a := range rows {
		if len(a.MeetingDate) >= 4 {
			years[a.MeetingDate[:4]]++
		}
	}
	var byYear []facetValue
	for y, n := range years {
		byYear = append(byYear, facetValue{Label: y, Link: link("from", y+"-01-01", "to", y+"-12-31"), Count: n})
	}
	slices.SortFunc(byYear, func(a, b facetValue) int { return cmp.Compare(b.Label, a.Label) })
	out := []facet{
		{"actions.cluster", containing(rows, func(a store.ActionRow) string { return a.Cluster }, func(v string) string { return link("cluster", v) })},
		{"actions.status", status},
		{"actions.owner", top(owners)},
		{"actions.region", containing(rows, func(a store.ActionRow) string { return a.Region }, func(v string) string { return link("region", v) })},
		{"col.year", top(byYear)},
	}
	return slices.DeleteFunc(out, func(f facet) bool { return len(f.Values) == 0 })
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
