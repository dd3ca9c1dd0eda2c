package main

import (
	"time"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
)

// linearSizes are the paragraph counts of the documents whose extraction
// cost per block must be flat.
var linearSizes = []int{10, 100, 1000, 10000}

// linearBudget is the least CPU time spent extracting at each size, so
// that small documents are timed over enough repetitions.
const linearBudget = 300 * time.Millisecond

// linearPoint is the extraction cost at one document size.
type linearPoint struct {
	Paragraphs int
	Docs       int // extractions timed
	Blocks     int // blocks extracted in all
	CPU        time.Duration
}

func (p linearPoint) perKBlocks() float64 {
	return p.CPU.Seconds() * 1000 * 1000 / float64(max(p.Blocks, 1))
}

// linearModels is how many fixtures of each format the documents are
// made from.
const linearModels = 2

// linear times the extraction of documents of each size, made of the
// blocks of the first fixtures' document models cycled to that many
// blocks (positions renumbered), so that every size holds the same mix
// of headings, paragraphs, lists and tables; each size extracts every
// model the same number of times.
func linear(fixtures map[string][]*fixture, sizes []int, budget time.Duration) ([]linearPoint, error) {
	var models []*doc.Document
	for _, f := range formats {
		for _, fx := range fixtures[f][:min(linearModels, len(fixtures[f]))] {
			d, err := extract.Options{}.Parse(fx.Data)
			if err != nil {
				return nil, err
			}
			models = append(models, d)
		}
	}
	var points []linearPoint
	for _, n := range sizes {
		docs := make([]*doc.Document, len(models))
		for i, m := range models {
			docs[i] = cycle(m, n)
		}
		p := linearPoint{Paragraphs: n}
		for p.CPU < budget || p.Docs%len(docs) != 0 {
			d := docs[p.Docs%len(docs)]
			t0 := cpuTime()
			extract.Meeting(d)
			p.CPU += cpuTime() - t0
			p.Docs++
			p.Blocks += countBlocks(d.Blocks)
		}
		points = append(points, p)
	}
	return points, nil
}

// cycle returns a copy of d with n top-level blocks: its own, repeated
// as often as needed, renumbered.
func cycle(d *doc.Document, n int) *doc.Document {
	out := *d
	out.Blocks = make([]doc.Block, 0, n)
	for i := 0; len(d.Blocks) > 0 && i < n; i++ {
		out.Blocks = append(out.Blocks, renumber(d.Blocks[i%len(d.Blocks)], i))
	}
	return &out
}

// renumber copies b with block ordinal i.
func renumber(b doc.Block, i int) doc.Block {
	switch b := b.(type) {
	case *doc.Heading:
		c := *b
		c.Index = i
		return &c
	case *doc.Paragraph:
		c := *b
		c.Index = i
		return &c
	case *doc.ListItem:
		c := *b
		c.Index = i
		return &c
	case *doc.Table:
		c := *b
		c.Index = i
		return &c
	}
	return b
}
