package extract

import (
	"slices"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// head is how many units from the top header facts are looked for in.
const head = 12

// field is a labelled value: "Lieu : OMS, Bamako", a two-column header
// table row "DATE | 28 Mars 2019", or a heading "Ordre du jour" whose value
// is the units that follow it.
type field struct {
	Label  string // folded label
	Value  string
	Src    minutes.Source
	Follow []unit // units after a label with no inline value, up to the next heading or label
}

// fields finds the labelled values of a document.
func fields(d *doc.Document, us []unit) []field {
	var out []field
	for i, u := range us {
		if u.InCell {
			// "Date : … ⏎ Heure : … ⏎ Lieu : …" written in one cell: a
			// line of a cell is a field when its label names one.
			if label, value, ok := splitLabel(u.Text); ok && value != "" {
				if folded := foldLabel(label); knownLabel(folded) {
					out = append(out, field{Label: folded, Value: value, Src: u.Src})
				}
			}
			continue
		}
		if segs := labelSegments(u.Text); len(segs) > 1 {
			// "Date : 07/09/2023 – Heure : 10h00 à 12h00 – Lieu : Bureau UNICEF Gao"
			for _, seg := range segs {
				if label, value, ok := splitLabel(seg); ok {
					src := u.Src
					src.Text = seg
					out = append(out, field{Label: foldLabel(label), Value: value, Src: src})
				}
			}
			continue
		}
		label, value, ok := splitLabel(u.Text)
		if !ok && (u.Kind == "heading" || words(u.Text) <= 6) {
			label, value, ok = u.Text, "", true
		}
		if !ok {
			continue
		}
		f := field{Label: foldLabel(label), Value: value, Src: u.Src}
		if value == "" {
			f.Follow = following(us, i)
		}
		out = append(out, f)
	}
	for _, b := range d.Blocks {
		if t, ok := b.(*doc.Table); ok {
			out = append(out, tableFields(t)...)
		}
	}
	return out
}

// labelStart finds where a further label begins on a line: a separator
// ("–", "—", "-", "|", ";", ",") and one to four words before a colon.
var labelStart = normalize.MustExpr(`\s*(?:\s[–—|-]\s|[;,|])\s*((?:[\p{Lu}][\p{L}.'’/-]*)(?:\s+[\p{L}.'’/-]+){0,3}\s*:)`)

// labelSegments cuts a line that holds several labelled values into one
// segment per label; a line with one label gives one segment.
func labelSegments(s string) []string {
	if _, _, ok := splitLabel(s); !ok {
		return []string{s}
	}
	var segs []string
	start := 0
	starts := labelStart.FindAllStringSubmatchIndex(s, -1)
	if l, _, _ := splitLabel(s); headerName(l) {
		// "Date : 22 Mars 2012 Lieu : Salle … Présidence : …": header
		// labels run on without a separator where the page broke lines.
		runOn := runOnLabels(s)
		// ", Ouagadougou Présidence :" is the place's end and a label:
		// the label is the header name, not the words before it.
		starts = slices.DeleteFunc(starts, func(m []int) bool {
			return slices.ContainsFunc(runOn, func(r []int) bool { return r[2] > m[2] && r[2] < m[3] })
		})
		starts = append(starts, runOn...)
		slices.SortFunc(starts, func(a, b []int) int { return a[0] - b[0] })
	}
	for _, m := range starts {
		if m[0] <= start {
			continue
		}
		segs = append(segs, strings.TrimSpace(s[start:m[0]]))
		start = m[2]
	}
	return append(segs, strings.TrimSpace(s[start:]))
}

// following returns the units after us[i] that belong to it: the list or
// paragraphs up to the next heading or the next labelled line.
func following(us []unit, i int) []unit {
	var out []unit
	for _, u := range us[i+1:] {
		if u.InCell || u.Kind == "heading" {
			break
		}
		if _, v, ok := splitLabel(u.Text); ok && v == "" && u.Kind != "list_item" {
			break
		}
		out = append(out, u)
		if len(out) >= 60 {
			break
		}
	}
	return out
}

// tableFields reads label/value pairs from a table: a short first cell
// followed by a value cell, or a label cell alone on its row whose value
// is the next row.
func tableFields(t *doc.Table) []field {
	var out []field
	for i, r := range t.Rows {
		if gridHeader(t, i) {
			continue
		}
		for j := 0; j < len(r.Cells); j++ {
			label := cellText(t, i, j)
			if label == "" || strings.HasSuffix(label, ".") || words(label) > 5 && !(words(label) <= 9 && strings.HasSuffix(label, ":")) {
				continue // a label is short, or ends with its colon: "Organisations et partenaires (membres) présentes :"
			}
			src := minutes.Source{Page: t.Pos.Page, Block: t.Pos.Index, Row: i + 1, Col: j + 1, Text: label}
			if l, v, ok := splitLabel(label); ok && v != "" {
				out = append(out, field{Label: foldLabel(l), Value: v, Src: src})
				continue
			}
			if j+1 < len(r.Cells) && cellText(t, i, j+1) != "" {
				f := field{Label: foldLabel(strings.TrimRight(label, " :")), Value: cellText(t, i, j+1), Src: src}
				f.Follow = cellUnits(t, i, j+1)
				out = append(out, f)
				j++
				continue
			}
			if onlyCell(r, j) && i+1 < len(t.Rows) {
				f := field{Label: foldLabel(strings.TrimRight(label, " :")), Src: src}
				for c := range t.Rows[i+1].Cells {
					f.Follow = append(f.Follow, cellUnits(t, i+1, c)...)
				}
				out = append(out, f)
			}
		}
	}
	return out
}

// gridHeader reports whether row i is the header of a grid (three or more
// short cells), whose cells are column names, not label/value pairs.
func gridHeader(t *doc.Table, i int) bool {
	if pairs(t, i) {
		return false // "Date | 20 Février 2018 | Lieu | Salle de réunion …"
	}
	n := 0
	for j := range t.Rows[i].Cells {
		text := cellText(t, i, j)
		if words(text) > 8 {
			return false // "Responsables de mise en œuvre et/ou de suivi" is still a column name
		}
		if text != "" {
			n++
		}
	}
	return n >= 3
}

func onlyCell(r doc.Row, j int) bool {
	for k, c := range r.Cells {
		if k != j && len(c.Blocks) > 0 {
			return false
		}
	}
	return true
}

// labelTail is what a label may add to the field's name: "Lieu de la
// réunion", "Date de la rencontre", "Objet de la séance".
var labelTail = normalize.MustExpr(`\s+(de la|du|de l')\s*(reunion|rencontre|seance|session|atelier)$`)

// foldLabel folds a label and reduces it to the field's name: "Date/Heure"
// is "date et heure", "Lieu de la réunion" is "lieu".
func foldLabel(label string) string {
	f := normalize.Fold(label)
	f = strings.Join(strings.Fields(strings.ReplaceAll(f, "/", " et ")), " ")
	return labelTail.ReplaceAllString(f, "")
}

// find returns the first field whose folded label matches re.
func find(fs []field, re *normalize.Expr) (field, bool) {
	for _, f := range fs {
		if re.MatchString(f.Label) {
			return f, true
		}
	}
	return field{}, false
}

// knownLabel reports whether a folded label names a meeting field or an
// attendance list.
func knownLabel(label string) bool {
	if k, _ := attendanceLabel(label); k != notAttendance {
		return true
	}
	return fieldLabel(label, dateWords) || fieldLabel(label, timeWords) || fieldLabel(label, placeWordsLex) || roleLabel.MatchString(label)
}

// pairs reports whether row i of t reads as label/value pairs: an even
// number of cells, every other one a known label.
func pairs(t *doc.Table, i int) bool {
	r := t.Rows[i]
	if len(r.Cells) < 4 || len(r.Cells)%2 != 0 {
		return false
	}
	for j := 0; j < len(r.Cells); j += 2 {
		if !knownLabel(foldLabel(strings.TrimRight(cellText(t, i, j), " :"))) {
			return false
		}
	}
	return true
}

// runOnLabel is a capitalised word, and up to three more, before a colon:
// where a header label may follow the previous value.
var runOnLabel = normalize.MustExpr(`\s(\p{Lu}[\p{L}'’/&-]*(?:\s+[\p{L}'’/&-]+){0,3})\s*:`)

// runOnLabels finds the header labels that follow a value on the same
// line, as labelStart's matches: the end of the previous segment (m[0])
// and the start of the label (m[2]). Of "Ouagadougou Présidence :" the
// label is the shortest ending that names a header field: "Présidence".
func runOnLabels(s string) [][]int {
	var out [][]int
	for _, m := range runOnLabel.FindAllStringSubmatchIndex(s, -1) {
		group := s[m[2]:m[3]]
		for at := 0; at < len(group); {
			if headerName(group[at:]) {
				out = append(out, []int{m[2] + at, m[1], m[2] + at, m[3]})
				break
			}
			next := strings.IndexByte(group[at:], ' ')
			if next < 0 {
				break
			}
			at += next + 1
		}
	}
	return out
}

// headerName reports whether a label names a header field: a meeting
// field, an attendance list or its count, a role, the agenda, the title
// or the objective.
func headerName(label string) bool {
	f := foldLabel(strings.TrimSpace(label))
	return knownLabel(f) || isAgendaLabel(f) || titleLabel.MatchString(f) || f == "objectif" || f == "objectifs" || fieldLabel(f, countWords) // "Nombre de participants : 27"
}
