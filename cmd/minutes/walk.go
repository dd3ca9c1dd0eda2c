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

// walk expands files and folders (recursively) into a sorted list of file
// paths. A path that does not exist is an error.
func walk(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("walk %s: %w", path, err)
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() && documentExts[strings.ToLower(filepath.Ext(path))] {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}
