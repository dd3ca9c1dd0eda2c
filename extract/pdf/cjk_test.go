package pdf

import (
	"fmt"
	"testing"
)

func TestPredefinedCJKCMaps(t *testing.T) {
	tests := []struct {
		cmap, codes, want string
	}{
		{"GBK-EUC-H", "<C4E3BAC34132>", "你好A2"}, // GBK
		{"GBK-EUC-V", "<D6D0CEC4>", "中文"},
		{"ETen-B5-H", "<A4A4A4E5>", "中文"},        // Big5
		{"90ms-RKSJ-H", "<93FA967B8CEA>", "日本語"}, // Shift-JIS
		{"KSCms-UHC-H", "<C7D1B1B9BEEE>", "한국어"}, // EUC-KR
	}
	for _, tt := range tests {
		var b testPDF
		desc := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /DW 1000 " +
			"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>")
		font := fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun-%s /Encoding /%s /DescendantFonts [%d 0 R] >>",
			tt.cmap, tt.cmap, desc)
		data := pagesWithObjects(&b, font, fmt.Sprintf("BT /F1 11 Tf 72 700 Td %s Tj ET", tt.codes))
		if got := parseText(t, data); got != tt.want {
			t.Errorf("%s %s: text = %q, want %q", tt.cmap, tt.codes, got, tt.want)
		}
	}
}
