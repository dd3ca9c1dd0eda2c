package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	pdflib "github.com/ledongthuc/pdf"
	"github.com/sahelim/minutes/extract/doc"
)

// file is an opened PDF: the object layer and its page list.
type file struct {
	r     *pdflib.Reader
	pages []pageRef
	title string
	data  []byte
	alt   *file // the same file with a rebuilt xref table, once needed
	noAlt bool  // the rebuild was tried and failed
	// needAppearances is the form's /NeedAppearances: viewers draw field
	// values themselves and ignore the appearance streams.
	needAppearances bool
	cut             []int          // pages whose content was cut at maxStream
	offsets         map[int][2]int // object offsets, scanned once for raw image streams
}

// open opens data, repairing what it can: junk before the header or after
// %%EOF, a PDF 2.0 header, a broken cross-reference table, AES-256
// encryption (through pdfcpu).
func open(data []byte, password string) (*file, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	start := bytes.Index(data, []byte("%PDF-"))
	if start < 0 {
		if !bytes.Contains(data, []byte(" obj")) {
			return nil, ErrEmpty
		}
		start = 0
	}
	data = fixEnds(data[start:])
	f, err := openReader(data, password)
	if err == nil {
		return f, nil
	}
	if errors.Is(err, ErrPassword) {
		return nil, err
	}
	if strings.Contains(err.Error(), "V=4") {
		if fixed, ok := rc4CryptFilter(data); ok {
			if f, err2 := openReader(fixed, password); err2 == nil || errors.Is(err2, ErrPassword) {
				return f, err2
			}
		}
	}
	if strings.Contains(err.Error(), "256-bit") || strings.Contains(err.Error(), "encrypt") {
		return openDecrypted(data, password, err)
	}
	if fixed, ok := rebuildXref(data); ok {
		if f, err2 := openReader(fixed, password); err2 == nil {
			return f, nil
		}
	}
	if fixed, err2 := rewrite(data, password); err2 == nil {
		if f, err3 := openReader(fixEnds(fixed), password); err3 == nil {
			return f, nil
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrMalformed, libReason(err))
}

// openDecrypted decrypts with pdfcpu what the library cannot (AES-256).
func openDecrypted(data []byte, password string, libErr error) (*file, error) {
	out, err := decrypt(data, password)
	if err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "password") {
			return nil, ErrPassword
		}
		return nil, fmt.Errorf("%w: %s", ErrMalformed, libReason(libErr))
	}
	return openReader(fixEnds(out), "")
}

// openReader opens data with the library and walks its page tree; a file
// whose tree yields no page counts as malformed.
func openReader(data []byte, password string) (f *file, err error) {
	defer func() {
		if x := recover(); x != nil {
			f, err = nil, fmt.Errorf("%w: %v", ErrMalformed, x)
		}
	}()
	tried := false
	pw := func() string {
		if tried || password == "" {
			return ""
		}
		tried = true
		return password
	}
	r, err := pdflib.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), pw)
	if err != nil {
		if errors.Is(err, pdflib.ErrInvalidPassword) {
			return nil, ErrPassword
		}
		return nil, err
	}
	root := r.Trailer().Key("Root")
	pages := pageTree(root.Key("Pages"))
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: page tree: no page", ErrMalformed)
	}
	title := doc.Clean(r.Trailer().Key("Info").Key("Title").Text())
	need := root.Key("AcroForm").Key("NeedAppearances")
	return &file{r: r, pages: pages, title: title, data: data,
		needAppearances: need.Kind() == pdflib.Bool && need.Bool()}, nil
}

// fixEnds makes the header and trailer acceptable to the library: it
// wants "%PDF-1.[0-7]" and an end of line at byte 8, and %%EOF within the
// last bytes.
func fixEnds(data []byte) []byte {
	out := data
	if len(data) > 9 && (data[5] != '1' || data[7] > '7' || data[7] < '0' || data[8] != '\n' && data[8] != '\r') {
		out = append([]byte(nil), data...)
		copy(out, "%PDF-1.7")
		out[8] = '\n'
	}
	if i := bytes.LastIndex(out, []byte("%%EOF")); i >= 0 && len(out)-i > 8 {
		out = out[:i+5]
	}
	return out
}

// libReason shortens a library error for the message after "malformed pdf".
func libReason(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, ErrMalformed.Error()+": ")
	s = strings.TrimPrefix(s, "malformed PDF: ")
	s = strings.TrimPrefix(s, "malformed PDF file: ")
	s = strings.TrimPrefix(s, "not a PDF file: ")
	if strings.Contains(s, "xref") || strings.Contains(s, "startxref") || strings.Contains(s, "EOF") {
		return "xref: " + s
	}
	return s
}

// rebuilt returns the file read through a cross-reference table rebuilt by
// scanning its objects: some files' tables (linearized ones with a broken
// first-page section) lose objects that the scan finds.
func (f *file) rebuilt() *file {
	if f.alt != nil || f.noAlt {
		return f.alt
	}
	f.noAlt = true
	fixed, ok := rebuildXref(f.data)
	if !ok {
		return nil
	}
	alt, err := openReader(fixed, "")
	if err != nil || len(alt.pages) != len(f.pages) {
		return nil
	}
	f.alt = alt
	return alt
}

var (
	cryptV4  = regexp.MustCompile(`/V\s*4\b`)
	cfmRC4   = regexp.MustCompile(`/CFM\s*/V2\b`)
	cfmOther = regexp.MustCompile(`/CFM\s*/AES`)
)

// rc4CryptFilter rewrites a V=4 encryption dictionary whose crypt filter
// is RC4 (/CFM /V2) as the equivalent V=2 one, which the library reads;
// it refuses V=4 unless the filter is AES.
func rc4CryptFilter(data []byte) ([]byte, bool) {
	if !cfmRC4.Match(data) || cfmOther.Match(data) {
		return nil, false
	}
	out := append([]byte(nil), data...)
	found := false
	for _, loc := range cryptV4.FindAllIndex(out, -1) {
		out[loc[1]-1] = '2'
		found = true
	}
	return out, found
}
