package pdf

import (
	"encoding/binary"
	"fmt"
	"testing"
)

// cffIndex encodes a CFF INDEX with 1-byte offsets.
func cffIndex(items ...string) []byte {
	out := binary.BigEndian.AppendUint16(nil, uint16(len(items)))
	if len(items) == 0 {
		return out
	}
	out = append(out, 1, 1)
	off := 1
	for _, it := range items {
		off += len(it)
		out = append(out, byte(off))
	}
	for _, it := range items {
		out = append(out, it...)
	}
	return out
}

// cffInt encodes a DICT integer in its 5-byte form.
func cffInt(n int) []byte {
	return binary.BigEndian.AppendUint32([]byte{29}, uint32(n))
}

// testCFF builds a CFF font program with three glyphs (.notdef, "gamma",
// "A") whose built-in encoding puts gamma at code 13 and A at 65.
func testCFF() []byte {
	const endchar = "\x0e"
	head := []byte{1, 0, 4, 1}
	names := cffIndex("F")
	strs := cffIndex("gamma") // SID 391
	glyphs := cffIndex(endchar, endchar, endchar)
	charset := []byte{0, 0x01, 0x87, 0, 34} // format 0: SIDs 391, 34
	encoding := []byte{0, 2, 13, 65}        // format 0: codes of glyphs 1, 2
	dictLen := 3 * 6                        // three 5-byte operands and operators
	topLen := len(cffIndex(string(make([]byte, dictLen))))
	at := len(head) + len(names) + topLen + len(strs)
	var dict []byte
	dict = append(append(dict, cffInt(at)...), 15)
	dict = append(append(dict, cffInt(at+len(charset))...), 16)
	dict = append(append(dict, cffInt(at+len(charset)+len(encoding))...), 17)
	out := append(head, names...)
	out = append(out, cffIndex(string(dict))...)
	out = append(out, strs...)
	out = append(out, charset...)
	out = append(out, encoding...)
	return append(out, glyphs...)
}

func TestCFFEncoding(t *testing.T) {
	enc := cffEncoding(testCFF())
	if enc[13] != "gamma" || enc[65] != "A" || len(enc) != 2 {
		t.Fatalf("cffEncoding = %v, want map[13:gamma 65:A]", enc)
	}
	var b testPDF
	ff := b.stream("/Subtype /Type1C", string(testCFF()))
	font := fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMMI10 /FontDescriptor "+
		"<< /Type /FontDescriptor /FontName /ABCDEF+CMMI10 /Flags 4 /FontFile3 %d 0 R >> >>", ff)
	data := pagesWithObjects(&b, font, text(72, 700, `\015 = A`))
	if got, want := parseText(t, data), "γ = A"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	for _, bad := range [][]byte{nil, {1, 0, 4}, testCFF()[:20], []byte("\x01\x00\xff\x01garbage")} {
		if enc := cffEncoding(bad); enc != nil {
			t.Errorf("cffEncoding(%q) = %v, want nil", bad, enc)
		}
	}
}
