package doc

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestWireRoundTrip checks that the lossless JSON form gives back every
// field: positions, levels, markers, cells of blocks, continued cells,
// running lines and warnings.
func TestWireRoundTrip(t *testing.T) {
	cell := func(bs ...Block) Cell { return Cell{Blocks: bs} }
	want := &Document{Format: PDF, Pages: 2, Title: "CR", Headers: []string{"OCHA"}, Footers: []string{"1"},
		Warnings: []string{"page 2: content stream over 64 MiB, cut there"},
		Blocks: []Block{
			&Heading{Pos: Pos{Page: 1}, Level: 1, Text: "COMPTE RENDU"},
			&ListItem{Pos: Pos{Page: 1, Index: 1}, Level: 2, Marker: "a)", Text: "Suivi"},
			&Table{Pos: Pos{Page: 2, Index: 2}, Rows: []Row{
				{Cells: []Cell{cell(&Paragraph{Pos: Pos{Page: 2, Index: 2}, Text: "Action"}), cell(&Paragraph{Text: "OMS"})}},
				{Cells: []Cell{cell(&ListItem{Level: 1, Marker: "•", Text: "Partager"}), {Continued: true}}},
			}},
		}}
	body, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got := new(Document)
	if err := json.Unmarshal(body, got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %s\nwant %s", Format(got), Format(want))
	}
	var bad Document
	if err := json.Unmarshal([]byte(`{"blocks":[{"k":"table","cont":[[3,0]]}]}`), &bad); err == nil {
		t.Errorf("a continued cell outside its table was accepted")
	}
}
