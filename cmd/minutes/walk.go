package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
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
// that cannot be read is a problem, and the walk goes on. Every entry of a
// folder named like a document is listed, whatever its type: a symbolic
// link is listed under its own path (folders it points to are not walked),
// and openFile refuses what is not a regular file.
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
			// Symbolic links and special files are listed too: ingest
			// follows a link to a file and records why it reads no other.
			if !d.IsDir() && documentExts[strings.ToLower(filepath.Ext(path))] {
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

// openFile returns the information of the file at path, following a
// symbolic link, or why it cannot be read as a document: a link loop, a
// link to nothing, a folder, a named pipe, socket or device (reading a pipe
// would wait forever), or a permission refused.
func openFile(path string) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, syscall.ELOOP):
		return nil, errors.New("symbolic link loop")
	case errors.Is(err, fs.ErrNotExist):
		if l, lerr := os.Lstat(path); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
			return nil, errors.New("symbolic link to a missing file")
		}
		return nil, err
	case err != nil:
		return nil, unwrapPath(err)
	case info.IsDir():
		return nil, errors.New("a folder, not a file (symbolic links to folders are not followed)")
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("not a regular file: %s", fileType(info.Mode()))
	}
	return info, nil
}

func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return m.Type().String()
}

// unwrapPath drops the path from an *fs.PathError: the ingest names the
// file once, in front of the reason.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
