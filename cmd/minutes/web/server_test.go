package web

import (
	"context"
	"encoding/csv"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store"
)

func TestPages(t *testing.T) {
	_, h := newServer(t, nil)
	for _, tt := range []struct {
		target string
		want   []string
	}{
		{"/", []string{"<h1>Vue d&#39;ensemble</h1>", "1er juin 2025", `href="/actions?sort=overdue&amp;status=overdue"`}},
		{"/actions", []string{"<h1>Suivi des actions</h1>", `<p id="count" role="status">47 actions</p>`,
			`<time datetime="2019-03-28">28 mars 2019</time>`}},
		{"/actions?owner=OMS", []string{`<p id="count" role="status">1 action</p>`,
			"Une note conceptuelle devra être prête dans les 48 heures", `<span class="raw">48 heures</span>`}},
		{"/actions?cluster=sante&q=feuille+de+route&status=open", []string{"Au plus tard fin mai 2025"}},
		{"/actions?status=soon&today=2025-05-15", []string{`<p id="count" role="status">5 actions</p>`}},
		{"/meetings", []string{"<h1>Réunions</h1>", "5 réunions", "5 avril 2017", "sans date"}},
		{"/meetings?cluster=protection", []string{"1 réunion"}},
		{"/meetings/2", []string{"Situation de Bankass", `id="v-a1"`, `<h2 id="h-doc">Texte du document</h2>`}},
		{"/organizations/WHO", []string{"<h1>WHO", "Réunions suivies", "Une note conceptuelle"}},
		{"/search?q=echeance", []string{"<mark>Echéance</mark>", "1 passage</p>", "cellule de tableau"}},
		{"/sql", []string{"Requêtes toutes prêtes", "Actions en retard par responsable"}},
		{"/sql?q=SELECT+cluster%2C+count(*)+AS+n+FROM+v_meetings+GROUP+BY+cluster+ORDER+BY+cluster",
			[]string{"3 lignes", "<td>Cluster Protection</td><td class=\"num\">1</td>"}},
	} {
		res, body := get(t, h, tt.target)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", tt.target, res.StatusCode)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q in the page", tt.target, w)
			}
		}
	}
}

func TestOverdueMatchesStore(t *testing.T) {
	s, h := newServer(t, nil)
	rows, err := s.DB.Actions(context.Background(), store.ActionFilter{Overdue: true, Today: "2025-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	_, body := get(t, h, "/actions?status=overdue")
	if want := `<p id="count" role="status">` + itoa(len(rows)) + " actions</p>"; !strings.Contains(body, want) || len(rows) == 0 {
		t.Errorf("/actions?status=overdue: want %q (%d overdue in the store)", want, len(rows))
	}
	if n := strings.Count(body, `<tr class="overdue">`); n != len(rows) {
		t.Errorf("/actions?status=overdue: %d rows marked overdue, want %d", n, len(rows))
	}
}

func TestSort(t *testing.T) {
	_, h := newServer(t, nil)
	dues := regexp.MustCompile(`<br><time datetime="(\d{4}-\d\d-\d\d)">`)
	for _, dir := range []string{"asc", "desc"} {
		_, body := get(t, h, "/actions?sort=due&dir="+dir)
		var got []string
		for _, m := range dues.FindAllStringSubmatch(body, -1) {
			got = append(got, m[1])
		}
		if len(got) < 2 {
			t.Fatalf("sort=due: %d deadlines in the page", len(got))
		}
		for i := 1; i < len(got); i++ {
			if (dir == "asc" && got[i] < got[i-1]) || (dir == "desc" && got[i] > got[i-1]) {
				t.Errorf("sort=due&dir=%s: %s after %s", dir, got[i], got[i-1])
				break
			}
		}
		if want := `aria-sort="` + map[string]string{"asc": "ascending", "desc": "descending"}[dir] + `"`; !strings.Contains(body, want) {
			t.Errorf("sort=due&dir=%s: no %s", dir, want)
		}
	}
}

func TestLanguage(t *testing.T) {
	_, h := newServer(t, nil)
	for _, tt := range []struct {
		target, accept string
		want           []string
	}{
		{"/meetings", "", []string{`<html lang="fr">`, "28 mars 2019"}},
		{"/meetings?lang=en", "", []string{`<html lang="en">`, "28 March 2019", `href="/actions?lang=en"`}},
		{"/meetings", "en-GB,en;q=0.9", []string{`<html lang="en">`, "Meetings", `href="/actions"`}},
		{"/meetings", "de-DE, en;q=0.5, fr;q=0.8", []string{`<html lang="fr">`}},
		{"/meetings?lang=fr", "en", []string{`<html lang="fr">`, `href="/meetings?lang=en"`}},
		{"/meetings", "de", []string{`<html lang="fr">`}},
	} {
		_, body := get(t, h, tt.target, "Accept-Language", tt.accept)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s (Accept-Language %q): no %q", tt.target, tt.accept, w)
			}
		}
	}
}

// TestSourcesResolve checks, on every meeting, that each link to a source
// names an element of the document view, and that the element is
// highlighted.
func TestSourcesResolve(t *testing.T) {
	s, h := newServer(t, nil)
	meetings, err := s.DB.Meetings(context.Background(), store.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	links := regexp.MustCompile(`class="src" href="#(b[0-9rc-]+)"`)
	for _, m := range meetings {
		_, body := get(t, h, "/meetings/"+itoa64(m.ID))
		found := links.FindAllStringSubmatch(body, -1)
		if m.Actions+m.Participants > 0 && len(found) == 0 {
			t.Errorf("meeting %d (%s): no source link", m.ID, m.File)
		}
		for _, f := range found {
			el := regexp.MustCompile(`id="` + f[1] + `"[^>]*class="[^"]*\bsrc\b|class="[^"]*\bsrc\b[^"]*" id="` + f[1] + `"`)
			if !el.MatchString(body) {
				t.Errorf("meeting %d (%s): source #%s is not a highlighted element", m.ID, m.File, f[1])
			}
		}
	}
}

func TestNotFound(t *testing.T) {
	_, h := newServer(t, nil)
	for _, target := range []string{"/meetings/999", "/meetings/x", "/organizations/NOPE", "/nowhere"} {
		if res, body := get(t, h, target); res.StatusCode != http.StatusNotFound || !strings.Contains(body, "n&#39;existe pas") {
			t.Errorf("GET %s: status %d, want 404 and a page", target, res.StatusCode)
		}
	}
	if res, _ := get(t, h, "/actions?today=demain"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("GET /actions?today=demain: status %d, want 400", res.StatusCode)
	}
}

func TestDownload(t *testing.T) {
	_, h := newServer(t, nil)
	res, body := get(t, h, "/actions?owner=OMS&today=2025-06-01&format=csv")
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("csv: status %d, type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if cd := res.Header.Get("Content-Disposition"); cd != `attachment; filename="actions-2025-06-01.csv"` {
		t.Errorf("csv: Content-Disposition %q", cd)
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv: %d records (%v), want a header and 1 row:\n%s", len(recs), err, body)
	}
	if recs[0][0] != "id" || recs[1][10] != "2019-03-30" || !strings.Contains(recs[1][6], "note conceptuelle") {
		t.Errorf("csv: want the export's columns with ISO dates, got\n%s", body)
	}
	if res, _ := get(t, h, "/actions?format=xlsx"); res.StatusCode != http.StatusNotFound {
		t.Errorf("xlsx without a writer: status %d, want 404", res.StatusCode)
	}
}

func TestSQLPage(t *testing.T) {
	_, h := newServer(t, func(s *Server) { s.MaxRows = 3 })
	for _, tt := range []struct {
		q      string
		status int
		want   string
	}{
		{"DELETE FROM actions", http.StatusBadRequest, "only reading statements are allowed"},
		{"SELECT 1; DROP TABLE actions", http.StatusBadRequest, "more than one statement"},
		{"SELEC 1", http.StatusBadRequest, "(line 1, column 1)"}, // SQLite: near "SELEC": syntax error; PostgreSQL: syntax error at or near "SELEC"
		{"SELECT id FROM actions", http.StatusOK, "Seules les 3 premières lignes sont affichées."},
		{"SELECT '<script>alert(1)</script>' AS x", http.StatusOK, "&lt;script&gt;alert(1)&lt;/script&gt;"},
	} {
		res, body := get(t, h, "/sql?q="+queryEscape(tt.q))
		if res.StatusCode != tt.status || !strings.Contains(body, tt.want) {
			t.Errorf("/sql?q=%s: status %d, want %d and %q", tt.q, res.StatusCode, tt.status, tt.want)
		}
	}
}

func TestSQLTimeout(t *testing.T) {
	_, h := newServer(t, func(s *Server) { s.QueryTimeout = 50 * 1e6 })
	q := "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
	res, body := get(t, h, "/sql?q="+queryEscape(q))
	if res.StatusCode != http.StatusRequestTimeout || !strings.Contains(body, "dépassé le temps permis") {
		t.Errorf("endless query: status %d, want 408 and the time limit message", res.StatusCode)
	}
}

func TestCookbookRuns(t *testing.T) {
	s, h := newServer(t, nil)
	for _, r := range cookbookFor(s.DB.Postgres()) {
		res, body := get(t, h, "/sql?q="+queryEscape(r.SQL))
		if res.StatusCode != http.StatusOK || !strings.Contains(body, `id="sql-result"`) {
			t.Errorf("cookbook %s: status %d, no result table", r.Number, res.StatusCode)
		}
	}
}

func TestSecurity(t *testing.T) {
	_, h := newServer(t, func(s *Server) { s.Loopback = true })
	res, _ := get(t, h, "/")
	for k, want := range map[string]string{
		"Content-Security-Policy": "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
		"Referrer-Policy":         "no-referrer",
	} {
		if got := res.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		rec := httptestDo(h, method, "/sql?q=SELECT+1", "127.0.0.1:8080")
		if rec != http.StatusMethodNotAllowed {
			t.Errorf("%s /sql: status %d, want 405", method, rec)
		}
	}
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "evil.example:8080": 421} {
		if got := httptestDo(h, http.MethodGet, "/", host); got != want {
			t.Errorf("Host %s: status %d, want %d", host, got, want)
		}
	}
	_, body := get(t, h, "/search?q="+queryEscape(`"><script>alert(1)</script>`))
	if strings.Contains(body, "<script>alert") {
		t.Error("search: the query is not escaped")
	}
}
