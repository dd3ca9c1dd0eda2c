package pdf

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// legacyCMap is a predefined CJK CMap whose codes are the byte sequences
// of a national character set (GBK-EUC-H codes are GBK bytes): decoding
// the bytes gives the text without Adobe's CID-to-Unicode tables.
type legacyCMap struct {
	enc  encoding.Encoding
	lead func(b byte) bool // b starts a two-byte code
}

func highHalf(b byte) bool { return b >= 0x81 && b <= 0xfe }

func shiftJISLead(b byte) bool { return b >= 0x81 && b <= 0x9f || b >= 0xe0 && b <= 0xfc }

func eucLead(b byte) bool { return b == 0x8e || b >= 0xa1 && b <= 0xfe }

// predefinedCMap returns the legacy character set of a predefined CMap
// name (PDF 32000 §9.7.5.2, Table 118), or nil.
func predefinedCMap(name string) *legacyCMap {
	base := strings.TrimSuffix(strings.TrimSuffix(name, "-H"), "-V")
	switch base {
	case "GB-EUC", "GBpc-EUC", "GBK-EUC", "GBKp-EUC":
		return &legacyCMap{simplifiedchinese.GBK, highHalf}
	case "B5pc", "HKscs-B5", "ETen-B5", "ETenms-B5":
		return &legacyCMap{traditionalchinese.Big5, highHalf}
	case "83pv-RKSJ", "90ms-RKSJ", "90msp-RKSJ", "90pv-RKSJ", "RKSJ":
		return &legacyCMap{japanese.ShiftJIS, shiftJISLead}
	case "EUC":
		return &legacyCMap{japanese.EUCJP, eucLead}
	case "KSC-EUC", "KSCms-UHC", "KSCms-UHC-HW", "KSCpc-EUC":
		return &legacyCMap{korean.EUCKR, highHalf}
	}
	return nil
}

// codeLen returns the length of the code at the start of s.
func (m *legacyCMap) codeLen(s []byte) int {
	if len(s) >= 2 && m.lead(s[0]) {
		return 2
	}
	return 1
}

// text decodes one code: one byte below 0x100, else two.
func (m *legacyCMap) text(c uint32) string {
	b := []byte{byte(c)}
	if c > 0xff {
		b = []byte{byte(c >> 8), byte(c)}
	}
	out, err := m.enc.NewDecoder().Bytes(b)
	if err != nil || strings.ContainsRune(string(out), '\uFFFD') {
		return ""
	}
	return string(out)
}
