package web

import (
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
)

// page is what every template receives: the language, the request's
// query (to build links that keep the filters), and the page's own Data.
type page struct {
	Template string // name of the page's template file, without .html
	Lang     string // "fr" or "en"
	Title    string
	Nav      string // the menu entry to mark as current
	Data     any

	path      string
	query     url.Values
	langAsked bool // ?lang= was given: links carry it on
}

func newPage(r *http.Request, tmpl string) *page {
	q := r.URL.Query()
	lang, asked := language(q.Get("lang"), r.Header.Get("Accept-Language"))
	return &page{Template: tmpl, Lang: lang, Nav: tmpl, path: r.URL.Path, query: q, langAsked: asked}
}

// T translates a message key into the page's language.
func (p *page) T(key string) string { return translate(p.Lang, key) }

// Tf translates a message with one number in it ("{n} actions"), in the
// singular (the message key+".one") when n asks for it: 0 and 1 in French,
// 1 in English.
func (p *page) Tf(key string, n int) string {
	if _, ok := messages[key+".one"]; ok && (n == 1 || p.Lang == "fr" && n == 0) {
		key += ".one"
	}
	return strings.ReplaceAll(p.T(key), "{n}", strconv.Itoa(n))
}

// With returns a copy of the page whose Data is data, for a template
// that takes a part of the page's data ({{template "pager" (.With ...)}}).
func (p *page) With(data any) *page {
	c := *p
	c.Data = data
	return &c
}

// Tpos says which rows a page of a list shows: "1–50 sur 68".
func (p *page) Tpos(first, last, total int) string {
	return strings.NewReplacer("{first}", strconv.Itoa(first), "{last}", strconv.Itoa(last), "{total}", strconv.Itoa(total)).Replace(p.T("pager.pos"))
}

// Tpage says which page of how many: "page 1 sur 2".
func (p *page) Tpage(n, of int) string {
	return strings.NewReplacer("{n}", strconv.Itoa(n), "{of}", strconv.Itoa(of)).Replace(p.T("pager.page"))
}

// Role shows a participant's role in the page's language.
func (p *page) Role(role string) string {
	if role == "" {
		return ""
	}
	return roleLabel(p.Lang, role)
}

// Date shows an ISO date (2019-03-28) the page's way: 28 mars 2019.
func (p *page) Date(iso string) string { return formatDate(p.Lang, iso) }

// Link returns path with the given query pairs, and lang when the user
// chose one.
func (p *page) Link(target string, pairs ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			q.Set(pairs[i], pairs[i+1])
		}
	}
	return p.withLang(target, q)
}

func (p *page) withLang(target string, q url.Values) string {
	if p.langAsked {
		q.Set("lang", p.Lang)
	}
	if len(q) == 0 {
		return target
	}
	return target + "?" + q.Encode()
}

// Here returns the current URL with the query parameters given as key,
// value pairs set (removed when the value is ""), the others kept.
func (p *page) Here(pairs ...string) string {
	q := url.Values{}
	for k, v := range p.query {
		q[k] = v
	}
	if p.langAsked {
		q.Set("lang", p.Lang)
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			q.Del(pairs[i])
		} else {
			q.Set(pairs[i], pairs[i+1])
		}
	}
	if len(q) == 0 {
		return p.path
	}
	return p.path + "?" + q.Encode()
}

// Other is the language the switch offers.
func (p *page) Other() string {
	if p.Lang == "en" {
		return "fr"
	}
	return "en"
}

// Org returns the link to an organization's page.
func (p *page) Org(acronym string) string {
	return p.Link("/organizations/" + url.PathEscape(acronym))
}

// Meeting returns the link to a meeting, to the block ref points at when
// ref is not "".
func (p *page) Meeting(id int64, ref string) string {
	link := p.Link("/meetings/" + strconv.FormatInt(id, 10))
	if a := anchor(ref); a != "" {
		link += "#" + a
	}
	return link
}

// Get returns a query parameter of the request.
func (p *page) Get(key string) string { return p.query.Get(key) }

// parsePages parses each page template of assets/templates with the layout.
func parsePages() (map[string]*template.Template, error) {
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "assets/templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(assets, "assets/templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(assets, n)
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

// funcs are the template functions that need no request.
var funcs = template.FuncMap{
	"anchor": anchor,
	"marked": marked,
	"add":    func(a, b int) int { return a + b },
	"pct": func(n, total int) int {
		if total == 0 {
			return 0
		}
		return (100*n + total/2) / total
	},
	"cell":    cellText,
	"options": options,
	"itoa":    itoa,
}

// option is one choice of a select menu.
type option struct {
	Value    string
	Selected bool
}

// options lists the values of a menu, marking cur; a cur that is not among
// them (typed in the URL) is offered too, so that the menu shows the filter.
func options(values []string, cur string) []option {
	out := make([]option, 0, len(values)+1)
	found := cur == ""
	for _, v := range values {
		out = append(out, option{Value: v, Selected: v == cur})
		found = found || v == cur
	}
	if !found {
		out = append(out, option{Value: cur, Selected: true})
	}
	return out
}
