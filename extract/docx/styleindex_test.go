package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestIndexStyles checks, on every fixture's style sheet, that the styles
// decoded on demand are those of the full decoding, and that the index
// is used there.
func TestIndexStyles(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/*/*.docx")
	for _, p := range paths {
		raw := zipPart(t, p, stylesPart)
		if raw == nil {
			continue
		}
		full, err := decodeStyles(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		lazy, ok := indexStyles(raw)
		if !ok {
			t.Errorf("%s: styles.xml not indexed", p)
			continue
		}
		if lazy.def != full.def {
			t.Errorf("%s: default style %q, want %q", p, lazy.def, full.def)
		}
		if len(lazy.lazy.spans) != len(full.byID) {
			t.Errorf("%s: %d paragraph styles indexed, want %d", p, len(lazy.lazy.spans), len(full.byID))
		}
		for id, want := range full.byID {
			if got := lazy.get(id); got == nil || *got != *want {
				t.Errorf("%s: style %q = %+v, want %+v", p, id, got, want)
			}
		}
	}
}

// TestIndexStylesFallback: parts the scan cannot read plainly are decoded
// in full.
func TestIndexStylesFallback(t *testing.T) {
	for name, part := range map[string]string{
		"comment":        wRoot("styles", `<!-- <w:style w:styleId="X"/> --><w:style w:type="paragraph" w:styleId="A"/>`),
		"entity":         wRoot("styles", `<w:style w:type="paragraph" w:styleId="A&amp;B"/>`),
		"default ns":     `<styles xmlns="` + wNS + `"><style type="paragraph" styleId="A"/></styles>`,
		"inner xmlns":    wRoot("styles", `<w:style xmlns:x="urn:x" w:type="paragraph" w:styleId="A"/>`),
		"latin-1":        `<?xml version="1.0" encoding="ISO-8859-1"?>` + wRoot("styles", `<w:style w:styleId="A"/>`),
		"unclosed style": wRoot("styles", `<w:style w:type="paragraph" w:styleId="A"><w:name w:val="x"/>`),
	} {
		if _, ok := indexStyles([]byte(part)); ok {
			t.Errorf("%s: indexed, want the full decoding", name)
		}
	}
}

func zipPart(t *testing.T, path, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	return nil
}

// FuzzIndexStyles: on a style sheet the full decoding reads without
// error, the styles decoded on demand are the same.
func FuzzIndexStyles(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/*/*.docx")
	for _, p := range paths {
		if raw := zipPartF(p, stylesPart); raw != nil {
			f.Add(raw)
		}
	}
	f.Add([]byte(wRoot("styles", `<w:style w:type="paragraph" w:default="1" w:styleId="A"><w:name w:val="heading 2"/></w:style>`)))
	f.Fuzz(func(t *testing.T, raw []byte) {
		full, err := decodeStyles(bytes.NewReader(raw))
		lazy, ok := indexStyles(raw)
		if err != nil || !ok {
			return
		}
		if lazy.def != full.def {
			t.Fatalf("default style %q, want %q", lazy.def, full.def)
		}
		for id, want := range full.byID {
			if got := lazy.get(id); got == nil || *got != *want {
				t.Fatalf("style %q = %+v, want %+v", id, got, want)
			}
		}
		for id := range lazy.lazy.spans {
			if _, ok := full.byID[id]; !ok {
				t.Fatalf("style %q indexed, not in the full decoding", id)
			}
		}
	})
}

func zipPartF(path, name string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return nil
			}
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	return nil
}
