package html

import "testing"

func TestListMarkers(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"ul bullets",
			`<ul><li>a</li><li>b</li></ul>`,
			"p0 #0 li1 \"•\": a\np0 #1 li1 \"•\": b"},
		{"ol decimal",
			`<ol><li>a</li><li>b</li></ol>`,
			"p0 #0 li1 \"1.\": a\np0 #1 li1 \"2.\": b"},
		{"ol start",
			`<ol start="4"><li>a</li><li>b</li></ol>`,
			"p0 #0 li1 \"4.\": a\np0 #1 li1 \"5.\": b"},
		{"ol type a with start",
			`<ol type="a" start="26"><li>z</li><li>aa</li></ol>`,
			"p0 #0 li1 \"z.\": z\np0 #1 li1 \"aa.\": aa"},
		{"ol type A",
			`<ol type="A"><li>a</li><li>b</li></ol>`,
			"p0 #0 li1 \"A.\": a\np0 #1 li1 \"B.\": b"},
		{"ol type i",
			`<ol type="i" start="3"><li>a</li><li>b</li></ol>`,
			"p0 #0 li1 \"iii.\": a\np0 #1 li1 \"iv.\": b"},
		{"ol type I",
			`<ol type="I" start="9"><li>a</li><li>b</li></ol>`,
			"p0 #0 li1 \"IX.\": a\np0 #1 li1 \"X.\": b"},
		{"li value and reversed",
			`<ol reversed><li>a</li><li value="10">b</li><li>c</li></ol>`,
			"p0 #0 li1 \"3.\": a\np0 #1 li1 \"10.\": b\np0 #2 li1 \"9.\": c"},
		{"nested ol in ul",
			`<ul><li>Santé<ol type="a"><li>OMS</li></ol></li></ul>`,
			"p0 #0 li1 \"•\": Santé\np0 #1 li2 \"a.\": OMS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatBlocks(t, tt.page); got != tt.want {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.page, got, tt.want)
			}
		})
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		n    int
		kind string
		want string
	}{
		{1, "", "1"}, {27, "a", "aa"}, {52, "a", "az"}, {53, "A", "BA"},
		{1994, "I", "MCMXCIV"}, {4000, "I", "4000"}, {0, "a", "0"}, {-2, "i", "-2"},
	}
	for _, tt := range tests {
		if got := render(tt.n, tt.kind); got != tt.want {
			t.Errorf("render(%d, %q) = %q, want %q", tt.n, tt.kind, got, tt.want)
		}
	}
}
