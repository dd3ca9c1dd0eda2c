package pdf

import (
	"fmt"
	"testing"
)

// formPDF builds a one-page file with a text field whose value is value
// and whose appearance stream is ap; need sets /NeedAppearances.
func formPDF(value, ap string, need bool) []byte {
	var b testPDF
	font := b.add(helvetica)
	apID := b.stream("/Type /XObject /Subtype /Form /BBox [0 0 100 12] /Resources << /Font << /F1 1 0 R >> >>", ap)
	widget := b.add(fmt.Sprintf("<< /Type /Annot /Subtype /Widget /FT /Tx /T (Name) /V (%s) "+
		"/DA (0 g /F1 10 Tf) /Rect [72 680 172 692] /F 4 /AP << /N %d 0 R >> >>", value, apID))
	content := b.stream("", text(72, 700, "Name:"))
	pages := b.add("")
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "+
		"/Resources << /Font << /F1 %d 0 R >> >> /Annots [%d 0 R] >>", pages, content, font, widget))
	b.objs[pages-1] = fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page)
	return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R /AcroForm << /Fields [%d 0 R] /NeedAppearances %t >> >>",
		pages, widget, need)))
}

func TestFormFields(t *testing.T) {
	tests := []struct {
		name, value, ap string
		need            bool
		want            string
	}{
		{"appearance", "Alice", "/Tx BMC BT /F1 10 Tf 2 3 Td (Alice) Tj ET EMC", false, "Name: Alice"},
		{"empty appearance, regenerated", "Alice Martin", "/Tx BMC EMC", true, "Name: Alice Martin"},
		{"stale appearance, regenerated", "Bob", "/Tx BMC BT /F1 10 Tf 2 3 Td (Old) Tj ET EMC", true, "Name: Bob"},
	}
	for _, tt := range tests {
		got := parseText(t, formPDF(tt.value, tt.ap, tt.need))
		if got != tt.want {
			t.Errorf("%s: text = %q, want %q", tt.name, got, tt.want)
		}
	}
}
