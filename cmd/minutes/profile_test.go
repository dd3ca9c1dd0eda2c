package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestIngestCPUProfile: --cpuprofile FILE writes the parent's profile to
// FILE and each parsing child's to FILE.child-PID.
func TestIngestCPUProfile(t *testing.T) {
	dir := copyCorpus(t, 1)
	tmp := t.TempDir()
	prof := filepath.Join(tmp, "cpu.prof")
	code, _, errs := minutesRun(t, "ingest", dir, "--db", filepath.Join(tmp, "m.db"), "--workers", "1", "--quiet", "--cpuprofile", prof)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, pattern := range []string{prof, prof + ".child-*"} {
		m, _ := filepath.Glob(pattern)
		if len(m) == 0 {
			t.Errorf("no profile %s", pattern)
		}
		for _, p := range m {
			if info, err := os.Stat(p); err != nil || info.Size() == 0 {
				t.Errorf("profile %s empty: %v", p, err)
			}
		}
	}
}
