package pdf

import (
	"bytes"
	"strconv"
	"strings"

	pdflib "github.com/ledongthuc/pdf"
)

// encodingTable returns the text of each code of a simple font from its
// /Encoding: a base encoding (named, BaseEncoding, or the font's built-in
// one) with /Differences applied.
func encodingTable(v pdflib.Value, base string) [256]string {
	var out [256]string
	table := builtinEncoding(v, base)
	enc := v.Key("Encoding")
	if t, ok := encodingByName(enc.Name()); ok {
		table = *t
	}
	if t, ok := encodingByName(enc.Key("BaseEncoding").Name()); ok {
		table = *t
	}
	for c := range 256 {
		if table[c] != 0 {
			out[c] = string(table[c])
		}
	}
	if v.Key("Subtype").Name() == "Type1" && enc.IsNull() {
		desc := v.Key("FontDescriptor")
		applyNames(&out, fontFileEncoding(desc.Key("FontFile")))
		if ff := desc.Key("FontFile3"); ff.Key("Subtype").Name() == "Type1C" {
			applyNames(&out, cffEncoding(readStream(ff)))
		}
	}
	applyDifferences(&out, enc.Key("Differences"))
	return out
}

// builtinEncoding guesses the encoding of a font whose dictionary names
// none: Symbol and dingbat fonts have their own, Type 1 fonts use
// StandardEncoding, TrueType fonts WinAnsi (as poppler does for Latin
// text).
func builtinEncoding(v pdflib.Value, base string) [256]rune {
	lower := strings.ToLower(base)
	switch {
	case strings.Contains(lower, "symbol") && !strings.Contains(lower, "opensymbol"):
		return symbolEncoding
	case strings.Contains(lower, "dingbat") || strings.Contains(lower, "wingding"):
		var t [256]rune
		for c, r := range dingbatEncoding {
			t[c] = r
		}
		return t
	case v.Key("Subtype").Name() == "Type1" || v.Key("Subtype").Name() == "Type3":
		return standardEncoding
	}
	return winAnsiEncoding
}

func applyDifferences(out *[256]string, diff pdflib.Value) {
	c := 0
	n := diff.Len()
	for i := range n {
		x := diff.Index(i)
		switch x.Kind() {
		case pdflib.Integer, pdflib.Real:
			c = int(num(x))
		case pdflib.Name:
			if c >= 0 && c < 256 {
				if s, ok := glyphRune(x.Name()); ok {
					out[c] = s
				} else {
					out[c] = ""
				}
			}
			c++
		}
	}
}

// applyNames sets the codes of a font program's built-in encoding. A
// glyph name it cannot read (TeX's "negationslash") keeps the base
// encoding's character, as poppler passes such codes through.
func applyNames(out *[256]string, names map[int]string) {
	for c, name := range names {
		if s, ok := glyphRune(name); ok && c >= 0 && c < 256 {
			out[c] = s
		}
	}
}

// fontFileEncoding reads the built-in encoding of an embedded Type 1 font
// program: its "dup 65 /A put" lines, written in clear text before eexec.
func fontFileEncoding(ff pdflib.Value) map[int]string {
	if ff.Kind() != pdflib.Stream {
		return nil
	}
	data := readStream(ff)
	if i := bytes.Index(data, []byte("eexec")); i >= 0 {
		data = data[:i]
	}
	if !bytes.Contains(data, []byte("/Encoding")) || bytes.Contains(data, []byte("StandardEncoding def")) {
		return nil
	}
	out := map[int]string{}
	for _, line := range bytes.Split(data, []byte("dup ")) {
		f := strings.Fields(string(line))
		if len(f) < 3 || f[2] != "put" || !strings.HasPrefix(f[1], "/") {
			continue
		}
		if c, err := strconv.Atoi(f[0]); err == nil {
			out[c] = f[1][1:]
		}
	}
	return out
}
