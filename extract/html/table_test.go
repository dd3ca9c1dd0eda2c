package html

import (
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

func TestTable(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"rowspan and colspan",
			`<table>
<tr><td>REUNION</td><td>Cluster Santé</td><td rowspan="3">Participants</td></tr>
<tr><td>DATE</td><td>28 Mars 2019</td></tr>
<tr><td>LIEU</td><td>OMS, Bamako</td></tr>
<tr><td colspan="3">ORDRE DU JOUR</td></tr>
<tr><td rowspan="2" colspan="2">Fusion</td><td>x</td></tr>
<tr><td>y</td></tr>
</table>`,
			"p0 #0 table 6x3\n" +
				"p0 #0 r1: REUNION | Cluster Santé | Participants\n" +
				"p0 #0 r2: DATE | 28 Mars 2019 | \n" +
				"p0 #0 r3: LIEU | OMS, Bamako | \n" +
				"p0 #0 r4: ORDRE DU JOUR |  | \n" +
				"p0 #0 r5: Fusion |  | x\n" +
				"p0 #0 r6:  |  | y"},
		{"head, body and foot in display order with th",
			`<table><tfoot><tr><td>Total</td><td>21</td></tr></tfoot>
<tbody><tr><td>ONG</td><td>9</td></tr></tbody>
<thead><tr><th>Type</th><th>Nombre</th></tr></thead></table>`,
			"p0 #0 table 3x2\np0 #0 r1: Type | Nombre\np0 #0 r2: ONG | 9\np0 #0 r3: Total | 21"},
		{"short rows padded",
			`<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>`,
			"p0 #0 table 2x3\np0 #0 r1: a | b | c\np0 #0 r2: d |  | "},
		{"rowspan zero and past the end",
			`<table><tr><td rowspan="0">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td rowspan="9">d</td><td>e</td></tr></table>`,
			"p0 #0 table 3x3\np0 #0 r1: a | b | \np0 #0 r2:  | c | \np0 #0 r3:  | d | e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatBlocks(t, tt.page); got != tt.want {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.page, got, tt.want)
			}
		})
	}
}

// Cells covered by a rowspan from above are marked as continued; those a
// colspan covers to the right are not.
func TestRowspanContinued(t *testing.T) {
	d, err := Parse([]byte(`<table><tr><th>Action</th><th>Responsable</th></tr>
<tr><td>Partager la note</td><td rowspan="2">UNHCR</td></tr>
<tr><td>Former les FDS</td></tr>
<tr><td colspan="2">Suivi</td></tr></table>`))
	if err != nil {
		t.Fatal(err)
	}
	tbl := d.Blocks[0].(*doc.Table)
	for _, c := range []struct {
		row, col int
		want     bool
	}{{1, 1, false}, {2, 1, true}, {2, 0, false}, {3, 1, false}} {
		if got := tbl.Rows[c.row].Cells[c.col].Continued; got != c.want {
			t.Errorf("cell r%dc%d: Continued = %v, want %v", c.row+1, c.col+1, got, c.want)
		}
	}
}

func TestListInTableCell(t *testing.T) {
	page := `<table><tr><th>Points</th><th>Actions</th></tr>
<tr><td><b>Divers</b></td><td><p>Trois axes :</p><ul><li>Coordination</li><li>Soutien<ol><li>psychosocial</li></ol></li></ul><h3>Note</h3></td></tr></table>`
	d, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	tbl, ok := d.Blocks[0].(*doc.Table)
	if !ok || len(d.Blocks) != 1 {
		t.Fatalf("Parse(page) blocks = %s, want one table", doc.Format(d))
	}
	cell := tbl.Rows[1].Cells[1]
	want := []doc.Block{
		&doc.Paragraph{Text: "Trois axes :"},
		&doc.ListItem{Level: 1, Marker: "•", Text: "Coordination"},
		&doc.ListItem{Level: 1, Marker: "•", Text: "Soutien"},
		&doc.ListItem{Level: 2, Marker: "1.", Text: "psychosocial"},
		&doc.Paragraph{Text: "Note"},
	}
	if len(cell.Blocks) != len(want) {
		t.Fatalf("cell blocks = %q, want %d blocks", cell.Text(), len(want))
	}
	for i, b := range cell.Blocks {
		if doc.BlockText(b) != doc.BlockText(want[i]) || kind(b) != kind(want[i]) || level(b) != level(want[i]) {
			t.Errorf("cell block %d = %#v, want %#v", i, b, want[i])
		}
	}
}

func kind(b doc.Block) string {
	switch b.(type) {
	case *doc.Paragraph:
		return "p"
	case *doc.ListItem:
		return "li"
	}
	return "other"
}

func level(b doc.Block) int {
	if li, ok := b.(*doc.ListItem); ok {
		return li.Level
	}
	return 0
}
