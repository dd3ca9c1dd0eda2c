package pdf

import (
	"os"
	"strconv"
	"testing"
)

func TestDbgEdges(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("F"))
	f, _ := open(data, "")
	pg, _ := strconv.Atoi(os.Getenv("P"))
	p, _ := f.readPage(pg-1, newFontCache())
	hs, vs := ruleEdges(p.segs)
	for _, e := range hs {
		t.Logf("H y=%.2f x=%.2f..%.2f", e.y0, e.x0, e.x1)
	}
	for _, e := range vs {
		t.Logf("V x=%.2f y=%.2f..%.2f", e.x0, e.y0, e.y1)
	}
	for _, g := range findTables(&p) {
		t.Logf("grid xs=%v ys=%v", g.xs, g.ys)
	}
}
