package pdf

import (
	"strconv"
	"strings"
)

// glyphNames maps the Adobe Glyph List names that matter for Latin text
// (ASCII, Latin-1, Latin Extended-A, typographic punctuation, ligatures,
// Greek and mathematics) to Unicode. Other names go through glyphRune's
// uniXXXX/uXXXX rules.
var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$',
	"percent": '%', "ampersand": '&', "quotesingle": '\'', "quoteright": '\u2019',
	"parenleft": '(', "parenright": ')', "asterisk": '*', "plus": '+', "comma": ',',
	"hyphen": '-', "period": '.', "slash": '/', "zero": '0', "one": '1', "two": '2',
	"three": '3', "four": '4', "five": '5', "six": '6', "seven": '7', "eight": '8',
	"nine": '9', "colon": ':', "semicolon": ';', "less": '<', "equal": '=',
	"greater": '>', "question": '?', "at": '@', "bracketleft": '[', "backslash": '\\',
	"bracketright": ']', "asciicircum": '^', "underscore": '_', "grave": '`',
	"quoteleft": '\u2018', "braceleft": '{', "bar": '|', "braceright": '}',
	"asciitilde": '~', "nbspace": '\u00A0', "nonbreakingspace": '\u00A0',
	"exclamdown": '¡', "cent": '¢', "sterling": '£', "currency": '¤', "yen": '¥',
	"brokenbar": '¦', "section": '§', "dieresis": '¨', "copyright": '©',
	"ordfeminine": 'ª', "guillemotleft": '«', "guillemetleft": '«', "logicalnot": '¬',
	"sfthyphen": '\u00AD', "softhyphen": '\u00AD', "registered": '®', "macron": '¯',
	"degree": '°', "plusminus": '±', "twosuperior": '²', "threesuperior": '³',
	"acute": '´', "mu": 'µ', "paragraph": '¶', "periodcentered": '·', "cedilla": '¸',
	"onesuperior": '¹', "ordmasculine": 'º', "guillemotright": '»', "guillemetright": '»',
	"onequarter": '¼', "onehalf": '½', "threequarters": '¾', "questiondown": '¿',
	"AE": 'Æ', "ae": 'æ', "Eth": 'Ð', "eth": 'ð', "multiply": '×', "divide": '÷',
	"Thorn": 'Þ', "thorn": 'þ', "germandbls": 'ß', "dotlessi": 'ı', "Dcroat": 'Đ',
	"dcroat": 'đ', "IJ": 'Ĳ', "ij": 'ĳ', "Ldot": 'Ŀ', "ldot": 'ŀ', "napostrophe": 'ŉ',
	"Eng": 'Ŋ', "eng": 'ŋ', "OE": 'Œ', "oe": 'œ', "florin": 'ƒ', "circumflex": 'ˆ',
	"caron": 'ˇ', "breve": '˘', "dotaccent": '˙', "ring": '˚', "ogonek": '˛',
	"tilde": '˜', "hungarumlaut": '˝', "endash": '–', "emdash": '—',
	"quotesinglbase": '‚', "quotedblleft": '“', "quotedblright": '”',
	"quotedblbase": '„', "dagger": '†', "daggerdbl": '‡', "bullet": '•',
	"ellipsis": '…', "perthousand": '‰', "guilsinglleft": '‹', "guilsinglright": '›',
	"fraction": '⁄', "Euro": '€', "euro": '€', "trademark": '™', "minus": '−',
	"fi": 'ﬁ', "fl": 'ﬂ', "ff": 'ﬀ', "ffi": 'ﬃ', "ffl": 'ﬄ', "dotmath": '⋅',
	"periodcentered.cap": '·', "figuredash": '‒', "quotereversed": '‛',
	"afii61664": '\u200C', "afii00208": '―', "afii10017": 'А', "lozenge": '◊',
	"arrowright": '→', "arrowleft": '←', "checkmark": '✓', "square": '□',
	"blacksquare": '■', "filledbox": '■', "H18533": '●', "H18543": '▪', "H22073": '□',
	"triagrt": '►', "circle": '○', "openbullet": '◦', "uni00A0": '\u00A0',
	"lessequal": '≤', "greaterequal": '≥', "notequal": '≠', "infinity": '∞',
	"approxequal": '≈', "partialdiff": '∂', "summation": '∑', "product": '∏',
	"radical": '√', "integral": '∫', "Delta": 'Δ', "Omega": 'Ω', "pi": 'π',
	"mu1": 'µ', "ohm": 'Ω', "estimated": '℮', "numero": '№', "afii61352": '№',
	"Agrave": 0x00C0, "Aacute": 0x00C1, "Acircumflex": 0x00C2, "Atilde": 0x00C3,
	"Adieresis": 0x00C4, "Aring": 0x00C5, "Ccedilla": 0x00C7, "Egrave": 0x00C8,
	"Eacute": 0x00C9, "Ecircumflex": 0x00CA, "Edieresis": 0x00CB, "Igrave": 0x00CC,
	"Iacute": 0x00CD, "Icircumflex": 0x00CE, "Idieresis": 0x00CF, "Ntilde": 0x00D1,
	"Ograve": 0x00D2, "Oacute": 0x00D3, "Ocircumflex": 0x00D4, "Otilde": 0x00D5,
	"Odieresis": 0x00D6, "Oslash": 0x00D8, "Ugrave": 0x00D9, "Uacute": 0x00DA,
	"Ucircumflex": 0x00DB, "Udieresis": 0x00DC, "Yacute": 0x00DD, "agrave": 0x00E0,
	"aacute": 0x00E1, "acircumflex": 0x00E2, "atilde": 0x00E3, "adieresis": 0x00E4,
	"aring": 0x00E5, "ccedilla": 0x00E7, "egrave": 0x00E8, "eacute": 0x00E9,
	"ecircumflex": 0x00EA, "edieresis": 0x00EB, "igrave": 0x00EC, "iacute": 0x00ED,
	"icircumflex": 0x00EE, "idieresis": 0x00EF, "ntilde": 0x00F1, "ograve": 0x00F2,
	"oacute": 0x00F3, "ocircumflex": 0x00F4, "otilde": 0x00F5, "odieresis": 0x00F6,
	"oslash": 0x00F8, "ugrave": 0x00F9, "uacute": 0x00FA, "ucircumflex": 0x00FB,
	"udieresis": 0x00FC, "yacute": 0x00FD, "ydieresis": 0x00FF, "Amacron": 0x0100,
	"amacron": 0x0101, "Abreve": 0x0102, "abreve": 0x0103, "Aogonek": 0x0104,
	"aogonek": 0x0105, "Cacute": 0x0106, "cacute": 0x0107, "Ccircumflex": 0x0108,
	"ccircumflex": 0x0109, "Cdotaccent": 0x010A, "cdotaccent": 0x010B, "Ccaron": 0x010C,
	"ccaron": 0x010D, "Dcaron": 0x010E, "dcaron": 0x010F, "Dslash": 0x0110,
	"dslash": 0x0111, "Emacron": 0x0112, "emacron": 0x0113, "Ebreve": 0x0114,
	"ebreve": 0x0115, "Edotaccent": 0x0116, "edotaccent": 0x0117, "Eogonek": 0x0118,
	"eogonek": 0x0119, "Ecaron": 0x011A, "ecaron": 0x011B, "Gcircumflex": 0x011C,
	"gcircumflex": 0x011D, "Gbreve": 0x011E, "gbreve": 0x011F, "Gdotaccent": 0x0120,
	"gdotaccent": 0x0121, "Gcedilla": 0x0122, "gcedilla": 0x0123, "Hcircumflex": 0x0124,
	"hcircumflex": 0x0125, "Hslash": 0x0126, "hslash": 0x0127, "Itilde": 0x0128,
	"itilde": 0x0129, "Imacron": 0x012A, "imacron": 0x012B, "Ibreve": 0x012C,
	"ibreve": 0x012D, "Iogonek": 0x012E, "iogonek": 0x012F, "Idotaccent": 0x0130,
	"Jcircumflex": 0x0134, "jcircumflex": 0x0135, "Kcedilla": 0x0136, "kcedilla": 0x0137,
	"Lacute": 0x0139, "lacute": 0x013A, "Lcedilla": 0x013B, "lcedilla": 0x013C,
	"Lcaron": 0x013D, "lcaron": 0x013E, "Lslash": 0x0141, "lslash": 0x0142,
	"Nacute": 0x0143, "nacute": 0x0144, "Ncedilla": 0x0145, "ncedilla": 0x0146,
	"Ncaron": 0x0147, "ncaron": 0x0148, "Omacron": 0x014C, "omacron": 0x014D,
	"Obreve": 0x014E, "obreve": 0x014F, "Ohungarumlaut": 0x0150, "ohungarumlaut": 0x0151,
	"Racute": 0x0154, "racute": 0x0155, "Rcedilla": 0x0156, "rcedilla": 0x0157,
	"Rcaron": 0x0158, "rcaron": 0x0159, "Sacute": 0x015A, "sacute": 0x015B,
	"Scircumflex": 0x015C, "scircumflex": 0x015D, "Scedilla": 0x015E, "scedilla": 0x015F,
	"Scaron": 0x0160, "scaron": 0x0161, "Tcedilla": 0x0162, "tcedilla": 0x0163,
	"Tcaron": 0x0164, "tcaron": 0x0165, "Tslash": 0x0166, "tslash": 0x0167,
	"Utilde": 0x0168, "utilde": 0x0169, "Umacron": 0x016A, "umacron": 0x016B,
	"Ubreve": 0x016C, "ubreve": 0x016D, "Uring": 0x016E, "uring": 0x016F,
	"Uhungarumlaut": 0x0170, "uhungarumlaut": 0x0171, "Uogonek": 0x0172, "uogonek": 0x0173,
	"Wcircumflex": 0x0174, "wcircumflex": 0x0175, "Ycircumflex": 0x0176, "ycircumflex": 0x0177,
	"Ydieresis": 0x0178, "Zacute": 0x0179, "zacute": 0x017A, "Zdotaccent": 0x017B,
	"zdotaccent": 0x017C, "Zcaron": 0x017D, "zcaron": 0x017E,
	// Greek and mathematical symbols, as TeX math fonts name them.
	"alpha": 0x03B1, "beta": 0x03B2, "gamma": 0x03B3, "delta": 0x03B4,
	"epsilon": 0x03B5, "zeta": 0x03B6, "eta": 0x03B7, "theta": 0x03B8, "iota": 0x03B9,
	"kappa": 0x03BA, "lambda": 0x03BB, "nu": 0x03BD, "xi": 0x03BE, "omicron": 0x03BF,
	"rho": 0x03C1, "sigma1": 0x03C2, "sigma": 0x03C3, "tau": 0x03C4,
	"upsilon": 0x03C5, "phi": 0x03C6, "chi": 0x03C7, "psi": 0x03C8, "omega": 0x03C9,
	"Alpha": 0x0391, "Beta": 0x0392, "Gamma": 0x0393, "Epsilon": 0x0395, "Zeta": 0x0396,
	"Eta": 0x0397, "Theta": 0x0398, "Iota": 0x0399, "Kappa": 0x039A, "Lambda": 0x039B,
	"Mu": 0x039C, "Nu": 0x039D, "Xi": 0x039E, "Omicron": 0x039F, "Pi": 0x03A0,
	"Rho": 0x03A1, "Sigma": 0x03A3, "Tau": 0x03A4, "Upsilon": 0x03A5, "Phi": 0x03A6,
	"Chi": 0x03A7, "Psi": 0x03A8, "theta1": 0x03D1, "phi1": 0x03D5, "omega1": 0x03D6,
	"Upsilon1": 0x03D2, "epsilon1": 0x03F5, "rho1": 0x03F1, "element": 0x2208,
	"notelement": 0x2209, "universal": 0x2200, "existential": 0x2203,
	"emptyset": 0x2205, "nabla": 0x2207, "gradient": 0x2207, "intersection": 0x2229,
	"union": 0x222A, "propersubset": 0x2282, "propersuperset": 0x2283,
	"reflexsubset": 0x2286, "reflexsuperset": 0x2287, "arrowdblright": 0x21D2,
	"arrowdblleft": 0x21D0, "arrowdblboth": 0x21D4, "arrowboth": 0x2194,
	"arrowup": 0x2191, "arrowdown": 0x2193, "logicaland": 0x2227, "logicalor": 0x2228,
	"equivalence": 0x2261, "similar": 0x223C, "congruent": 0x2245,
	"proportional": 0x221D, "perpendicular": 0x22A5, "circleplus": 0x2295,
	"circlemultiply": 0x2297, "angleleft": 0x2329, "angleright": 0x232A,
	"aleph": 0x2135, "asteriskmath": 0x2217, "minusplus": 0x2213, "prime": 0x2032,
	"mapsto": 0x21A6, "owner": 0x220B, "bardbl": 0x2016, "coproduct": 0x2210,
	"diamondmath": 0x22C4, "lessmuch": 0x226A, "greatermuch": 0x226B,
	"floorleft": 0x230A, "floorright": 0x230B, "ceilingleft": 0x2308,
	"ceilingright": 0x2309, "turnstileleft": 0x22A2, "turnstileright": 0x22A3,
	"circledot": 0x2299, "circleminus": 0x2296, "club": 0x2663, "diamond": 0x2662,
	"heart": 0x2661, "spade": 0x2660, "Rfractur": 0x211C, "Ifractur": 0x2111,
	"weierstrass": 0x2118, "therefore": 0x2234, "angle": 0x2220, "dotlessj": 0x0237,
}

// glyphRune returns the character a glyph name stands for: a name of the
// list, "uniXXXX", "uXXXX[XX]", a single letter, or a name with a suffix
// (".sc", "_alt"); ok is false for unknown names such as "g123".
func glyphRune(name string) (string, bool) {
	if r, ok := glyphNames[name]; ok {
		return string(r), true
	}
	if len(name) == 1 && name[0] >= 0x21 && name[0] < 0x7f {
		return name, true
	}
	if s, ok := uniName(name); ok {
		return s, true
	}
	if i := strings.IndexAny(name, "._"); i > 0 {
		base := name[:i]
		if strings.Contains(name, "_") && !strings.Contains(base, ".") {
			return ligatureName(name)
		}
		return glyphRune(base)
	}
	return "", false
}

// uniName decodes "uni00E9", "uni00660069" (several characters) and
// "u1F600".
func uniName(name string) (string, bool) {
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			n, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil {
				return "", false
			}
			b.WriteRune(rune(n))
		}
		return b.String(), true
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		n, err := strconv.ParseUint(name[1:], 16, 32)
		if err != nil || n > 0x10FFFF {
			return "", false
		}
		return string(rune(n)), true
	}
	return "", false
}

// ligatureName decodes "f_f_i" as the letters of its components.
func ligatureName(name string) (string, bool) {
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		s, ok := glyphRune(part)
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	return b.String(), true
}
