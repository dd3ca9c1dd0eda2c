package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sync"
)

// formats are the corpus's formats, also its subfolders; document i has
// format formats[i%3], so any prefix of the corpus is a third of each.
var formats = []string{"pdf", "docx", "html"}

// fixture is a report the synthetic documents are made from.
type fixture struct {
	Path    string
	Format  string
	Data    []byte
	Pages   int      // PDF only
	Persons []string // from its gold annotations
	Orgs    []string // from its gold annotations
	names   *regexp.Regexp
}

// loadFixtures reads the PDF, DOCX and HTML files of dirs with the names
// of their .gold.json, by format.
func loadFixtures(ctx context.Context, dirs []string, qpdf string) (map[string][]*fixture, error) {
	byFormat := make(map[string][]*fixture)
	for _, dir := range dirs {
		for _, format := range formats {
			paths, _ := filepath.Glob(filepath.Join(dir, "*."+format))
			for _, path := range paths {
				fx, err := loadFixture(ctx, path, format, qpdf)
				if err != nil {
					return nil, err
				}
				byFormat[format] = append(byFormat[format], fx)
			}
		}
	}
	for _, format := range formats {
		if len(byFormat[format]) == 0 {
			return nil, fmt.Errorf("no %s fixture in %v", format, dirs)
		}
	}
	return byFormat, nil
}

func loadFixture(ctx context.Context, path, format, qpdf string) (*fixture, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fx := &fixture{Path: path, Format: format, Data: data}
	var gold struct {
		Organizations []string
		Persons       []struct{ Name string }
	}
	if body, err := os.ReadFile(path + ".gold.json"); err == nil {
		if err := json.Unmarshal(body, &gold); err != nil {
			return nil, fmt.Errorf("%s.gold.json: %w", path, err)
		}
	}
	fx.Orgs = gold.Organizations
	for _, p := range gold.Persons {
		fx.Persons = append(fx.Persons, p.Name)
	}
	fx.names = namesPattern(append(append([]string{}, fx.Persons...), fx.Orgs...))
	if format == "pdf" {
		fx.Pages, err = pdfPages(ctx, qpdf, path)
	}
	return fx, err
}

// generator makes synthetic documents. Document i depends only on Seed
// and i, so the corpus is deterministic and every prefix of a larger
// corpus is the smaller one.
type generator struct {
	Seed     uint64
	Fixtures map[string][]*fixture
	PDF      *pdfPool
}

// document is one generated file.
type document struct {
	Path    string
	Format  string
	Size    int64
	Pages   int // PDF pages; 0 for DOCX and HTML
	Fixture string
}

// make returns the name and bytes of document i.
func (g *generator) make(ctx context.Context, i int) (document, []byte, error) {
	rng := rand.New(rand.NewPCG(g.Seed, uint64(i)))
	format := formats[i%len(formats)]
	fx := g.Fixtures[format][rng.IntN(len(g.Fixtures[format]))]
	v := newVariation(rng, fx)
	mark := fmt.Sprintf("minutes-bench copy %d seed %d", i, g.Seed)
	d := document{Format: format, Fixture: filepath.Base(fx.Path)}
	d.Path = filepath.Join(format, fmt.Sprintf("%06d-%s", i, d.Fixture))
	var data []byte
	var err error
	switch format {
	case "pdf":
		var layout []byte
		if layout, d.Pages, err = g.PDF.get(ctx, fx, rng.IntN(len(pdfLayouts))); err == nil {
			data, err = markPDF(layout, mark)
		}
	case "docx":
		data, err = v.varyDOCX(fx.Data, mark)
	case "html":
		data = []byte(v.varyHTML(string(fx.Data), mark))
	}
	d.Size = int64(len(data))
	if err != nil {
		return d, nil, fmt.Errorf("document %d from %s: %w", i, fx.Path, err)
	}
	return d, data, nil
}

// corpus is a folder of generated documents, in subfolders by format.
type corpus struct {
	Dir  string
	Docs []document
}

// generate writes documents 0 to n-1 under dir, on all CPUs.
func (g *generator) generate(ctx context.Context, dir string, n int) (*corpus, error) {
	for _, f := range formats {
		if err := os.MkdirAll(filepath.Join(dir, f), 0o755); err != nil {
			return nil, err
		}
	}
	c := &corpus{Dir: dir, Docs: make([]document, n)}
	errs := make([]error, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				c.Docs[i], errs[i] = g.write(ctx, dir, i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return c, errors.Join(errs...)
}

func (g *generator) write(ctx context.Context, dir string, i int) (document, error) {
	d, data, err := g.make(ctx, i)
	if err != nil {
		return d, err
	}
	return d, os.WriteFile(filepath.Join(dir, d.Path), data, 0o644)
}

// subset links the first n documents of c, or those of one format when
// format is not "", into dir.
func (c *corpus) subset(dir string, n int, format string) (*corpus, error) {
	s := &corpus{Dir: dir}
	for _, d := range c.Docs[:n] {
		if format != "" && d.Format != format {
			continue
		}
		if err := os.MkdirAll(filepath.Join(dir, d.Format), 0o755); err != nil {
			return nil, err
		}
		if err := os.Link(filepath.Join(c.Dir, d.Path), filepath.Join(dir, d.Path)); err != nil {
			return nil, err
		}
		s.Docs = append(s.Docs, d)
	}
	return s, nil
}

// totals returns the corpus's bytes and PDF pages.
func (c *corpus) totals() (size int64, pages int) {
	for _, d := range c.Docs {
		size += d.Size
		pages += d.Pages
	}
	return size, pages
}

// paths returns the absolute paths of the corpus's files.
func (c *corpus) paths() []string {
	p := make([]string, len(c.Docs))
	for i, d := range c.Docs {
		p[i] = filepath.Join(c.Dir, d.Path)
	}
	return p
}

// findQPDF returns the path of qpdf or an error saying how to install it.
func findQPDF() (string, error) {
	p, err := exec.LookPath("qpdf")
	if err != nil {
		return "", errors.New("qpdf not found; it makes the PDF variants (apt-get install -y qpdf)")
	}
	return p, nil
}
