package html

import (
	"testing"
)

func TestCharset(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		want string
	}{
		{"windows-1252 without meta",
			[]byte("<p>R\xe9union du c\x9cur de l\x92\xe9quipe \x96 f\xe9vrier</p>"),
			"p0 #0 p: Réunion du cœur de l’équipe – février"},
		{"iso-8859-1 meta charset means windows-1252",
			[]byte("<meta charset=\"ISO-8859-1\"><p>l\x92ordre du jour, \x9cuvre, d\xe9cid\xe9</p>"),
			"p0 #0 p: l’ordre du jour, œuvre, décidé"},
		{"http-equiv content type",
			[]byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\xc9tat</p>"),
			"p0 #0 p: État"},
		{"utf-8 without meta",
			[]byte("<p>Réunion du cœur de l’équipe</p>"),
			"p0 #0 p: Réunion du cœur de l’équipe"},
		{"utf-8 byte order mark",
			[]byte("\xef\xbb\xbf<p>Décision</p>"),
			"p0 #0 p: Décision"},
		{"utf-16 little endian byte order mark",
			[]byte("\xff\xfe<\x00p\x00>\x00\xe9\x00t\x00\xe9\x00<\x00/\x00p\x00>\x00"),
			"p0 #0 p: été"},
		{"meta beyond the first 1024 bytes is ignored",
			[]byte("<!--" + pad(1100) + "--><meta charset=\"koi8-r\"><p>Décision</p>"),
			"p0 #0 p: Décision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatBlocks(t, string(tt.page)); got != tt.want {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.page, got, tt.want)
			}
		})
	}
}

func pad(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}
