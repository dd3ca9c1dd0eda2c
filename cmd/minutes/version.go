package main

import (
	"fmt"
	"runtime/debug"

	"github.com/sahelim/minutes/extract"
)

// version is the program's version when the build sets it (make build:
// -ldflags "-X main.version=..."); "" means the one the Go toolchain
// recorded, read by versionString. It is a variable only so that the
// linker can set it.
var version = ""

// versionString is what --version prints: the version, the commit it was
// built from and the extractor version stored with every document.
func versionString() string {
	v, commit, modified := version, "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" {
			v = info.Main.Version // "(devel)" for a build in a checkout
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if len(commit) > 12 {
		commit = commit[:12]
	}
	if commit != "" && modified {
		commit += "+changes"
	}
	if commit != "" {
		v += ", commit " + commit
	}
	return fmt.Sprintf("%s (extractor %s)", v, extract.Version)
}
