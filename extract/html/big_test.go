package html

import (
	"strings"
	"testing"
)

// bigPages are pathological shapes: deep nesting, wide spans, long lists.
var bigPages = map[string]string{
	"deep menus":   strings.Repeat(`<div class="menu">`, 5000) + "x" + strings.Repeat("</div>", 5000) + "<p>texte</p>",
	"deep lists":   strings.Repeat("<ul><li>a", 3000) + strings.Repeat("</li></ul>", 3000),
	"deep headers": strings.Repeat("<header><footer>", 2000) + "<p>x</p>",
	"wide spans":   strings.Repeat(`<table><tr><td colspan=1000 rowspan=0>a</td><td>b</td></tr>`, 1) + strings.Repeat("<tr><td>c</td></tr>", 2000) + "</table>",
	"deep tables":  strings.Repeat("<table><tr><td>a", 1000) + strings.Repeat("</td></tr></table>", 1000),
}

func BenchmarkParseBig(b *testing.B) {
	for name, page := range bigPages {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = Parse([]byte(page))
			}
		})
	}
}
