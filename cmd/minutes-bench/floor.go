package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// floorTool is the plain text extraction a format is compared with: what
// reading the files costs without finding any structure in them.
type floorTool struct {
	Name string   // as printed
	Args []string // command line; "{}" stands for the file
	Err  error    // why the tool cannot run, if it cannot
}

// floorTools picks the floor of each format: pdftotext (poppler-utils)
// for PDF; pandoc for DOCX if installed, else unzip reading
// word/document.xml; a plain read for HTML.
func floorTools() map[string]floorTool {
	tools := map[string]floorTool{
		"pdf":  {Name: "pdftotext", Args: []string{"pdftotext", "-q", "{}", "-"}},
		"docx": {Name: "unzip -p word/document.xml", Args: []string{"unzip", "-p", "{}", "word/document.xml"}},
		"html": {Name: "cat", Args: []string{"cat", "{}"}},
	}
	if _, err := exec.LookPath("pandoc"); err == nil {
		tools["docx"] = floorTool{Name: "pandoc -t plain", Args: []string{"pandoc", "-f", "docx", "-t", "plain", "{}"}}
	}
	for f, t := range tools {
		if _, err := exec.LookPath(t.Args[0]); err != nil {
			t.Err = fmt.Errorf("%s not installed", t.Args[0])
			tools[f] = t
		}
	}
	return tools
}

// run times the tool over files, one process per file, parallel at once
// (xargs -P), its output discarded.
// It returns the wall time and the CPU time of xargs and its children.
func (t floorTool) run(ctx context.Context, files []string, parallel int) (wall, cpu time.Duration, err error) {
	if t.Err != nil {
		return 0, 0, t.Err
	}
	args := append([]string{"-0", "-P", strconv.Itoa(parallel), "-I{}"}, t.Args...)
	cmd := exec.CommandContext(ctx, "xargs", args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\x00"))
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("%s: %w: %s", t.Name, err, lastLines(errOut.String(), 3))
	}
	return time.Since(start), cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// floorTimes are a format's floor, read one file at a time and with the
// parallelism of minutes.
type floorTimes struct {
	Sequential, Parallel time.Duration
	CPU                  time.Duration // of the parallel run
	Err                  error
}

func (t floorTool) times(ctx context.Context, files []string, parallel int) floorTimes {
	seq, _, err := t.run(ctx, files, 1)
	if err != nil {
		return floorTimes{Err: err}
	}
	par, cpu, err := t.run(ctx, files, parallel)
	return floorTimes{Sequential: seq, Parallel: par, CPU: cpu, Err: err}
}
