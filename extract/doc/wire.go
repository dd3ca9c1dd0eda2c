package doc

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON returns the lossless JSON form of d: every field of every
// block, a cell's blocks and whether it continues a vertical merge, so that
// json.Unmarshal gives back a document equal to d. The parsing children
// send documents to the ingest in this form. It is private to minutes and
// may change with it; the public form, for tools, is [JSON].
func (d *Document) MarshalJSON() ([]byte, error) {
	return json.Marshal(wireDoc{Format: d.Format, Pages: d.Pages, Title: d.Title,
		Blocks: encodeBlocks(d.Blocks), Headers: d.Headers, Footers: d.Footers, Warnings: d.Warnings,
		OCRPages: d.OCRPages, OCR: d.OCR})
}

// UnmarshalJSON reads the lossless JSON form written by
// [Document.MarshalJSON].
func (d *Document) UnmarshalJSON(data []byte) error {
	var w wireDoc
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	blocks, err := decodeBlocks(w.Blocks)
	if err != nil {
		return err
	}
	*d = Document{Format: w.Format, Pages: w.Pages, Title: w.Title, Blocks: blocks,
		Headers: w.Headers, Footers: w.Footers, Warnings: w.Warnings, OCRPages: w.OCRPages, OCR: w.OCR}
	return nil
}

type wireDoc struct {
	Format   string      `json:"format"`
	Pages    int         `json:"pages,omitempty"`
	Title    string      `json:"title,omitempty"`
	Blocks   []wireBlock `json:"blocks"`
	Headers  []string    `json:"headers,omitempty"`
	Footers  []string    `json:"footers,omitempty"`
	Warnings []string    `json:"warnings,omitempty"`
	// OCRPages and OCR: the pages read by OCR, and each OCR'd block's
	// confidence by block index.
	OCRPages int             `json:"ocr_pages,omitempty"`
	OCR      map[int]float64 `json:"ocr,omitempty"`
}

// wireBlock is a Block tagged with its kind: "h", "p", "li" or "table".
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

func encodeBlocks(bs []Block) []wireBlock {
	if bs == nil {
		return nil
	}
	out := make([]wireBlock, len(bs))
	for i, b := range bs {
		out[i] = encodeBlock(b)
	}
	return out
}

func encodeBlock(b Block) wireBlock {
	p := b.Position()
	w := wireBlock{Page: p.Page, Index: p.Index}
	switch b := b.(type) {
	case *Heading:
		w.Kind, w.Level, w.Text = "h", b.Level, b.Text
	case *Paragraph:
		w.Kind, w.Text = "p", b.Text
	case *ListItem:
		w.Kind, w.Level, w.Marker, w.Text = "li", b.Level, b.Marker, b.Text
	case *Table:
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

func decodeBlocks(ws []wireBlock) ([]Block, error) {
	if ws == nil {
		return nil, nil
	}
	out := make([]Block, len(ws))
	for i, w := range ws {
		b, err := decodeBlock(w)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func decodeBlock(w wireBlock) (Block, error) {
	pos := Pos{Page: w.Page, Index: w.Index}
	switch w.Kind {
	case "h":
		return &Heading{Pos: pos, Level: w.Level, Text: w.Text}, nil
	case "p":
		return &Paragraph{Pos: pos, Text: w.Text}, nil
	case "li":
		return &ListItem{Pos: pos, Level: w.Level, Marker: w.Marker, Text: w.Text}, nil
	case "table":
		return decodeTable(pos, w)
	}
	return nil, fmt.Errorf("unknown block kind %q", w.Kind)
}

func decodeTable(pos Pos, w wireBlock) (*Table, error) {
	t := &Table{Pos: pos, Rows: make([]Row, len(w.Rows))}
	for i, r := range w.Rows {
		t.Rows[i].Cells = make([]Cell, len(r))
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
