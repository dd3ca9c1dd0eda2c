package main

import (
	"fmt"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
)

// parsed is what the parsing child (`minutes __parse`) writes on its
// standard output: the document model and the meeting, or the reason the
// file could not be read. It is a private wire format between two copies
// of this program, lossless unlike doc.MarshalJSON.
type parsed struct {
	Format  string           `json:"format,omitempty"`
	Error   string           `json:"error,omitempty"`
	Doc     *wireDoc         `json:"doc,omitempty"`
	Meeting *minutes.Meeting `json:"meeting,omitempty"`
}

type wireDoc struct {
	Format  string      `json:"format"`
	Pages   int         `json:"pages,omitempty"`
	Title   string      `json:"title,omitempty"`
	Blocks  []wireBlock `json:"blocks"`
	Headers []string    `json:"headers,omitempty"`
	Footers []string    `json:"footers,omitempty"`
	// OCRPages and OCR are doc.Document's: pages read by OCR, and each
	// OCR'd block's confidence by block index.
	OCRPages int             `json:"ocr_pages,omitempty"`
	OCR      map[int]float64 `json:"ocr,omitempty"`
}

// wireBlock is a doc.Block tagged with its kind: "h", "p", "li" or "table".
// Rows hold the table's cells, each a list of blocks; Continued lists the
// row and column of each cell that continues a vertical merge.
type wireBlock struct {
	Kind      string          `json:"k"`
	Page      int             `json:"pg,omitempty"`
	Index     int             `json:"i,omitempty"`
	Level     int             `json:"l,omitempty"`
	Marker    string          `json:"m,omitempty"`
	Text      string          `json:"t,omitempty"`
	Rows      [][][]wireBlock `json:"rows,omitempty"`
	Continued [][2]int        `json:"cont,omitempty"`
}

func encodeDoc(d *doc.Document) *wireDoc {
	return &wireDoc{Format: d.Format, Pages: d.Pages, Title: d.Title, Blocks: encodeBlocks(d.Blocks),
		Headers: d.Headers, Footers: d.Footers, OCRPages: d.OCRPages, OCR: d.OCR}
}

func encodeBlocks(bs []doc.Block) []wireBlock {
	if bs == nil {
		return nil
	}
	out := make([]wireBlock, len(bs))
	for i, b := range bs {
		out[i] = encodeBlock(b)
	}
	return out
}

func encodeBlock(b doc.Block) wireBlock {
	p := b.Position()
	w := wireBlock{Page: p.Page, Index: p.Index}
	switch b := b.(type) {
	case *doc.Heading:
		w.Kind, w.Level, w.Text = "h", b.Level, b.Text
	case *doc.Paragraph:
		w.Kind, w.Text = "p", b.Text
	case *doc.ListItem:
		w.Kind, w.Level, w.Marker, w.Text = "li", b.Level, b.Marker, b.Text
	case *doc.Table:
		w.Kind = "table"
		w.Rows = make([][][]wireBlock, len(b.Rows))
		for i, r := range b.Rows {
			w.Rows[i] = make([][]wireBlock, len(r.Cells))
			for j, c := range r.Cells {
				w.Rows[i][j] = encodeBlocks(c.Blocks)
				if c.Continued {
					w.Continued = append(w.Continued, [2]int{i, j})
				}
			}
		}
	}
	return w
}

func decodeDoc(w *wireDoc) (*doc.Document, error) {
	blocks, err := decodeBlocks(w.Blocks)
	if err != nil {
		return nil, err
	}
	return &doc.Document{Format: w.Format, Pages: w.Pages, Title: w.Title, Blocks: blocks,
		Headers: w.Headers, Footers: w.Footers, OCRPages: w.OCRPages, OCR: w.OCR}, nil
}

func decodeBlocks(ws []wireBlock) ([]doc.Block, error) {
	if ws == nil {
		return nil, nil
	}
	out := make([]doc.Block, len(ws))
	for i, w := range ws {
		b, err := decodeBlock(w)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func decodeBlock(w wireBlock) (doc.Block, error) {
	pos := doc.Pos{Page: w.Page, Index: w.Index}
	switch w.Kind {
	case "h":
		return &doc.Heading{Pos: pos, Level: w.Level, Text: w.Text}, nil
	case "p":
		return &doc.Paragraph{Pos: pos, Text: w.Text}, nil
	case "li":
		return &doc.ListItem{Pos: pos, Level: w.Level, Marker: w.Marker, Text: w.Text}, nil
	case "table":
		t := &doc.Table{Pos: pos, Rows: make([]doc.Row, len(w.Rows))}
		for i, r := range w.Rows {
			t.Rows[i].Cells = make([]doc.Cell, len(r))
			for j, c := range r {
				bs, err := decodeBlocks(c)
				if err != nil {
					return nil, err
				}
				t.Rows[i].Cells[j].Blocks = bs
			}
		}
		for _, c := range w.Continued {
			if c[0] < 0 || c[0] >= len(t.Rows) || c[1] < 0 || c[1] >= len(t.Rows[c[0]].Cells) {
				return nil, fmt.Errorf("continued cell %v outside the table", c)
			}
			t.Rows[c[0]].Cells[c[1]].Continued = true
		}
		return t, nil
	}
	return nil, fmt.Errorf("unknown block kind %q", w.Kind)
}
