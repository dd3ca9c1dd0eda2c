package main

import (
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	code, out, errs := minutesRun(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "minutes version ") || !strings.Contains(out, "(extractor ") {
		t.Errorf("minutes --version: exit %d, %q %q; want \"minutes version … (extractor N)\"", code, out, errs)
	}
}
