package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract"
)

var testFixtures = []string{"../../testdata/corpus", "../../testdata/general"}

// TestGenerate makes a few documents of each format and checks that they
// parse, that a PDF has the pages the generator says, that the same seed
// gives the same bytes and that no two documents are alike.
func TestGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and parses documents")
	}
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf not installed (apt-get install -y qpdf)")
	}
	ctx := context.Background()
	fixtures, err := loadFixtures(ctx, testFixtures, qpdf)
	if err != nil {
		t.Fatal(err)
	}
	g := &generator{Seed: 7, Fixtures: fixtures, PDF: &pdfPool{QPDF: qpdf, Dir: t.TempDir()}}
	seen := map[[32]byte]int{}
	for i := range 9 {
		d, data, err := g.make(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		checkParses(t, d, data)
		if _, again, _ := g.make(ctx, i); !bytes.Equal(data, again) {
			t.Errorf("document %d (%s) differs when made again", i, d.Path)
		}
		sum := sha256.Sum256(data)
		if j, ok := seen[sum]; ok {
			t.Errorf("documents %d and %d have the same bytes", j, i)
		}
		seen[sum] = i
	}
}

func checkParses(t *testing.T, d document, data []byte) {
	t.Helper()
	parsed, m, err := extract.Options{}.File(data)
	if err != nil {
		t.Fatalf("File(%s from %s): %v", d.Path, d.Fixture, err)
	}
	if len(parsed.Blocks) == 0 || m == nil {
		t.Errorf("File(%s from %s): no blocks or no meeting", d.Path, d.Fixture)
	}
	if d.Format == "pdf" && parsed.Pages != d.Pages {
		t.Errorf("File(%s from %s): %d pages, want %d", d.Path, d.Fixture, parsed.Pages, d.Pages)
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in     string
		months int
		want   string
	}{
		{"le 28 Mars 2019 à Bamako", 2, "le 28 Mai 2019 à Bamako"},
		{"1er avril 2017", -3, "1er janvier 2017"},
		{"avant fin mai 2025", 1, "avant fin juin 2025"},
		{"DATE : 05 AVRIL 2017", -4, "DATE : 5 DÉCEMBRE 2016"},
		{"31 janvier 2020", 1, "2 mars 2020"},
		{"réunion du 28/03/2019", 12, "réunion du 28/03/2020"},
		{"le 5.4.2017", 1, "le 5.5.2017"},
		{"semaine 13/2019", 5, "semaine 13/2019"},
	}
	for _, tt := range tests {
		v := &variation{months: tt.months}
		if got := v.text(tt.in); got != tt.want {
			t.Errorf("text(%q) moved %d months = %q, want %q", tt.in, tt.months, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	v := &variation{
		names: namesPattern([]string{"OMS", "Isabelle Maistre", "Fonds des Nations Unies pour l'enfance"}),
		swap:  map[string]string{"OMS": "UNICEF", "Isabelle Maistre": "Awa Diarra"},
	}
	in := "Isabelle Maistre (OMS), OMSA et Isabelle Maistres"
	want := "Awa Diarra (UNICEF), OMSA et Isabelle Maistres"
	if got := v.text(in); got != want {
		t.Errorf("text(%q) = %q, want %q", in, got, want)
	}
}

func TestLeafSpans(t *testing.T) {
	tests := []struct {
		in, tag string
		want    []string
	}{
		{"<w:tbl><w:tr><w:tc><w:p>a</w:p></w:tc></w:tr><w:tr>b</w:tr></w:tbl>", "w:tr",
			[]string{"<w:tr><w:tc><w:p>a</w:p></w:tc></w:tr>", "<w:tr>b</w:tr>"}},
		{`<w:p><w:pPr/><w:r>a</w:r></w:p><w:p/><w:p w:rsidR="1">b</w:p>`, "w:p",
			[]string{`<w:p><w:pPr/><w:r>a</w:r></w:p>`, `<w:p w:rsidR="1">b</w:p>`}},
		{"<tr><td><table><tr><td>x</td></tr></table></td></tr>", "tr",
			[]string{"<tr><td>x</td></tr>"}},
		{"<li>a<li>b</li>", "li", []string{"<li>b</li>"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range leafSpans(tt.in, tt.tag) {
			got = append(got, tt.in[sp.start:sp.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("leafSpans(%q, %q) = %q, want %q", tt.in, tt.tag, got, tt.want)
		}
	}
}

// TestRepeatSkipsHeader repeats every row but a table's first.
func TestRepeatSkipsHeader(t *testing.T) {
	in := "<table><tr><th>h</th></tr><tr><td>a</td></tr></table>"
	v := &variation{rng: rand.New(rand.NewPCG(1, 1))}
	got := v.repeat(in, leafSpans(in, "tr"), rowKeeper(in, "<table", "</tr>"), 1, 2)
	want := "<table><tr><th>h</th></tr><tr><td>a</td></tr><tr><td>a</td></tr><tr><td>a</td></tr></table>"
	if got != want {
		t.Errorf("repeat(%q) = %q, want %q", in, got, want)
	}
}

func TestMarkPDF(t *testing.T) {
	in := []byte("%PDF-1.4\n...\nstartxref\n9\n%%EOF\nstartxref\n42\n%%EOF\n")
	got, err := markPDF(in, "copy 3")
	if err != nil {
		t.Fatal(err)
	}
	want := "%PDF-1.4\n...\nstartxref\n9\n%%EOF\n% copy 3\nstartxref\n42\n%%EOF\n"
	if string(got) != want {
		t.Errorf("markPDF = %q, want %q", got, want)
	}
}
