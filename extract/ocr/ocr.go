// Package ocr reads scanned pages with Tesseract: it takes a page image
// (decoded from the PDF by package pdf, or rendered with poppler's
// pdftoppm), straightens and binarises it, finds its ruling lines, and runs
// `tesseract` in a child process for its words, their boxes and
// confidences. Package pdf lays the words out as it does a born-digital
// page's glyphs.
package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sahelim/minutes/extract/pdf"
)

// ErrMissing is wrapped by the error of a scan read on a machine without
// Tesseract, its French model or pdftoppm; the message says what to
// install.
var ErrMissing = errors.New("OCR is not installed")

// Engine runs Tesseract. The zero value reads French at 200 dpi.
type Engine struct {
	Lang string // Tesseract language, "fra" if empty
	DPI  int    // resolution of rendered pages, 200 if 0
	// Timeout bounds one page's OCR; 0 leaves the bound to the caller
	// (ingest kills the parsing child, and its OCR processes with it).
	Timeout time.Duration
	// Raw hands Tesseract the page as it is, without straightening it or
	// erasing its rules (to measure what that pre-processing brings; also
	// set by MINUTES_OCR_RAW=1 in the environment). No rules are then
	// found, so tables are not rebuilt.
	Raw bool
	// PSM is Tesseract's page segmentation mode, 3 (automatic) if 0.
	PSM int
	// Started, if set, is called before each page is read.
	Started func(page int)
}

func (e Engine) lang() string {
	if e.Lang == "" {
		return "fra"
	}
	return e.Lang
}

func (e Engine) dpi() int {
	if e.DPI <= 0 {
		return 200
	}
	return e.DPI
}

// Recognize reads one page: it implements pdf.OCR.
func (e Engine) Recognize(s pdf.Scan) (*pdf.Recognized, error) {
	if e.Started != nil {
		e.Started(s.Page)
	}
	ctx := context.Background()
	if e.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.Timeout)
		defer cancel()
	}
	img := s.Image
	dpi := float64(e.dpi())
	if img == nil {
		var err error
		if img, err = e.render(ctx, s); err != nil {
			return nil, err
		}
	} else if s.Width > 0 {
		dpi = float64(img.Bounds().Dx()) / s.Width * 72
	}
	g := gray(img)
	t := otsu(g)
	k := binarize(g, t)
	var rs []pdf.Rule
	raw := e.Raw || os.Getenv("MINUTES_OCR_RAW") == "1"
	if !raw {
		if a := skew(k); a != 0 {
			g = rotate(g, a)
			t = otsu(g)
			k = binarize(g, t)
		}
		// Rules are often light gray: they are looked for halfway between
		// the ink threshold and the paper, then erased, so that Tesseract
		// does not read them as letters or take the table for a picture.
		rs = rules(binarize(g, ruleLevel(g, t)), dpi)
		g = erase(g, rs, dpi)
	}
	words, err := e.tesseract(ctx, g, dpi)
	if err != nil {
		return nil, err
	}
	body := snapSizes(words)
	markBold(words, k)
	markGray(words, g, t)
	if !raw {
		words = marks(words, rs, binarize(g, t), body)
		rs = append(rs, alignedTables(words, rs, body)...)
	}
	return &pdf.Recognized{Width: g.Rect.Dx(), Height: g.Rect.Dy(), Words: words, Rules: rs}, nil
}

// render draws page s.Page of s.File in gray with pdftoppm.
func (e Engine) render(ctx context.Context, s pdf.Scan) (image.Image, error) {
	args := []string{"-r", strconv.Itoa(e.dpi()), "-gray", "-f", strconv.Itoa(s.Page), "-l", strconv.Itoa(s.Page), "-singlefile"}
	if s.Password != "" {
		args = append(args, "-upw", s.Password)
	}
	args = append(args, "-")
	out, err := run(ctx, "pdftoppm", args, bytes.NewReader(s.File))
	if err != nil {
		return nil, err
	}
	return decodePGM(out)
}

// tesseract reads the words of g.
func (e Engine) tesseract(ctx context.Context, g *image.Gray, dpi float64) ([]pdf.Word, error) {
	var in bytes.Buffer
	w, h := g.Rect.Dx(), g.Rect.Dy()
	fmt.Fprintf(&in, "P5\n%d %d\n255\n", w, h)
	for y := 0; y < h; y++ {
		in.Write(g.Pix[y*g.Stride : y*g.Stride+w])
	}
	psm := e.PSM
	if psm == 0 {
		psm = 3
	}
	args := []string{"stdin", "stdout", "-l", e.lang(), "--psm", strconv.Itoa(psm), "tsv"}
	if dpi > 0 {
		args = append(args[:len(args)-1], "--dpi", strconv.Itoa(int(dpi+0.5)), "tsv")
	}
	out, err := run(ctx, "tesseract", args, &in)
	if err != nil {
		return nil, err
	}
	return parseTSV(out)
}

// run runs a tool in a child process that dies with this one (a parsing
// child killed for its time limit takes its OCR with it) and inherits its
// memory limit. OpenMP is held to one thread: ingest already runs one
// parse per core.
func run(ctx context.Context, name string, args []string, stdin io.Reader) ([]byte, error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return nil, missing(name)
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	cmd.Stdin = stdin
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if name == "tesseract" && strings.Contains(msg, "Failed loading language") {
			return nil, fmt.Errorf("%w: Tesseract has no French model (apt-get install tesseract-ocr-fra)", ErrMissing)
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", name, ctx.Err())
		}
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		return nil, fmt.Errorf("%s: %v: %s", name, err, msg)
	}
	return out.Bytes(), nil
}

func missing(name string) error {
	switch name {
	case "tesseract":
		return fmt.Errorf("%w: the page is a scan and tesseract is not on this machine (apt-get install tesseract-ocr tesseract-ocr-fra)", ErrMissing)
	case "pdftoppm":
		return fmt.Errorf("%w: the page is a scan and pdftoppm is not on this machine (apt-get install poppler-utils)", ErrMissing)
	}
	return fmt.Errorf("%w: %s not found", ErrMissing, name)
}

// decodePGM reads a binary 8-bit PGM (P5), as pdftoppm -gray writes it.
func decodePGM(b []byte) (*image.Gray, error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var magic string
	var w, h, maxv int
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxv); err != nil || magic != "P5" || maxv != 255 {
		return nil, fmt.Errorf("pdftoppm: unreadable image")
	}
	if _, err := r.ReadByte(); err != nil || w <= 0 || h <= 0 || w*h > 200_000_000 {
		return nil, fmt.Errorf("pdftoppm: unreadable image")
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	if _, err := io.ReadFull(r, g.Pix); err != nil {
		return nil, fmt.Errorf("pdftoppm: short image")
	}
	return g, nil
}

// parseTSV reads Tesseract's TSV output: the words (level 5) with their
// boxes and confidences; lines are numbered over the page in reading
// order, and each line's words get the line's font size.
func parseTSV(b []byte) ([]pdf.Word, error) {
	type key struct{ block, par, line int }
	lineNo := map[key]int{}
	var words []pdf.Word
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		n := make([]int, 10)
		for i := range n {
			n[i], _ = strconv.Atoi(f[i])
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		text := strings.TrimSpace(f[11])
		if err != nil || conf < 0 || text == "" {
			continue
		}
		k := key{n[2], n[3], n[4]}
		if _, ok := lineNo[k]; !ok {
			lineNo[k] = len(lineNo)
		}
		x, y, w, h := float64(n[6]), float64(n[7]), float64(n[8]), float64(n[9])
		words = append(words, pdf.Word{Text: text, X0: x, Y0: y, X1: x + w, Y1: y + h, Line: lineNo[k], Conf: conf / 100})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tesseract: %w", err)
	}
	lineSizes(words)
	words = regroup(bullets(words))
	return words, nil
}

// regroup renumbers the lines as they are seen on the page: Tesseract
// reads a bullet, a word after a wide gap or the cells of a table row as
// lines of their own blocks, and the lines that stand side by side are one
// line of the page. The words come back in reading order, top to bottom
// and left to right; a bullet read twice ("•" then "_") is kept once.
func regroup(words []pdf.Word) []pdf.Word {
	type band struct {
		y0, y1 float64
		line   int
	}
	var bands []band // Tesseract's lines
	at := map[int]int{}
	for _, w := range words {
		i, ok := at[w.Line]
		if !ok {
			i = len(bands)
			at[w.Line] = i
			bands = append(bands, band{y0: w.Y0, y1: w.Y1, line: w.Line})
		}
		bands[i].y0, bands[i].y1 = min(bands[i].y0, w.Y0), max(bands[i].y1, w.Y1)
	}
	order := make([]int, len(bands))
	for i := range order {
		order[i] = i
	}
	mid := func(b band) float64 { return (b.y0 + b.y1) / 2 }
	sort.SliceStable(order, func(a, b int) bool { return mid(bands[order[a]]) < mid(bands[order[b]]) })
	visual := map[int]int{} // Tesseract line → page line
	var cur band
	n := -1
	for _, i := range order {
		b := bands[i]
		h := min(b.y1-b.y0, cur.y1-cur.y0)
		if n >= 0 && min(b.y1, cur.y1)-max(b.y0, cur.y0) >= 0.5*h {
			visual[b.line] = n
			cur.y0, cur.y1 = min(cur.y0, b.y0), max(cur.y1, b.y1)
			continue
		}
		n++
		cur = b
		visual[b.line] = n
	}
	for i := range words {
		words[i].Line = visual[words[i].Line]
	}
	sort.SliceStable(words, func(a, b int) bool {
		if words[a].Line != words[b].Line {
			return words[a].Line < words[b].Line
		}
		return words[a].X0 < words[b].X0
	})
	out := words[:0]
	for _, w := range words {
		if k := len(out); k > 0 && out[k-1].Text == "•" && out[k-1].Line == w.Line {
			if w.Text == "•" || strings.Trim(w.Text, "_") == "" {
				continue
			}
			w.Text = strings.TrimLeft(w.Text, "_")
		}
		out = append(out, w)
	}
	return out
}

// bullets turns back into "•" the bullets Tesseract reads as "*", "°",
// "e", "«" …: a small mark without letters or digits, or a lone small
// "e" or "o", opening a line; a bullet glued to its word ("*_une",
// "°_upgrade") is split from it.
func bullets(words []pdf.Word) []pdf.Word {
	out := make([]pdf.Word, 0, len(words))
	for i, w := range words {
		if i > 0 && words[i-1].Line == w.Line || w.Size <= 0 {
			out = append(out, w)
			continue
		}
		small := w.X1-w.X0 <= 1.2*w.Size && w.Y1-w.Y0 <= 0.6*w.Size
		plain := !strings.ContainsFunc(w.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
		if small && (plain && utf8.RuneCountInString(w.Text) <= 3 || w.Text == "e" || w.Text == "o") && w.Text != "-" {
			w.Text = "•"
			out = append(out, w)
			continue
		}
		for _, p := range []string{"*_", "°_", "•_", "«_", "-_", "*", "°", "•"} {
			rest, ok := strings.CutPrefix(w.Text, p)
			if !ok || rest == "" || !unicode.IsLetter([]rune(rest)[0]) {
				continue
			}
			cut := w.X0 + (w.X1-w.X0)*float64(len(p))/float64(len(w.Text))
			b := w
			b.Text, b.X1 = "•", cut
			w.Text, w.X0 = rest, cut
			out = append(out, b)
			break
		}
		out = append(out, w)
	}
	return out
}

// lineSizes sets each word's Size to its line's font size: the median of
// the sizes its words' heights give, knowing which letters rise above the
// x-height and which descend below the baseline.
func lineSizes(words []pdf.Word) {
	by := map[int][]float64{}
	for _, w := range words {
		if s := wordSize(w); s > 0 {
			by[w.Line] = append(by[w.Line], s)
		}
	}
	sizes := map[int]float64{}
	for l, ss := range by {
		sort.Float64s(ss)
		sizes[l] = ss[len(ss)/2]
	}
	for i, w := range words {
		s, ok := sizes[w.Line]
		if !ok {
			// A line of marks ("•" read as a block of its own) takes the
			// size of a line beside it.
			s = (w.Y1 - w.Y0) / 0.72
			for _, o := range words {
				if so, ok := sizes[o.Line]; ok && min(o.Y1, w.Y1) > max(o.Y0, w.Y0) {
					s = so
					break
				}
			}
		}
		words[i].Size = s
	}
}

// snapSizes returns the body size of the page, and gives it to every line whose size is
// within 15 % of it: heights measured on pixels jitter by a tenth, and
// headings are told from body text by their size.
func snapSizes(words []pdf.Word) float64 {
	var ss []float64
	for _, w := range words {
		for range len(w.Text) {
			ss = append(ss, w.Size)
		}
	}
	if len(ss) == 0 {
		return 0
	}
	sort.Float64s(ss)
	body := ss[len(ss)/2]
	for i := range words {
		if r := words[i].Size / body; r > 0.85 && r < 1.15 {
			words[i].Size = body
		}
	}
	// The lines of one heading measure a little differently ("compte-"
	// over "rendu"): a large line takes the size of a large line just
	// above it when they are within 7 % (a pixel of height; 14 and 13 pt
	// headings stay apart).
	prev := -1 // first word of the previous line
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j].Line == words[i].Line {
			j++
		}
		if prev >= 0 {
			p, c := words[prev].Size, words[i].Size
			near := words[i].Y0-words[prev].Y1 < 0.8*p
			if p > body*1.15 && c > body*1.15 && c/p > 0.93 && c/p < 1.08 && near {
				for k := i; k < j; k++ {
					words[k].Size = p
				}
			}
		}
		prev, i = i, j
	}
	return body
}

// markBold marks the bold words: their strokes are thicker, relative to
// the font size, than those of most of the page (the PDF reader then
// takes a line whose words are all bold for a bold line). A stroke's
// thickness is measured as the mean length of the horizontal runs of ink
// in the word's box.
func markBold(words []pdf.Word, k *ink) {
	weight := make([]float64, len(words))
	var all []float64
	for i, w := range words {
		inked, runs := 0, 0
		for y := int(w.Y0); y < int(w.Y1); y++ {
			prev := false
			for x := int(w.X0); x < int(w.X1); x++ {
				on := k.at(x, y)
				if on {
					inked++
					if !prev {
						runs++
					}
				}
				prev = on
			}
		}
		if runs > 0 && w.Size > 0 && len(w.Text) > 1 {
			weight[i] = float64(inked) / float64(runs) / w.Size
			all = append(all, weight[i])
		}
	}
	if len(all) < 20 {
		return
	}
	sort.Float64s(all)
	median := all[len(all)/2]
	// A word too short to measure takes the weight of its line.
	lines := map[int][2]float64{}
	for i, w := range words {
		if weight[i] > 0 {
			l := lines[w.Line]
			l[0] += weight[i] * float64(len(w.Text))
			l[1] += float64(len(w.Text))
			lines[w.Line] = l
		}
	}
	for i, w := range words {
		v := weight[i]
		if l := lines[w.Line]; v == 0 && l[1] > 0 {
			v = l[0] / l[1]
		}
		words[i].Bold = v > boldRatio*median
	}
}

// markGray marks the words printed in gray, not black (headings in a
// color, printed in gray): the cores of their strokes are well lighter
// than those of most words. They get Color 0x808080, the others black.
func markGray(words []pdf.Word, g *image.Gray, t uint8) {
	level := make([]float64, len(words))
	var all []float64
	var hist [256]int
	for i, w := range words {
		clear(hist[:])
		n := 0
		for y := max(int(w.Y0), 0); y < min(int(w.Y1), g.Rect.Dy()); y++ {
			row := g.Pix[y*g.Stride:]
			for x := max(int(w.X0), 0); x < min(int(w.X1), g.Rect.Dx()); x++ {
				if v := row[x]; v <= t {
					hist[v]++
					n++
				}
			}
		}
		if n < 20 {
			continue
		}
		// The cores of the strokes: the darkest fifth of the ink (the
		// edges of any letter are gray).
		seen := 0
		for v, c := range hist {
			if seen += c; seen*5 >= n {
				level[i] = float64(v)
				break
			}
		}
		all = append(all, level[i])
	}
	if len(all) < 20 {
		return
	}
	sort.Float64s(all)
	median := all[len(all)/2]
	for i := range words {
		if level[i] > median+grayStep {
			words[i].Color = 0x808080
		}
	}
}

// grayStep is how much lighter than most words (of 255 levels) the ink
// of a gray word is.
const grayStep = 50

// boldRatio is how much thicker than the page's median a bold word's
// strokes are.
const boldRatio = 1.3

// wordSize is the font size (em, in pixels) that a word's box height
// implies, 0 for a word with fewer than two letters.
func wordSize(w pdf.Word) float64 {
	top, bottom, letters := 0.0, 0.0, 0
	for _, r := range w.Text {
		switch {
		case strings.ContainsRune("gjpqyç", r):
			bottom = -0.21
			if r == 'j' {
				top = max(top, 0.7)
			} else {
				top = max(top, 0.52)
			}
		case strings.ContainsRune("acemnorsuvwxz", r):
			top = max(top, 0.52)
		case strings.ContainsRune("éèêëàâîïôûùü", r):
			top = max(top, 0.75)
		case r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("bdfhiklt", r):
			top = max(top, 0.72)
		case r > 127 && (r >= 'À' && r <= 'Ý'):
			top = max(top, 0.9)
		case strings.ContainsRune("()[]{}|", r):
			top, bottom = max(top, 0.75), min(bottom, -0.21)
			continue // not a letter
		case r == ',' || r == ';':
			bottom = min(bottom, -0.14)
			continue
		default:
			continue
		}
		letters++
	}
	if letters < 2 || top-bottom <= 0 {
		return 0
	}
	return (w.Y1 - w.Y0) / (top - bottom)
}
