package ocr

import (
	"errors"
	"image"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/pdf"
)

const sampleTSV = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
	"1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n" +
	"4\t1\t1\t1\t1\t0\t697\t163\t311\t35\t-1\t\n" +
	"5\t1\t1\t1\t1\t1\t697\t163\t163\t32\t96.09\tCOMPTE\n" +
	"5\t1\t1\t1\t1\t2\t874\t168\t134\t30\t95.80\tRENDU\n" +
	// A bullet read as a line of its own block, beside its text.
	"5\t1\t2\t1\t1\t1\t183\t240\t10\t10\t40.0\t°\n" +
	"5\t1\t3\t1\t1\t1\t210\t232\t103\t22\t95.76\tNombre\n" +
	"5\t1\t3\t1\t1\t2\t320\t234\t31\t21\t95.67\tde\n" +
	"5\t1\t3\t1\t1\t3\t360\t236\t154\t27\t93.19\tparticipants\n" +
	"5\t1\t3\t1\t1\t4\t520\t236\t10\t27\t-1\t \n"

func TestParseTSV(t *testing.T) {
	words, err := parseTSV([]byte(sampleTSV))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range words {
		got = append(got, w.Text)
	}
	if s := strings.Join(got, " "); s != "COMPTE RENDU • Nombre de participants" {
		t.Errorf("words = %q", s)
	}
	if words[0].Line != 0 || words[2].Line != 1 || words[3].Line != 1 {
		t.Errorf("lines: %+v", words)
	}
	if c := words[0].Conf; math.Abs(c-0.9609) > 1e-6 {
		t.Errorf("conf = %v, want 0.9609", c)
	}
	// Capitals 32 px high are 0.72 em: a font of about 44 px.
	if s := words[0].Size; s < 40 || s > 48 {
		t.Errorf("size of COMPTE = %.1f, want about 44", s)
	}
	// "participants" descends: 27 px over 0.93 em.
	if s := words[3].Size; s < 26 || s > 32 {
		t.Errorf("size of the second line = %.1f, want about 29", s)
	}
}

func TestWordSize(t *testing.T) {
	for _, tc := range []struct {
		text string
		h    float64
		want float64
	}{
		{"mon", 13, 25},      // x-height only
		{"Mon", 18, 25},      // a capital
		{"pays", 18.5, 25},   // descenders
		{"Pompe", 23.25, 25}, // both
		{"a", 13, 0},         // too short to tell
	} {
		got := wordSize(pdf.Word{Text: tc.text, Y1: tc.h})
		if math.Abs(got-tc.want) > 0.6 {
			t.Errorf("wordSize(%q, %v) = %.2f, want %v", tc.text, tc.h, got, tc.want)
		}
	}
}

// page draws text-like rows of ink, a grid and paper noise.
func page(w, h int) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = 245
	}
	set := func(x, y int, v uint8) {
		if x >= 0 && y >= 0 && x < w && y < h {
			g.Pix[y*g.Stride+x] = v
		}
	}
	// Rows of "letters": 3-pixel strokes 20 pixels high, 6 apart.
	for row := 0; row < 12; row++ {
		y0 := 100 + row*40
		for x := 100; x < 900; x += 9 {
			if (x/60)%5 == 4 {
				continue // a space
			}
			for y := y0; y < y0+20; y++ {
				for dx := range 3 {
					set(x+dx, y, 20)
				}
			}
		}
	}
	// A 2 × 3 grid of gray rules below.
	for _, y := range []int{700, 760, 820} {
		for x := 100; x <= 900; x++ {
			set(x, y, 110)
			set(x, y+1, 110)
		}
	}
	for _, x := range []int{100, 500, 900} {
		for y := 700; y <= 821; y++ {
			set(x, y, 110)
			set(x+1, y, 110)
		}
	}
	return g
}

func TestSkew(t *testing.T) {
	g := page(1000, 1000)
	for _, deg := range []float64{0, 1.5, -2} {
		// Lean the page by deg, then measure it.
		leaned := rotate(g, -deg)
		got := skew(binarize(leaned, otsu(leaned)))
		if math.Abs(got-deg) > 0.15 {
			t.Errorf("skew of a page leaning %v° = %.2f", deg, got)
		}
		straight := rotate(leaned, got)
		if again := skew(binarize(straight, otsu(straight))); math.Abs(again) > 0.15 {
			t.Errorf("page leaning %v° still leans %.2f° once straightened", deg, again)
		}
	}
}

func TestRules(t *testing.T) {
	g := page(1000, 1000)
	t0 := otsu(g)
	rs := rules(binarize(g, ruleLevel(g, t0)), 200)
	var hs, vs int
	for _, r := range rs {
		switch {
		case r.Y0 == r.Y1 && r.Y0 >= 700:
			hs++
		case r.X0 == r.X1 && r.Y0 >= 699:
			vs++
		default:
			t.Errorf("rule %+v found in the text", r)
		}
	}
	if hs != 3 || vs != 3 {
		t.Errorf("found %d horizontal and %d vertical rules, want 3 and 3: %+v", hs, vs, rs)
	}
	// The rules are erased, the text is not.
	e := erase(g, rs, 200)
	if v := e.Pix[760*e.Stride+300]; v != 255 {
		t.Errorf("rule pixel after erase = %d, want 255", v)
	}
	if v := e.Pix[110*e.Stride+100]; v != 20 {
		t.Errorf("text pixel after erase = %d, want 20", v)
	}
}

func TestBullets(t *testing.T) {
	words := []pdf.Word{
		{Text: "*_une", X0: 100, X1: 160, Y0: 0, Y1: 20, Line: 0, Size: 24},
		{Text: "découpeuse", X0: 170, X1: 300, Y0: 0, Y1: 20, Line: 0, Size: 24},
		{Text: "e", X0: 100, X1: 108, Y0: 46, Y1: 54, Line: 1, Size: 24},
		{Text: "_", X0: 112, X1: 130, Y0: 58, Y1: 60, Line: 2, Size: 24},
		{Text: "upgrade", X0: 140, X1: 220, Y0: 40, Y1: 62, Line: 3, Size: 24},
	}
	var got []string
	for _, w := range regroup(bullets(words)) {
		got = append(got, w.Text)
	}
	if s := strings.Join(got, " "); s != "• une découpeuse • upgrade" {
		t.Errorf("got %q", s)
	}
}

func TestDecodePGM(t *testing.T) {
	g, err := decodePGM([]byte("P5\n3 2\n255\n\x00\x01\x02\x03\x04\x05"))
	if err != nil || g.Rect.Dx() != 3 || g.Pix[5] != 5 {
		t.Errorf("decodePGM = %v, %v", g, err)
	}
	for _, bad := range []string{"", "P6\n3 2\n255\n", "P5\n3 2\n255\n\x00"} {
		if _, err := decodePGM([]byte(bad)); err == nil {
			t.Errorf("decodePGM(%q) read an image", bad)
		}
	}
}

func TestMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Engine{}.Recognize(pdf.Scan{Page: 1, Width: 595, Image: page(100, 100)})
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), "apt-get install tesseract-ocr tesseract-ocr-fra") {
		t.Errorf("without tesseract: err = %v", err)
	}
	_, err = Engine{}.Recognize(pdf.Scan{Page: 1, Width: 595, File: []byte("%PDF-1.4")})
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), "poppler-utils") {
		t.Errorf("without pdftoppm: err = %v", err)
	}
}

// TestTesseract reads a page of a scanned twin with the real Tesseract.
func TestTesseract(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tesseract is not installed:", err)
		}
		t.Skip("tesseract is not installed")
	}
	data, err := os.ReadFile("../../testdata/scanned/doc22_fablab_lannion_cr2.pdf")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Engine{}.Recognize(pdf.Scan{Page: 1, Width: 595.3, Height: 841.9, File: data})
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, w := range r.Words {
		text = append(text, w.Text)
	}
	s := strings.Join(text, " ")
	for _, want := range []string{"Compte rendu réunions du 15 avril 2013", "association KerNEL", "• Recontacter le CCSTI"} {
		if !strings.Contains(s, want) {
			t.Errorf("OCR text lacks %q:\n%s", want, s)
		}
	}
}
