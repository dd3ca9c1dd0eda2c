package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// ocrRun is the OCR of scanned twins, beside pdftotext on their
// born-digital originals.
type ocrRun struct {
	Files, Pages int
	Ingest       measurement
	Floor        floorTimes // pdftotext on the originals
	FloorPages   int
	Err          error
}

// ocr ingests the scanned twins of opts.OCRDir, smallest first, up to
// opts.OCRPages pages, and runs pdftotext on their originals (the same
// names in the fixture folders): OCR pages/s and CPU per page against
// pdftotext's CPU per page.
func (b *bench) ocr(ctx context.Context) error {
	if b.opts.OCRPages <= 0 || b.opts.OCRDir == "" {
		return nil
	}
	run := ocrRun{}
	defer func() { b.r.ocr(run, b.opts.Workers) }()
	twins, _ := filepath.Glob(filepath.Join(b.opts.OCRDir, "*.pdf"))
	type twin struct {
		path, orig string
		pages      int
	}
	var ts []twin
	for _, p := range twins {
		qpdf, err := findQPDF()
		if err != nil {
			run.Err = err
			return nil
		}
		n, err := pdfPages(ctx, qpdf, p)
		if err != nil {
			run.Err = err
			return nil
		}
		t := twin{path: p, pages: n}
		for _, d := range b.opts.Fixtures {
			if o := filepath.Join(d, filepath.Base(p)); fileSize(o) > 0 {
				t.orig = o
			}
		}
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].pages < ts[j].pages })
	dir := filepath.Join(b.work, "ocr")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var origs []string
	for _, t := range ts {
		if run.Pages > 0 && run.Pages+t.pages > b.opts.OCRPages {
			break
		}
		data, err := os.ReadFile(t.path)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(t.path)), data, 0o644); err != nil {
			return err
		}
		run.Files++
		run.Pages += t.pages
		if t.orig != "" {
			origs = append(origs, t.orig)
			run.FloorPages += t.pages
		}
	}
	if run.Files == 0 {
		run.Err = fmt.Errorf("no scanned PDF in %s", b.opts.OCRDir)
		return nil
	}
	m, err := b.in.ingest(ctx, dir, filepath.Join(b.work, "ocr.db"))
	if err != nil {
		return err
	}
	if m.Summary.Failed > 0 {
		return fmt.Errorf("OCR: %d of %d scanned files failed: %s", m.Summary.Failed, m.Summary.Files, m.Summary.Failures[0].Error)
	}
	run.Ingest = m
	if len(origs) > 0 {
		run.Floor = floorTools()["pdf"].times(ctx, origs, b.opts.Workers)
	}
	return nil
}

// ocr prints the OCR figures.
func (r *report) ocr(o ocrRun, workers int) {
	r.printf("\nOCR of scanned PDFs (--workers %d):\n", workers)
	if o.Err != nil {
		r.printf("  not measured: %v\n", o.Err)
		return
	}
	m := o.Ingest
	perPage := func(d time.Duration, pages int) time.Duration {
		if pages == 0 {
			return 0
		}
		return d / time.Duration(pages)
	}
	r.printf("  %d scanned files, %d pages: %.2f pages/s, %.2f s wall/page, CPU %.2f s/page (tesseract included)\n",
		o.Files, o.Pages, float64(o.Pages)/m.Wall.Seconds(), perPage(m.Wall, o.Pages).Seconds(), perPage(m.CPU, o.Pages).Seconds())
	if o.Floor.Err != nil {
		r.printf("  pdftotext on the originals: %v\n", o.Floor.Err)
		return
	}
	if o.FloorPages > 0 {
		floor := perPage(o.Floor.CPU, o.FloorPages)
		r.printf("  pdftotext on the born-digital originals: CPU %.1f ms/page; OCR costs %.0f× that per page\n",
			float64(floor.Microseconds())/1000, perPage(m.CPU, o.Pages).Seconds()/max(floor.Seconds(), 1e-6))
	}
}
