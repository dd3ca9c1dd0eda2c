package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
)

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

func queryEscape(s string) string { return url.QueryEscape(s) }

// httptestDo serves a request with the given method and Host and returns
// the status.
func httptestDo(h interface {
	ServeHTTP(w http.ResponseWriter, r *http.Request)
}, method, target, host string) int {
	req := httptest.NewRequest(method, target, nil)
	req.Host = host
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func TestAnchor(t *testing.T) {
	for _, tt := range []struct{ ref, want string }{
		{"p2 #14 r3c2", "b14-r3c2"},
		{"#6 r3c3", "b6-r3c3"},
		{"p1 #2", "b2"},
		{"#0 r6", "b0-r6"},
		{"#30", "b30"},
		{"", ""},
		{"page 2", ""},
		{`#1" onmouseover="x`, ""},
	} {
		if got := anchor(tt.ref); got != tt.want {
			t.Errorf("anchor(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	for _, tt := range []struct{ lang, iso, want string }{
		{"fr", "2019-03-28", "28 mars 2019"},
		{"fr", "2025-06-01", "1er juin 2025"},
		{"fr", "2017-08-15", "15 août 2017"},
		{"en", "2019-03-28", "28 March 2019"},
		{"en", "2025-06-01", "1 June 2025"},
		{"fr", "2025", "2025"},
		{"fr", "", ""},
	} {
		if got := formatDate(tt.lang, tt.iso); got != tt.want {
			t.Errorf("formatDate(%q, %q) = %q, want %q", tt.lang, tt.iso, got, tt.want)
		}
	}
}

func TestLanguageChoice(t *testing.T) {
	for _, tt := range []struct {
		lang, accept, want string
		asked              bool
	}{
		{"", "", "fr", false},
		{"en", "fr", "en", true},
		{"de", "en-US,en;q=0.9", "en", false},
		{"", "fr-FR,fr;q=0.9,en-US;q=0.8", "fr", false},
		{"", "en;q=0.3, fr;q=0.7", "fr", false},
		{"", "es, en;q=0.1", "en", false},
		{"", "es", "fr", false},
	} {
		got, asked := language(tt.lang, tt.accept)
		if got != tt.want || asked != tt.asked {
			t.Errorf("language(%q, %q) = %q, %v; want %q, %v", tt.lang, tt.accept, got, asked, tt.want, tt.asked)
		}
	}
}
