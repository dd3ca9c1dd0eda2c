package pdf

import "strings"

// Advance widths (1/1000 em) of the printable ASCII characters 0x20–0x7E
// in Helvetica and Times-Roman, from their AFM files. The standard 14 fonts
// may omit /Widths; these approximate them (bold and italic faces reuse the
// regular widths, other characters get an average width).
var helveticaWidths = [95]float64{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
}

var timesWidths = [95]float64{
	250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
}

// standardWidths returns a width function for a font without /Widths.
func standardWidths(base string) func(text string) float64 {
	lower := strings.ToLower(base)
	switch {
	case strings.Contains(lower, "courier") || strings.Contains(lower, "mono"):
		return func(string) float64 { return 600 }
	case strings.Contains(lower, "times") || strings.Contains(lower, "serif") && !strings.Contains(lower, "sans"):
		return tableWidth(&timesWidths, 500)
	case strings.Contains(lower, "symbol") || strings.Contains(lower, "dingbat"):
		return func(string) float64 { return 600 }
	}
	return tableWidth(&helveticaWidths, 556)
}

func tableWidth(t *[95]float64, def float64) func(string) float64 {
	return func(text string) float64 {
		for _, r := range text {
			if r >= 0x20 && r < 0x7f {
				return t[r-0x20]
			}
			switch r {
			case '’', '‘':
				return t['\''-0x20]
			case '–':
				return def
			}
			return def
		}
		return def
	}
}
