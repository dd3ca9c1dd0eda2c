package minutes_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestDependencies keeps docs/dependencies.md honest: every module its
// table lists as used
// is a direct requirement of go.mod, and every direct requirement is
// named there.
func TestDependencies(t *testing.T) {
	direct := directRequirements(t)
	page, err := os.ReadFile("docs/dependencies.md")
	if err != nil {
		t.Fatal(err)
	}
	// The modules used are those of the table's "library" column; the
	// "why" column may name libraries that were rejected.
	named := map[string]bool{}
	module := regexp.MustCompile("`((?:github\\.com|golang\\.org)/[^`\\s]+)`")
	for _, line := range strings.Split(string(page), "\n") {
		cols := strings.Split(line, " | ")
		if !strings.HasPrefix(line, "| ") || len(cols) < 3 {
			continue
		}
		for _, m := range module.FindAllStringSubmatch(cols[1], -1) {
			named[m[1]] = true
		}
	}
	for mod := range named {
		if !direct[mod] {
			t.Errorf("docs/dependencies.md names %s, which go.mod does not require directly", mod)
		}
	}
	for mod := range direct {
		if !named[mod] {
			t.Errorf("go.mod requires %s, which docs/dependencies.md does not name", mod)
		}
	}
}

// directRequirements reads the module paths go.mod requires without an
// "// indirect" comment.
func directRequirements(t *testing.T) map[string]bool {
	t.Helper()
	body, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	direct := map[string]bool{}
	inBlock := false
	for _, line := range strings.Split(string(body), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "require (":
			inBlock = true
			continue
		case inBlock && line == ")":
			inBlock = false
			continue
		case strings.HasPrefix(line, "require "):
			line = strings.TrimPrefix(line, "require ")
		case !inBlock:
			continue
		}
		if f := strings.Fields(line); len(f) >= 2 && !strings.Contains(line, "// indirect") {
			direct[f[0]] = true
		}
	}
	return direct
}

// TestCodeMap keeps the README's code map matching the tree: every folder
// holding Go files is listed, and every folder listed exists.
func TestCodeMap(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "## Code map")
	if start < 0 {
		t.Fatal("README.md has no \"## Code map\"")
	}
	block := regexp.MustCompile("(?s)```\n(.*?)\n```").FindStringSubmatch(text[start:])
	if block == nil {
		t.Fatal("the code map has no code block")
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(block[1], "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			listed[strings.TrimSuffix(f[0], "/")] = true
		}
	}
	for p := range listed {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("the code map lists %s: %v", p, err)
		}
	}
	var missing []string
	filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && filepath.Dir(path) != "." && !listed[filepath.Dir(path)] {
			missing = append(missing, filepath.Dir(path))
		}
		return nil
	})
	sort.Strings(missing)
	for i, p := range missing {
		if i == 0 || p != missing[i-1] {
			t.Errorf("the code map does not list %s", p)
		}
	}
}
