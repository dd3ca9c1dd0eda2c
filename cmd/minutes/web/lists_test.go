package web

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store"
)

// count reads the number a list page says it holds ("68 actions").
var count = regexp.MustCompile(`<p (?:id="count" )?role="status"(?: id="count")?>(\d+) `)

func listCount(t *testing.T, h http.Handler, target string) int {
	t.Helper()
	res, body := get(t, h, target)
	m := count.FindStringSubmatch(body)
	if res.StatusCode != http.StatusOK || m == nil {
		t.Fatalf("GET %s: status %d, no count", target, res.StatusCode)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestPagination(t *testing.T) {
	s, h := newSeparateServer(t) // every file its own meeting: enough actions for two pages
	all, err := s.DB.Actions(context.Background(), store.ActionFilter{Today: "2025-06-01"})
	if err != nil || len(all) <= pageSize || len(all) > 2*pageSize {
		t.Fatalf("%d actions (%v): this test wants two pages", len(all), err)
	}
	n := strconv.Itoa(len(all))
	for _, tt := range []struct {
		target string
		want   []string
	}{
		{"/actions", []string{"1–50 sur " + n, "page 1 sur 2", `rel="next" class="next" href="/actions?page=2"`}},
		{"/actions?page=2", []string{"51–" + n + " sur " + n, "page 2 sur 2", `rel="prev"`}},
		{"/actions?page=9", []string{"51–" + n + " sur " + n}},
		{"/actions?page=2&lang=en", []string{"51–" + n + " of " + n, "page 2 of 2"}},
		{"/meetings", []string{"1–7 sur 7"}},
		{"/search?q=de", []string{"1–50 sur ", `href="/search?page=2&amp;q=de"`}},
	} {
		_, body := get(t, h, tt.target)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q", tt.target, w)
			}
		}
	}
	_, body := get(t, h, "/actions?page=2")
	if got := strings.Count(body, "<tr class=\"overdue\">") + strings.Count(body, "<tr>\n<td data-label"); got != len(all)-pageSize {
		t.Errorf("/actions?page=2: %d rows, want %d", got, len(all)-pageSize)
	}
	// Search no longer stops at 100 hits: the count is the store's, and the
	// last page holds the last ones.
	total, err := s.DB.SearchCount(context.Background(), "de")
	if err != nil || total <= 100 {
		t.Fatalf("SearchCount(de) = %d, %v; want over 100 for this test", total, err)
	}
	if got := listCount(t, h, "/search?q=de"); got != total {
		t.Errorf("/search?q=de says %d passages, the store finds %d", got, total)
	}
	last := (total + pageSize - 1) / pageSize
	_, body = get(t, h, "/search?q=de&page="+strconv.Itoa(last))
	if n := strings.Count(body, `<p class="snippet">`); n != total-(last-1)*pageSize {
		t.Errorf("last page of /search?q=de: %d hits, want %d", n, total-(last-1)*pageSize)
	}
}

// facetLink is a value of a facet beside the tracker.
var facetLink = regexp.MustCompile(`<li><a href="([^"]*)">([^<]*)</a> <span class="n">(\d+)</span></li>`)

// TestFacetsOpenTheirCounts: each count beside the tracker is the number
// of actions its link shows.
func TestFacetsOpenTheirCounts(t *testing.T) {
	_, h := newServer(t, nil)
	for _, target := range []string{"/actions?today=2025-06-01", "/actions?cluster=Cluster+Sant%C3%A9&today=2025-05-15",
		"/actions?owner=Coordination&status=overdue&from=2019-03-01&to=2025-12-31&region=bamako&today=2025-06-01"} {
		_, body := get(t, h, target)
		facets := facetLink.FindAllStringSubmatch(body[strings.Index(body, `<aside class="facets"`):], -1)
		if len(facets) < 8 {
			t.Fatalf("%s: %d facet values, want cluster, status, owner, region and year", target, len(facets))
		}
		for _, f := range facets {
			link, want := html.UnescapeString(f[1]), f[3]
			if got := listCount(t, h, link); strconv.Itoa(got) != want {
				t.Errorf("%s: facet %s %s opens %s with %d actions", target, f[2], want, link, got)
			}
		}
	}
	s, _ := newServer(t, nil)
	in2019, err := s.DB.Actions(context.Background(), store.ActionFilter{Since: "2019-01-01", Until: "2019-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range in2019 {
		if !strings.HasPrefix(a.MeetingDate, "2019-") {
			t.Errorf("Actions(2019-01-01 to 2019-12-31): a meeting of %s", a.MeetingDate)
		}
	}
	if got := listCount(t, h, "/actions?from=2019-01-01&to=2019-12-31"); got != len(in2019) || got == 0 {
		t.Errorf("/actions from 2019-01-01 to 2019-12-31: %d actions, want %d", got, len(in2019))
	}
	if res, _ := get(t, h, "/actions?from=hier"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("/actions?from=hier: status %d, want 400", res.StatusCode)
	}
}

func TestMeetingKinds(t *testing.T) {
	_, h := newServer(t, nil)
	all := listCount(t, h, "/meetings")
	sum := 0
	for _, k := range kinds {
		sum += listCount(t, h, "/meetings?kind="+k)
	}
	if sum != all || listCount(t, h, "/meetings?kind=minutes") == all {
		t.Errorf("meetings by kind add up to %d of %d, and not all are minutes", sum, all)
	}
	_, body := get(t, h, "/meetings")
	if !strings.Contains(body, `<span class="tag kind-news">Actualité</span>`) {
		t.Errorf("/meetings: no news shown as such")
	}
	if got := listCount(t, h, "/meetings?from=2019-01-01&to=2019-12-31"); got != 1 {
		t.Errorf("/meetings in 2019: %d, want 1 (a DOCX and its HTML publication)", got)
	}
}

func TestDownloads(t *testing.T) {
	_, h := newServer(t, nil)
	for _, tt := range []struct {
		target, first string
		rows          int
	}{
		{"/actions?owner=OMS&format=json", "id", 1},
		{"/meetings?kind=minutes&format=json", "id", -1},
		{"/search?q=echeance&format=json", "score", 1},
		{"/sql?q=SELECT+1+AS+one,+NULL+AS+empty&format=json", "one", 1},
		{"/organizations?format=json", "acronym", -1},
	} {
		res, body := get(t, h, tt.target)
		var rows []map[string]any
		if err := json.Unmarshal([]byte(body), &rows); err != nil || res.StatusCode != http.StatusOK ||
			!strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: status %d, %v\n%.200s", tt.target, res.StatusCode, err, body)
			continue
		}
		if len(rows) == 0 || tt.rows >= 0 && len(rows) != tt.rows || !strings.HasPrefix(body, "[\n{\""+tt.first+"\":") {
			t.Errorf("GET %s: %d rows, want %d, first key %s:\n%.200s", tt.target, len(rows), tt.rows, tt.first, body)
		}
	}
	for _, target := range []string{"/meetings?format=csv", "/search?q=echeance&format=csv", "/sql?q=SELECT+1&format=csv", "/organizations?format=csv"} {
		if res, body := get(t, h, target); res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") || body == "" {
			t.Errorf("GET %s: status %d, type %q", target, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
	if res, _ := get(t, h, "/sql?q=WITH+RECURSIVE+n(i)+AS+(SELECT+1+UNION+ALL+SELECT+i%2B1+FROM+n+WHERE+i+<+200000)+SELECT+i+FROM+n&format=csv"); res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a download of 200000 rows: status %d, want 413", res.StatusCode)
	}
}

// TestCharts: the overview draws its charts as inline SVG, with no style
// attribute (the CSP forbids inline styles) and a title; each bar's
// count is what its link shows.
func TestCharts(t *testing.T) {
	_, h := newServer(t, nil)
	_, body := get(t, h, "/")
	if n := strings.Count(body, `<svg viewBox=`); n != 3 || strings.Contains(body, "style=") {
		t.Fatalf("overview: %d charts (want 3), style attributes: %v", n, strings.Contains(body, "style="))
	}
	bar := regexp.MustCompile(`<a href="([^"]*)"><title>([^<]*)</title>`)
	bars := bar.FindAllStringSubmatch(body, -1)
	if len(bars) < 10 {
		t.Fatalf("overview: %d bars", len(bars))
	}
	for _, b := range bars[:16] { // status and owners
		link, tip := html.UnescapeString(b[1]), html.UnescapeString(b[2])
		got := listCount(t, h, link)
		if want := strconv.Itoa(got) + " action"; !strings.Contains(tip, want) {
			t.Errorf("bar %q opens %s with %d actions", tip, link, got)
		}
	}
}

func TestOrganizations(t *testing.T) {
	s, h := newServer(t, nil)
	for target, want := range map[string]string{
		"/organizations?q=OMS": "/organizations/WHO",
		"/organizations?q=Organisation+mondiale+de+la+sant%C3%A9": "/organizations/WHO",
		"/organizations/OMS":         "/organizations/WHO",
		"/organizations/OMS?lang=en": "/organizations/WHO?lang=en",
	} {
		res, _ := get(t, h, target)
		if res.StatusCode != http.StatusFound || res.Header.Get("Location") != want {
			t.Errorf("GET %s: %d to %q, want a redirect to %s", target, res.StatusCode, res.Header.Get("Location"), want)
		}
	}
	_, body := get(t, h, "/organizations")
	if !strings.Contains(body, `<a href="/organizations/WHO">WHO</a>`) || !strings.Contains(body, "Agence des Nations unies") {
		t.Errorf("/organizations: no WHO, or its kind not translated")
	}
	if res, _ := get(t, h, "/organizations/NOPE"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/organizations/NOPE: %d, want 404", res.StatusCode)
	}
	// The organization's page counts its meetings as the overview does,
	// shows its kind translated and any overdue share as a bad value (red:
	// with low = high = 0 a browser shows it as merely suboptimal, yellow).
	facets, err := s.DB.Facets(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range facets.Organizations[:3] {
		_, page := get(t, h, "/organizations/"+o.Name+"?lang=en")
		if !strings.Contains(page, "<strong>"+strconv.Itoa(o.Count)+"</strong> Meetings attended") {
			t.Errorf("/organizations/%s: meetings attended differ from the overview's %d", o.Name, o.Count)
		}
		if strings.Contains(page, ": un</p>") || !strings.Contains(page, `low="0.5" high="0.5" optimum="0"`) {
			t.Errorf("/organizations/%s: raw kind shown, or the overdue meter not marked as bad when high", o.Name)
		}
	}
}

func TestTranslations(t *testing.T) {
	_, h := newServer(t, nil)
	for _, tt := range []struct {
		target string
		want   []string
		not    []string
	}{
		{"/search?q=echeance", []string{"cellule de tableau", "1 passage</p>"}, []string{"· cell<"}},
		{"/search?q=echeance&lang=en", []string{"table cell", "1 passage</p>"}, nil},
		{"/actions?owner=nobody", []string{">0 action</p>"}, nil},
		{"/actions?owner=nobody&lang=en", []string{">0 actions</p>"}, nil},
	} {
		_, body := get(t, h, tt.target)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q", tt.target, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(body, w) {
				t.Errorf("GET %s: %q", tt.target, w)
			}
		}
	}
	for _, tt := range []struct {
		lang string
		n    int
		want string
	}{
		{"fr", 0, "0 action"}, {"fr", 1, "1 action"}, {"fr", 2, "2 actions"},
		{"en", 0, "0 actions"}, {"en", 1, "1 action"}, {"en", 2, "2 actions"},
	} {
		if got := (&page{Lang: tt.lang}).Tf("actions.count", tt.n); got != tt.want {
			t.Errorf("Tf(actions.count, %d) in %s = %q, want %q", tt.n, tt.lang, got, tt.want)
		}
	}
	for _, tt := range []struct{ lang, role, want string }{
		{"en", "intervenant", "Speaker"},
		{"en", "présentateur", "Presenter"},
		{"fr", "owner", "Responsable d'une action"},
		{"fr", "Directeur Général", "Directeur général"},
		{"fr", "directeur général", "Directeur général"},
		{"en", "Directeur Général", "Director-General"},
		{"fr", "point focal OMS", "Point focal OMS"},
	} {
		if got := roleLabel(tt.lang, tt.role); got != tt.want {
			t.Errorf("roleLabel(%q, %q) = %q, want %q", tt.lang, tt.role, got, tt.want)
		}
	}
}
