package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// fakeOCR answers every page with the same words, on an image of 1000 ×
// 1000 pixels, and records what it was handed.
type fakeOCR struct {
	words []Word
	rules []Rule
	got   []Scan
	err   error
}

func (o *fakeOCR) Recognize(s Scan) (*Recognized, error) {
	o.got = append(o.got, s)
	if o.err != nil {
		return nil, o.err
	}
	return &Recognized{Width: 1000, Height: 1000, Words: o.words, Rules: o.rules}, nil
}

// scanPDF builds a one-page file drawing a gray JPEG over the whole page
// (w × h pixels), with extra content after it.
func scanPDF(t *testing.T, w, h int, extra string) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 250
	}
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, img, nil); err != nil {
		t.Fatal(err)
	}
	var b testPDF
	imgID := b.stream(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", w, h), jb.String())
	font := b.add(helvetica)
	content := b.stream("", "q 595 0 0 842 0 0 cm /Im1 Do Q\n"+extra)
	pagesID := b.add("")
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /XObject << /Im1 %d 0 R >> /Font << /F1 %d 0 R >> >> >>", pagesID, content, imgID, font))
	b.objs[pagesID-1] = fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page)
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID))
	return b.bytes(root)
}

// line lays out words on one line of the fake image, 20 pixels high.
func ocrLine(n int, y float64, conf float64, words ...string) []Word {
	var out []Word
	x := 100.0
	for _, w := range words {
		wd := float64(len(w)) * 10
		out = append(out, Word{Text: w, X0: x, Y0: y, X1: x + wd, Y1: y + 20, Line: n, Size: 24, Conf: conf})
		x += wd + 8
	}
	return out
}

func TestScanPage(t *testing.T) {
	var words []Word
	words = append(words, ocrLine(0, 100, 0.9, "COMPTE", "RENDU")...)
	for i := range words {
		words[i].Size, words[i].Y1 = 40, words[i].Y0+32
	}
	words = append(words, ocrLine(1, 200, 0.8, "La", "réunion", "a", "commencé", "à", "9h.")...)
	words = append(words, ocrLine(2, 240, 0.6, "Elle", "a", "fini", "à", "midi.")...)
	o := &fakeOCR{words: words}
	d, err := Config{OCR: o}.Parse(scanPDF(t, 200, 300, ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(o.got) != 1 || o.got[0].Image == nil || o.got[0].Image.Bounds().Dx() != 200 {
		t.Fatalf("OCR was handed %+v, want the page's 200-pixel JPEG decoded", o.got)
	}
	want := "format pdf pages 1 blocks 2 ocr pages 1\n" +
		"p1 #0 ocr 0.90 h1: COMPTE RENDU\n" +
		"p1 #1 ocr 0.71 p: La réunion a commencé à 9h. Elle a fini à midi.\n"
	if got := doc.Format(d); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestScanTable(t *testing.T) {
	// A 2 × 2 ruled grid between x 80–600 and y 80–200 of the image.
	rules := []Rule{
		{80, 80, 600, 80}, {80, 140, 600, 140}, {80, 200, 600, 200},
		{80, 80, 80, 200}, {340, 80, 340, 200}, {600, 80, 600, 200},
	}
	var words []Word
	cell := func(n int, x, y float64, text string) {
		words = append(words, Word{Text: text, X0: x, Y0: y, X1: x + 80, Y1: y + 20, Line: n, Size: 24, Conf: 0.9})
	}
	cell(0, 100, 100, "Action")
	cell(0, 360, 100, "Responsable")
	cell(1, 100, 160, "Former")
	cell(1, 360, 160, "OMS")
	d, err := Config{OCR: &fakeOCR{words: words, rules: rules}}.Parse(scanPDF(t, 100, 100, ""))
	if err != nil {
		t.Fatal(err)
	}
	got := doc.Format(d)
	if !strings.Contains(got, "table 2x2") || !strings.Contains(got, "r2: Former | OMS") {
		t.Errorf("no table rebuilt from the rules:\n%s", got)
	}
}

func TestScanNotForText(t *testing.T) {
	// A page with text is not OCR'd, even under an image.
	o := &fakeOCR{}
	if _, err := (Config{OCR: o}).Parse(scanPDF(t, 100, 100, text(72, 700, "Compte rendu"))); err != nil {
		t.Fatal(err)
	}
	if len(o.got) != 0 {
		t.Errorf("OCR ran on a page with text")
	}
	// Forced, it is, rendered rather than decoded.
	if _, err := (Config{OCR: o, ForceOCR: true}).Parse(scanPDF(t, 100, 100, text(72, 700, "Compte rendu"))); !errors.Is(err, ErrNoText) {
		t.Errorf("forced OCR finding nothing: err = %v, want ErrNoText", err)
	}
	if len(o.got) != 1 || o.got[0].Image != nil || len(o.got[0].File) == 0 {
		t.Errorf("forced OCR was handed %+v, want the file to render", o.got)
	}
}

func TestScanErrors(t *testing.T) {
	data := scanPDF(t, 100, 100, "")
	if _, err := (Config{}).Parse(data); !errors.Is(err, ErrNoText) {
		t.Errorf("without OCR: err = %v, want ErrNoText", err)
	}
	_, err := Config{OCR: &fakeOCR{}}.Parse(data)
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "OCR found no text") {
		t.Errorf("OCR finding nothing: err = %v", err)
	}
	boom := errors.New("tesseract is not installed")
	if _, err := (Config{OCR: &fakeOCR{err: boom}}).Parse(data); !errors.Is(err, boom) || !strings.Contains(err.Error(), "page 1") {
		t.Errorf("OCR failing: err = %v, want it wrapped with the page", err)
	}
}
