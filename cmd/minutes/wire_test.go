package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
)

// TestWireRoundTrip checks that what a parsing child sends is what the
// parent gets: the document model and meeting of every corpus report
// survive the JSON round trip unchanged.
func TestWireRoundTrip(t *testing.T) {
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			body, err := json.Marshal(parseData(data, ""))
			if err != nil {
				t.Fatal(err)
			}
			var p parsed
			if err := json.Unmarshal(body, &p); err != nil {
				t.Fatal(err)
			}
			got, err := decodeDoc(p.Doc)
			if err != nil {
				t.Fatal(err)
			}
			want, m, err := extract.Options{}.File(data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format(got) != doc.Format(want) || !reflect.DeepEqual(got, want) {
				t.Errorf("document changed by the round trip")
			}
			if !reflect.DeepEqual(p.Meeting, m) {
				t.Errorf("meeting changed by the round trip:\n got %+v\nwant %+v", p.Meeting, m)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1048576", 1 << 20},
		{"100MB", 100e6},
		{"100mb", 100e6},
		{"2GiB", 2 << 30},
		{"512k", 512 << 10},
		{"1.5 GB", 1.5e9},
		{"0", 0},
	}
	for _, tt := range tests {
		got, err := parseByteSize(tt.in)
		if err != nil || int64(got) != tt.want {
			t.Errorf("parseByteSize(%q) = %d, %v, want %d", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "lots", "-1MB", "MB"} {
		if _, err := parseByteSize(bad); err == nil {
			t.Errorf("parseByteSize(%q) succeeded", bad)
		}
	}
	if s := byteSize(2 << 30); s.String() != "2GiB" {
		t.Errorf("String = %q, want 2GiB", s.String())
	}
}
