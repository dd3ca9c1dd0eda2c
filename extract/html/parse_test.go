package html

import (
	"errors"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// blocks returns Format(Parse(page)) without its summary and title lines.
func formatBlocks(t *testing.T, page string) string {
	t.Helper()
	d, err := Parse([]byte(page))
	if err != nil {
		t.Fatalf("Parse(%q): %v", page, err)
	}
	var lines []string
	for _, l := range strings.Split(doc.Format(d), "\n") {
		if l != "" && !strings.HasPrefix(l, "format ") && !strings.HasPrefix(l, "title: ") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"br splits lines",
			`<p>Lieu : Bamako<br>Date : 28 mars 2019</p>`,
			"p0 #0 p: Lieu : Bamako\np0 #1 p: Date : 28 mars 2019"},
		{"inline elements join",
			"<p>Des critiques (<em>fondées</em>) ont été <strong>émises</strong>,\n<a href=x>@yann</a> : reste.</p>",
			"p0 #0 p: Des critiques (fondées) ont été émises, @yann : reste."},
		{"word cut at a source line end",
			"<p>le réajustement prévu en dé-\nbut d'année</p>",
			"p0 #0 p: le réajustement prévu en début d'année"},
		{"div text runs",
			`<div>Ordre du jour<div>Point 1</div>suite</div>`,
			"p0 #0 p: Ordre du jour\np0 #1 p: Point 1\np0 #2 p: suite"},
		{"headings, blockquote, pre, dl, figcaption",
			`<h2>Décisions</h2><blockquote>Citation</blockquote><pre>a   b</pre><dl><dt>OMS</dt><dd>Point focal</dd></dl><figure><img src=x><figcaption>Carte</figcaption></figure>`,
			"p0 #0 h2: Décisions\np0 #1 p: Citation\np0 #2 p: a b\np0 #3 p: OMS\np0 #4 p: Point focal\np0 #5 p: Carte"},
		{"nested lists",
			`<ul><li>Santé<ul><li>OMS</li><li><p>HCC</p></li></ul></li><li>Nutrition</li></ul>`,
			"p0 #0 li1 \"•\": Santé\np0 #1 li2 \"•\": OMS\np0 #2 li2 \"•\": HCC\np0 #3 li1 \"•\": Nutrition"},
		{"simple exported document keeps everything",
			`<header><h1>Compte rendu</h1><p>Bamako</p></header><p>Texte.</p><table><tr><td>a</td><td>b</td></tr></table>`,
			"p0 #0 h1: Compte rendu\np0 #1 p: Bamako\np0 #2 p: Texte.\np0 #3 table 1x2\np0 #3 r1: a | b"},
		{"layout table unwrapped",
			`<table><tr><td><h1>CR</h1><p>Texte</p></td></tr></table>`,
			"p0 #0 h1: CR\np0 #1 p: Texte"},
		{"nested table flattened into its cell",
			`<table><tr><td>a</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr><tr><td>b</td><td>c</td></tr></table>`,
			"p0 #0 table 2x2\np0 #0 r1: a | x ⏎ y\np0 #0 r2: b | c"},
		{"images dropped",
			`<p>Photo <img src="a.png" alt="logo"> du groupe</p>`,
			"p0 #0 p: Photo du groupe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatBlocks(t, tt.page); got != tt.want {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.page, got, tt.want)
			}
		})
	}
}

func TestParseMalformed(t *testing.T) {
	for _, in := range []string{"", "   \n", "<html><body></body></html>", "<p>&nbsp;</p><script>x()</script>", "%PDF-1.4\x00\x01\x02"} {
		if _, err := Parse([]byte(in)); !errors.Is(err, ErrMalformed) {
			t.Errorf("Parse(%q) error = %v, want ErrMalformed", in, err)
		}
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<title> CA du 14 mai 2020 &ndash; amap </title><p>x</p>`, "CA du 14 mai 2020 – amap"},
		{`<meta property="og:title" content="Réunion ICC"><p>x</p>`, "Réunion ICC"},
		{`<p>x</p>`, ""},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.page))
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.page, err)
		}
		if d.Title != tt.want || d.Format != doc.HTML || d.Pages != 0 {
			t.Errorf("Parse(%q) = title %q format %q pages %d, want %q html 0", tt.page, d.Title, d.Format, d.Pages, tt.want)
		}
	}
}

func TestScriptNeverLeaks(t *testing.T) {
	page := `<html><head><script>var head = 1;</script>
<script type="application/ld+json">{"author": "Sebastian Pech"}</script></head>
<body><script>document.write("<table><tr><td>leak</td></tr></table>")</script>
<article><h1>Titre<script>leak()</script></h1>
<p>Texte <script>leak()</script>suite<style>p{leak:1}</style></p>
<ul><li>Point<noscript>leak</noscript></li></ul>
<table><tr><td>a<script>leak()</script></td><td>b<template>leak</template></td></tr></table>
<svg><text>leak</text></svg></article></body></html>`
	got := formatBlocks(t, page)
	for _, bad := range []string{"leak", "head", "Pech", "document"} {
		if strings.Contains(got, bad) {
			t.Errorf("Parse output contains %q:\n%s", bad, got)
		}
	}
	if !strings.Contains(got, "Texte suite") {
		t.Errorf("Parse output lost the text:\n%s", got)
	}
}

func TestPageWideWrappers(t *testing.T) {
	page := `<body><form id="form1" action="cr.aspx"><div class="page has-sidebar"><h2>Compte rendu</h2><p>Le comité s'est réuni.</p></div>
<div class="search-box"><input name="q"><p>Rechercher</p></div></form></body>`
	want := "p0 #0 h2: Compte rendu\np0 #1 p: Le comité s'est réuni."
	if got := formatBlocks(t, page); got != want {
		t.Errorf("Parse(%q) =\n%s\nwant\n%s", page, got, want)
	}
}

// TestRunInHeading: a bold run opening a paragraph and followed by a new
// sentence is a line of its own; a bold label with a colon keeps its value.
func TestRunInHeading(t *testing.T) {
	page := `<p><strong>Départ Régine</strong>
Réfléchir à un cadeau de départ.</p>
<p><strong>Trombinoscope :</strong> une photo a été prise.</p>
<p><b>Note</b> importante pour tous.</p>`
	want := `p0 #0 p: Départ Régine
p0 #1 p: Réfléchir à un cadeau de départ.
p0 #2 p: Trombinoscope : une photo a été prise.
p0 #3 p: Note importante pour tous.`
	if got := formatBlocks(t, page); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
