package docx

import (
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// tc writes a cell with properties and content.
func tc(props, content string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + content + `</w:tc>`
}

const grid3 = `<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>`

func TestTableMerges(t *testing.T) {
	body := `<w:tbl><w:tblPr/>` + grid3 +
		`<w:tr>` + tc("", wp("Organisation")) + tc("", wp("Nom")) + tc("", wp("Rôle")) + `</w:tr>` +
		`<w:tr>` + tc(`<w:gridSpan w:val="3"/>`, wp("Santé")) + `</w:tr>` +
		`<w:tr>` + tc(`<w:vMerge w:val="restart"/>`, wp("OMS")) + tc("", wp("Dr X")) + tc("", wp("Point focal")) + `</w:tr>` +
		`<w:tr>` + tc(`<w:vMerge/>`, `<w:p/>`) + tc("", wp("Dr Y")) + `</w:tr>` +
		`<w:tr>` + tc(`<w:vMerge w:val="continue"/>`, wp("(suite)")) + tc(`<w:gridSpan w:val="2"/>`, wp("Mme Z")) + `</w:tr>` +
		`</w:tbl>` + wp("Fin")
	d := mustParse(t, map[string]string{"body": body})
	checkFormat(t, d, `
p0 #0 table 5x3
p0 #0 r1: Organisation | Nom | Rôle
p0 #0 r2: Santé |  | 
p0 #0 r3: OMS ⏎ (suite) | Dr X | Point focal
p0 #0 r4:  | Dr Y | 
p0 #0 r5:  | Mme Z | 
p0 #1 p: Fin`)
	tbl := d.Blocks[0].(*doc.Table)
	for i, want := range []bool{false, false, false, true, true} {
		if got := tbl.Rows[i].Cells[0].Continued; got != want {
			t.Errorf("row %d, first cell: Continued = %v, want %v", i+1, got, want)
		}
	}
}

// TestTableCellBlocks keeps a bulleted list inside a cell as list items,
// splits a cell paragraph at its line breaks, and flattens a nested
// table into one paragraph per row.
func TestTableCellBlocks(t *testing.T) {
	numbering := wRoot("numbering", `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="bullet"/><w:lvlText w:val="`+"\uF0B7"+`"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	item := func(s string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
	}
	nested := `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>` + tc("", wp("OMS")) + tc("", wp("Dr X")) +
		`</w:tr><w:tr>` + tc("", wp("PAM")) + tc("", `<w:p/>`) + `</w:tr></w:tbl>`
	body := `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>` +
		tc("", wp("Actions :")+item("Relancer les partenaires")+item("Partager le rapport")) +
		tc("", `<w:p><w:r><w:t>Direction Transition</w:t><w:br/><w:t>Affaire suivie par C. B.</w:t></w:r></w:p>`+nested+`<w:p/>`) +
		`</w:tr></w:tbl>`
	d := mustParse(t, map[string]string{"body": body, numberingPart: numbering})
	checkFormat(t, d, `
p0 #0 table 1x2
p0 #0 r1: Actions : ⏎ • Relancer les partenaires ⏎ • Partager le rapport | Direction Transition ⏎ Affaire suivie par C. B. ⏎ OMS | Dr X ⏎ PAM`)
}

// TestTableGridPadding pads short rows to the grid's width and drops
// empty rows.
func TestTableGridPadding(t *testing.T) {
	body := `<w:tbl>` + grid3 +
		`<w:tr>` + tc("", wp("A")) + `</w:tr>` +
		`<w:tr>` + tc("", `<w:p/>`) + tc("", `<w:p/>`) + tc("", `<w:p/>`) + `</w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + tc("", wp("B")) + tc("", wp("C")) + `</w:tr>` +
		`</w:tbl>`
	d := mustParse(t, map[string]string{"body": body})
	checkFormat(t, d, `
p0 #0 table 2x3
p0 #0 r1: A |  | 
p0 #0 r2:  | B | C`)
}
