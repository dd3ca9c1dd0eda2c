package isolate

import (
	"os/exec"
	"testing"
	"time"
)

// TestRSSCountsDescendants: the resident memory of a parsing child counts
// the processes it started (Tesseract's 100-200 MB a page), as a shell
// whose child holds 200 MB shows.
func TestRSSCountsDescendants(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is needed to hold memory in a grandchild")
	}
	cmd := exec.Command("sh", "-c", `python3 -c 'import sys; b = bytearray(200 << 20); print("ready", flush=True); sys.stdin.read()' & wait`)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { in.Close(); cmd.Process.Kill(); cmd.Wait() }()
	c := &child{cmd: cmd}
	var rss int64
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if r, ok := c.rss(); ok && r > rss {
			rss = r
		}
		if rss > 150<<20 {
			return
		}
	}
	t.Fatalf("child and its descendants hold %d bytes, want > 150 MB (the grandchild holds 200 MB)", rss)
}
