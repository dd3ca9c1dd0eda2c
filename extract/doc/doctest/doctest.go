// Package doctest holds what every golden test shares (the readers', the
// extraction's, the SQL cookbook's page): finding the fixtures, comparing
// an output with its golden file, the -update flag that rewrites them, and
// a line diff for failure messages. Like net/http/httptest, it is for
// tests only.
package doctest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Fixtures returns the files named *.ext in dirs, failing t when there
// are none.
func Fixtures(t testing.TB, ext string, dirs ...string) []string {
	t.Helper()
	var files []string
	for _, dir := range dirs {
		m, err := filepath.Glob(filepath.Join(dir, "*."+ext))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatalf("no .%s fixtures in %s", ext, strings.Join(dirs, ", "))
	}
	return files
}

// update is the -update flag of every test binary that imports doctest:
// make golden (go test -update) rewrites the golden files.
var update = flag.Bool("update", false, "rewrite the golden files")

// Golden compares got with the golden file at path, or rewrites the file
// under -update (review its diff like code).
func Golden(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n%s", path, Diff(string(want), got))
	}
}

// Diff shows the first lines (at most 10) where got differs from want, or
// "" when they are equal.
func Diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < max(len(w), len(g)) && n < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
			n++
		}
	}
	return b.String()
}
