package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// ruledTable draws a table of rows×cols cells of 150×30 pt from (50, top)
// with cells[r][c] written inside ("" for none). merged lists the cells
// whose right rule is left out, merging them with their right neighbour.
func ruledTable(top float64, cells [][]string, merged map[[2]int]bool) string {
	var b strings.Builder
	rows, cols := len(cells), len(cells[0])
	for r := 0; r <= rows; r++ {
		y := top - float64(r)*30
		fmt.Fprintf(&b, "50 %g m %g %g l S\n", y, 50+float64(cols)*150, y)
	}
	for r := 0; r < rows; r++ {
		y0, y1 := top-float64(r+1)*30, top-float64(r)*30
		for c := 0; c <= cols; c++ {
			if c > 0 && c < cols && merged[[2]int{r, c - 1}] {
				continue
			}
			x := 50 + float64(c)*150
			fmt.Fprintf(&b, "%g %g m %g %g l S\n", x, y0, x, y1)
		}
		for c, s := range cells[r] {
			if s != "" {
				b.WriteString(text(55+float64(c)*150, y0+10, s))
			}
		}
	}
	return b.String()
}

func tableOf(t *testing.T, data []byte) *doc.Table {
	t.Helper()
	d, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	for _, b := range d.Blocks {
		if tb, ok := b.(*doc.Table); ok {
			return tb
		}
	}
	t.Fatalf("no table in:\n%s", doc.Format(d))
	return nil
}

func rowsText(tb *doc.Table) string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, strings.Join(r.Texts(), " | "))
	}
	return strings.Join(out, "\n")
}

func TestMergedCells(t *testing.T) {
	cells := [][]string{
		{"Points", "Actions", `D\351lais`},
		{"ORDRE DU JOUR", "", ""},
		{"Suivi", "Rapport", "Mai"},
	}
	merged := map[[2]int]bool{{1, 0}: true, {1, 1}: true}
	tb := tableOf(t, pagesPDF("", text(50, 800, "Compte rendu")+ruledTable(700, cells, merged)))
	want := "Points | Actions | Délais\nORDRE DU JOUR |  | \nSuivi | Rapport | Mai"
	if got := rowsText(tb); got != want {
		t.Errorf("table =\n%s\nwant\n%s", got, want)
	}
}

func TestTableAcrossPages(t *testing.T) {
	header := []string{"Points", "Actions", `D\351lais`}
	page1 := ruledTable(150, [][]string{header, {"Suivi du plan", `R\351diger la`, "Mai"}}, nil)
	page2 := ruledTable(800, [][]string{header, {"", "note", ""}, {"Divers", "Partager", "Juin"}}, nil)
	tb := tableOf(t, pagesPDF("", page1, page2))
	// The repeated header is dropped and the row cut by the page break
	// (first cell empty) is joined to the previous one.
	want := "Points | Actions | Délais\nSuivi du plan | Rédiger la note | Mai\nDivers | Partager | Juin"
	if got := rowsText(tb); got != want {
		t.Errorf("table =\n%s\nwant\n%s", got, want)
	}
}
