package html

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// prescanSize is how far into the file a <meta> charset declaration counts,
// as in the WHATWG encoding sniffing algorithm.
const prescanSize = 1024

// metaCharset finds the label of <meta charset="…"> and of
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
var metaCharset = regexp.MustCompile(`(?is)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:-]+)`)

// toUTF8 returns data converted to UTF-8, without a byte order mark. The
// encoding is the BOM's, else the <meta> declaration's in the first 1024
// bytes, else UTF-8 if the bytes are valid UTF-8, else windows-1252 (which
// also stands for ISO-8859-1, as browsers do).
func toUTF8(data []byte) ([]byte, error) {
	enc, bom := sniff(data)
	data = data[bom:]
	if enc == nil {
		return data, nil
	}
	return enc.NewDecoder().Bytes(data)
}

// sniff returns the encoding of data (nil for UTF-8) and the length of its
// byte order mark.
func sniff(data []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return nil, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	}
	if enc, ok := declared(data[:min(len(data), prescanSize)]); ok {
		return enc, 0
	}
	if utf8.Valid(data) {
		return nil, 0
	}
	return charmap.Windows1252, 0
}

// declared returns the encoding named by a <meta> tag in head; ok is false
// when there is none or its label is unknown. A page cannot declare itself
// UTF-16 in ASCII, so such a label means UTF-8 (WHATWG prescan).
func declared(head []byte) (enc encoding.Encoding, ok bool) {
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return nil, false
	}
	enc, name := charset.Lookup(string(m[1]))
	if enc == nil {
		return nil, false
	}
	if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return nil, true
	}
	return enc, true
}
