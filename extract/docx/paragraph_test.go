package docx

import "testing"

// TestRevisionsAndFields keeps inserted text, hyperlinks and field
// results, and drops deleted text, field instructions, run properties
// and comment and footnote references. A line break ends a line.
func TestRevisionsAndFields(t *testing.T) {
	body := `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Réunion du </w:t></w:r>` +
		`<w:del w:id="1" w:author="A"><w:r><w:delText>4 mars</w:delText></w:r></w:del>` +
		`<w:ins w:id="2" w:author="A"><w:r><w:t>5 mars</w:t></w:r></w:ins>` +
		`<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> à </w:t></w:r><w:commentRangeEnd w:id="0"/>` +
		`<w:r><w:commentReference w:id="0"/></w:r>` +
		`<w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>Bamako</w:t></w:r></w:hyperlink>` +
		`<w:r><w:footnoteReference w:id="1"/></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> – </w:t></w:r>` +
		`<w:fldSimple w:instr=" DATE "><w:r><w:t>12/03/2025</w:t></w:r></w:fldSimple></w:p>` +
		`<w:p><w:r><w:t>Croix</w:t><w:noBreakHyphen/><w:t>Rouge</w:t><w:tab/><w:sym w:font="Wingdings" w:char="F0E0"/><w:t xml:space="preserve"> suivi</w:t>` +
		`<w:br/><w:t>du</w:t><w:softHyphen/><w:t>plan</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:del w:id="4" w:author="A"><w:r><w:delText>Tout supprimé</w:delText></w:r></w:del></w:p>`
	d := mustParse(t, map[string]string{"body": body,
		"word/comments.xml": wRoot("comments", `<w:comment w:id="0">`+wp("COMMENTAIRE SECRET")+`</w:comment>`)})
	checkFormat(t, d, `
p0 #0 p: Réunion du 5 mars à Bamako
p0 #1 p: Page 3 – 12/03/2025
p0 #2 p: Croix-Rouge → suivi
p0 #3 p: duplan`)
}

// TestTextBox reads a text box once, from mc:Choice, though Word also
// writes it in the VML mc:Fallback, and places its paragraphs after the
// paragraph that anchors it.
func TestTextBox(t *testing.T) {
	box := `<w:txbxContent>` + wp("Lieu : OMS, Bamako") + wp("Date : 28 mars 2019") + `</w:txbxContent>`
	body := wp("Avant") + `<w:p><w:r><w:t>Ancre</w:t></w:r><w:r><mc:AlternateContent>` +
		`<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>` + box + `</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox>` + box + `</v:textbox></v:shape></w:pict></mc:Fallback>` +
		`</mc:AlternateContent></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + wp("Seulement VML") +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` + wp("Après")
	d := mustParse(t, map[string]string{"body": body})
	checkFormat(t, d, `
p0 #0 p: Avant
p0 #1 p: Ancre
p0 #2 p: Lieu : OMS, Bamako
p0 #3 p: Date : 28 mars 2019
p0 #4 p: Seulement VML
p0 #5 p: Après`)
}

// TestContentControls reads through content controls and custom XML at
// block level, skipping their properties.
func TestContentControls(t *testing.T) {
	body := `<w:sdt><w:sdtPr><w:alias w:val="Titre"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr>` +
		`<w:sdtContent>` + wp("Dans un contrôle") + `</w:sdtContent></w:sdt>` +
		`<w:customXml w:element="x">` + wp("Dans du XML") + `</w:customXml>`
	d := mustParse(t, map[string]string{"body": body})
	checkFormat(t, d, `
p0 #0 p: Dans un contrôle
p0 #1 p: Dans du XML`)
}
