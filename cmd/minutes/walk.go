package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// documentExts are the file name endings picked up when walking a folder.
// A file named on the command line is always read, whatever its name, and
// every file's format is detected from its bytes.
var documentExts = map[string]bool{
	".pdf": true, ".docx": true, ".doc": true, ".htm": true, ".html": true, ".xhtml": true,
}

// tree is what a walk found: the absolute paths of the files to read,
// sorted, the absolute roots walked, and the folders that could not be
// read. Files under an unreadable folder are unknown, so none of the
// stored files may be marked missing after such a walk.
type tree struct {
	Files    []string
	Roots    []string
	Problems []error
}

// walk expands files and folders (recursively) into a tree. A path named
// on the command line that does not exist is an error; a folder inside
// that cannot be read is a problem, and the walk goes on.
func walk(paths []string) (tree, error) {
	var t tree
	for _, p := range paths {
		p = absPath(p)
		info, err := os.Stat(p)
		if err != nil {
			return tree{}, err
		}
		t.Roots = append(t.Roots, p)
		if !info.IsDir() {
			t.Files = append(t.Files, p)
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				t.Problems = append(t.Problems, fmt.Errorf("%s: %w", path, err))
				return nil // WalkDir skips what it could not read
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() && documentExts[strings.ToLower(filepath.Ext(path))] {
				t.Files = append(t.Files, path)
			}
			return nil
		})
	}
	sort.Strings(t.Files)
	t.Files = dedup(t.Files)
	return t, nil
}

func dedup(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// under reports whether path is root or inside it.
func under(path string, roots []string) bool {
	for _, r := range roots {
		if path == r || strings.HasPrefix(path, strings.TrimSuffix(r, string(filepath.Separator))+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
