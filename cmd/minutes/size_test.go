package main

import "testing"

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
