package pdf

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

func parseText(t *testing.T, data []byte) string {
	t.Helper()
	d, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var out []string
	for _, b := range d.Blocks {
		out = append(out, doc.BlockText(b))
	}
	return strings.Join(out, "\n")
}

func TestToUnicode(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <00> <FF> endcodespacerange\n" +
		"2 beginbfchar <01> <0153> <02> <2019> endbfchar\n" +
		"1 beginbfrange <03> <04> [<20AC> <00E9>] endbfrange\n" +
		"1 beginbfrange <41> <43> <0041> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	var b testPDF
	tu := b.stream("", cmap)
	font := fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Liberation /FirstChar 1 /LastChar 67 /ToUnicode %d 0 R >>", tu)
	data := pagesWithObjects(&b, font, text(72, 700, `\001uvre\002\003\004ABC`))
	if got, want := parseText(t, data), "œuvre’€éABC"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

// pagesWithObjects is pagesPDF for a builder that already holds objects.
func pagesWithObjects(b *testPDF, font string, contents ...string) []byte {
	fontID := b.add(font)
	pagesID := b.add("")
	var kids []string
	for _, c := range contents {
		cid := b.stream("", c)
		kids = append(kids, fmt.Sprintf("%d 0 R", b.add(fmt.Sprintf(
			"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>",
			pagesID, cid, fontID))))
	}
	b.objs[pagesID-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID)))
}

func TestDifferences(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding " +
		"/BaseEncoding /WinAnsiEncoding /Differences [1 /oe /quoteright /endash /Euro /uni00E9] >> >>"
	data := pagesPDF(font, text(72, 700, `\001uvre \002 \003 \004 \005t\351 \234\222\226\200`))
	if got, want := parseText(t, data), "œuvre ’ – € été œ’–€"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

func TestCIDWidths(t *testing.T) {
	cmap := "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"1 beginbfrange <0001> <0004> <0041> endbfrange endcmap"
	var b testPDF
	tu := b.stream("", cmap)
	desc := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [500 500] 3 4 600] >>")
	font := fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", desc, tu)
	// Widths 500 and 600 put B right after A; the -400 kern opens a gap.
	content := "BT /F1 10 Tf 72 700 Td [<00010002> -400 <00030004>] TJ ET"
	if got, want := parseText(t, pagesWithObjects(&b, font, content)), "AB CD"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

func TestFakeBold(t *testing.T) {
	content := text(72, 700, "Gras") + text(72.3, 700, "Gras") + text(72, 680, "fin")
	if got, want := parseText(t, pagesPDF("", content)), "Gras\nfin"; got != want && got != "Gras fin" {
		t.Errorf("text = %q, want %q", got, want)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"nil", nil, ErrEmpty},
		{"blank", []byte(" \n\t"), ErrEmpty},
		{"not pdf", []byte("hello world"), ErrEmpty},
		{"no text", pagesPDF("", "0 0 m 100 100 l S 10 10 50 50 re f"), ErrNoText},
		{"truncated", pagesPDF("", text(72, 700, "x"))[:60], ErrMalformed},
		{"garbage", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> garbage"), ErrMalformed},
	}
	for _, tt := range tests {
		_, err := Parse(tt.data)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Parse error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestRepair(t *testing.T) {
	good := pagesPDF("", text(72, 700, "Bonjour"))
	broken := strings.Replace(string(good), "startxref\n", "startxref\n9", 1)
	for name, data := range map[string][]byte{
		"junk before header": append([]byte("junk\n"), good...),
		"junk after eof":     append(append([]byte(nil), good...), strings.Repeat("x", 300)...),
		"pdf 2.0":            []byte(strings.Replace(string(good), "%PDF-1.7", "%PDF-2.0", 1)),
		"broken xref":        []byte(broken),
	} {
		d, err := Parse(data)
		if err != nil {
			t.Errorf("%s: Parse: %v", name, err)
			continue
		}
		if got := doc.Format(d); !strings.Contains(got, "Bonjour") {
			t.Errorf("%s: text lost:\n%s", name, got)
		}
	}
}

func TestEncrypted(t *testing.T) {
	tests := []struct {
		file, password string
		want           error
	}{
		{"encrypted-empty-aes128.pdf", "", nil},
		{"encrypted-empty-aes256.pdf", "", nil},
		{"encrypted-user-rc4.pdf", "", ErrPassword},
		{"encrypted-user-rc4.pdf", "faux", ErrPassword},
		{"encrypted-user-rc4.pdf", "secret", nil},
		{"encrypted-user-aes256.pdf", "", ErrPassword},
		{"encrypted-user-aes256.pdf", "secret", nil},
	}
	for _, tt := range tests {
		data, err := os.ReadFile("testdata/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Config{Password: tt.password}.Parse(data)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s with %q: error = %v, want %v", tt.file, tt.password, err, tt.want)
			continue
		}
		if err == nil && !strings.Contains(doc.Format(d), "Réunion") {
			t.Errorf("%s: text lost:\n%s", tt.file, doc.Format(d))
		}
	}
}

func TestPageTreeCycle(t *testing.T) {
	var b testPDF
	b.add("<< /Type /Pages /Kids [1 0 R 1 0 R] /Count 2 >>")
	root := b.add("<< /Type /Catalog /Pages 1 0 R >>")
	if _, err := Parse(b.bytes(root)); !errors.Is(err, ErrMalformed) {
		t.Errorf("Parse(cyclic page tree) error = %v, want %v", err, ErrMalformed)
	}
}

// List markers at the start of a line; "M." is Monsieur before a name.
func TestSplitMarker(t *testing.T) {
	for in, want := range map[string]string{
		"• Situation sécuritaire":               "•|Situation sécuritaire",
		"1. Ouverture de la séance":             "1.|Ouverture de la séance",
		"a) Point sur les stocks":               "a)|Point sur les stocks",
		"M. Gaëtan Gagné, conseiller municipal": "|M. Gaëtan Gagné, conseiller municipal",
		"-10 % par rapport à 2023":              "|-10 % par rapport à 2023",
	} {
		m, rest := splitMarker(in)
		if got := m + "|" + rest; got != want {
			t.Errorf("splitMarker(%q) = %q, want %q", in, got, want)
		}
	}
}
