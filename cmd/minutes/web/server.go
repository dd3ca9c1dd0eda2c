// Package web is the read-only web app of `minutes serve`: server-rendered
// pages to browse meetings, track actions and check every extracted value
// against the block of the document it was read from. It never writes:
// the database is opened read-only by the caller, every query is
// parameterised, the SQL page runs one reading statement under a time
// limit, and only GET and HEAD are answered.
package web

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/sahelim/minutes/store"
)

//go:embed assets
var assets embed.FS

// Server serves the web app. DB is required; the zero value of every other
// field is a sensible default.
type Server struct {
	DB *store.DB
	// Now gives today's date for overdue and due-soon actions (time.Now).
	Now func() time.Time
	// QueryTimeout bounds a query of the SQL page (5s).
	QueryTimeout time.Duration
	// MaxRows is the number of rows the SQL page shows at most (1000).
	MaxRows int
	// WriteCSV and WriteXLSX write the actions download (the columns of
	// `minutes export`); nil hides that download.
	WriteCSV  func(w io.Writer, res *store.Result) error
	WriteXLSX func(w io.Writer, res *store.Result) error
	// Loopback refuses requests whose Host header is not a loopback name
	// or address, so that a web page cannot reach the app through DNS
	// rebinding. Set it when listening on a loopback address.
	Loopback bool
	// Log receives server errors (standard error when nil).
	Log *log.Logger

	pages   map[string]*template.Template
	sqlSlot chan struct{} // at most cap(sqlSlot) SQL-page queries at once
}

// Handler returns the app's handler, with its routes:
//
//	/                        overview
//	/actions                 action tracker (?owner ?cluster ?region ?status ?q ?from ?to ?sort ?dir ?today ?page ?format=csv|json|xlsx)
//	/meetings                meetings (?kind ?cluster ?region ?from ?to ?page ?format=csv|json)
//	/meetings/{id}           a meeting beside its document's text
//	/organizations           organizations (?q: any name of one opens its page; ?page ?format=csv|json)
//	/organizations/{acronym} an organization's attendance and actions (another name redirects)
//	/search                  full-text search (?q ?page ?format=csv|json)
//	/sql                     read-only SQL (?q ?format=csv|json)
//	/static/                 stylesheet and script
//
// Every page takes ?lang=fr|en (default: the browser's language, else French).
func (s *Server) Handler() (http.Handler, error) {
	if s.DB == nil {
		return nil, errors.New("web: no database")
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	s.sqlSlot = make(chan struct{}, 2)
	static, err := fs.Sub(assets, "assets/static")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /static/", cacheFor(time.Hour, http.StripPrefix("/static/", http.FileServerFS(static))))
	mux.HandleFunc("GET /{$}", s.overview)
	mux.HandleFunc("GET /actions", s.actions)
	mux.HandleFunc("GET /meetings", s.meetings)
	mux.HandleFunc("GET /meetings/{id}", s.meeting)
	mux.HandleFunc("GET /organizations", s.organizations)
	mux.HandleFunc("GET /organizations/{acronym}", s.organization)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /sql", s.sql)
	mux.HandleFunc("GET /", s.notFound)
	return s.secure(mux), nil
}

// secure sets the security headers, answers only GET and HEAD, and with
// Loopback refuses requests addressed to another host.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "read-only: only GET and HEAD", http.StatusMethodNotAllowed)
			return
		}
		if s.Loopback && !loopbackHost(r.Host) {
			http.Error(w, "this server answers only on a loopback address (localhost, 127.0.0.1, [::1])", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// loopbackHost reports whether a Host header names the local machine.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func cacheFor(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		next.ServeHTTP(w, r)
	})
}

func (s *Server) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Server) logf(format string, args ...any) {
	if s.Log != nil {
		s.Log.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}

// render executes a page's template with its data, into a buffer first so
// that an error yields a clean error page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, p *page, status int) {
	t, ok := s.pages[p.Template]
	if !ok {
		s.fail(w, r, fmt.Errorf("no template %q", p.Template))
		return
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, "layout", p); err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept-Language")
	w.WriteHeader(status)
	io.WriteString(w, b.String())
}

// fail logs an unexpected error and shows a page that does not leak it.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	s.logf("%s %s: %v", r.Method, r.URL.RequestURI(), err)
	p := newPage(r, "error")
	p.Title = p.T("error.title")
	p.Data = p.T("error.internal")
	if t, ok := s.pages["error"]; ok {
		var b strings.Builder
		if t.ExecuteTemplate(&b, "layout", p) == nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusInternalServerError)
			io.WriteString(w, b.String())
			return
		}
	}
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// userError shows a page explaining what was wrong with the request.
func (s *Server) userError(w http.ResponseWriter, r *http.Request, status int, msgKey string) {
	p := newPage(r, "error")
	p.Title = p.T("error.title")
	p.Data = p.T(msgKey)
	s.render(w, r, p, status)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.userError(w, r, http.StatusNotFound, "error.notfound")
}
