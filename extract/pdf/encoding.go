package pdf

// standardEncoding is Adobe StandardEncoding, the built-in encoding of
// most Type 1 fonts: ASCII with curly quotes at 0x27 and 0x60, and its own
// high half.
var standardEncoding = buildStandard()

func buildStandard() [256]rune {
	var t [256]rune
	for c := 0x20; c < 0x7f; c++ {
		t[c] = rune(c)
	}
	t[0x27], t[0x60] = '’', '‘'
	high := map[int]rune{
		0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§',
		0xA8: '¤', 0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ',
		0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•',
		0xB8: '‚', 0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿',
		0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙',
		0xC8: '¨', 0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—',
		0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ',
		0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
	}
	for c, r := range high {
		t[c] = r
	}
	return t
}

// symbolEncoding is the built-in encoding of the Symbol font: Greek
// letters on the ASCII letters, and the mathematical signs and bullet of
// its high half that appear in reports.
var symbolEncoding = buildSymbol()

func buildSymbol() [256]rune {
	var t [256]rune
	for c := 0x20; c < 0x7f; c++ {
		t[c] = rune(c)
	}
	upper := "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
	lower := "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
	for i, r := range []rune(upper) {
		t['A'+i] = r
	}
	for i, r := range []rune(lower) {
		t['a'+i] = r
	}
	high := map[int]rune{
		0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2A: '∗', 0x2D: '−', 0x40: '≅', 0x5C: '∴',
		0x5E: '⊥', 0xA3: '≤', 0xA5: '∞', 0xA7: '♣', 0xA8: '♦', 0xA9: '♥', 0xAA: '♠',
		0xAB: '↔', 0xAC: '←', 0xAD: '↑', 0xAE: '→', 0xAF: '↓', 0xB0: '°', 0xB1: '±',
		0xB3: '≥', 0xB4: '×', 0xB5: '∝', 0xB6: '∂', 0xB7: '•', 0xB8: '÷', 0xB9: '≠',
		0xBA: '≡', 0xBB: '≈', 0xBC: '…', 0xD0: '∠', 0xD2: '®', 0xD3: '©', 0xD4: '™',
		0xD5: '∏', 0xD6: '√', 0xD7: '⋅', 0xD8: '¬', 0xD9: '∧', 0xDA: '∨', 0xE0: '◊',
		0xE5: '∑', 0xF2: '∫',
	}
	for c, r := range high {
		t[c] = r
	}
	return t
}

// dingbatEncoding maps the ZapfDingbats and Wingdings codes used as list
// bullets to the bullet they draw; other codes stay unknown.
var dingbatEncoding = map[byte]rune{
	0x6C: '●', 0x6E: '■', 0x6F: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0xA7: '▪',
	0xA8: '◻', 0xD8: '➢', 0xFC: '✓', 0x9F: '•', 0x33: '✓', 0x34: '✔',
}

// encodingByName returns the table of a named base encoding.
func encodingByName(name string) (*[256]rune, bool) {
	switch name {
	case "WinAnsiEncoding":
		return &winAnsiEncoding, true
	case "MacRomanEncoding", "MacExpertEncoding":
		return &macRomanEncoding, true
	case "StandardEncoding":
		return &standardEncoding, true
	case "PDFDocEncoding":
		return &winAnsiEncoding, true
	}
	return nil, false
}
