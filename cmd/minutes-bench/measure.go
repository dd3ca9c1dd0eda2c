package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// sampleEvery is how often the memory of the process tree is read.
const sampleEvery = 50 * time.Millisecond

// ingestSummary is the part of `minutes ingest --json` the bench reads.
type ingestSummary struct {
	Files     int     `json:"files"`
	Seconds   float64 `json:"seconds"`
	New       int     `json:"new"`
	Unchanged int     `json:"unchanged"`
	Failed    int     `json:"failed"`
	Exit      int     `json:"exit"`
	Failures  []struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	} `json:"failures"`
}

// measurement is one timed run of `minutes ingest`.
type measurement struct {
	Wall      time.Duration
	PeakRSS   int64         // bytes: largest sum of VmRSS over the process group
	PeakProcs int           // processes in the group at that peak
	MaxRSS    int64         // bytes: largest VmHWM of a single process of the group
	CPU       time.Duration // user + system time of the command and its children
	DBSize    int64         // bytes: the database and its WAL after the run
	Summary   ingestSummary
}

// ingester runs bin/minutes ingest.
type ingester struct {
	Bin     string
	Workers int
}

// ingest runs `minutes ingest dir --db db --json --quiet` in a process
// group of its own and samples the memory of that group (the command and
// its parsing children) while it runs. Exit status 1 (some files failed)
// is a result, any other failure an error.
func (in ingester) ingest(ctx context.Context, dir, db string) (measurement, error) {
	cmd := exec.CommandContext(ctx, in.Bin, "ingest", dir, "--db", db, "--json", "--quiet",
		"--workers", strconv.Itoa(in.Workers))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return measurement{}, fmt.Errorf("start %s: %w", in.Bin, err)
	}
	s := &sampler{pgid: cmd.Process.Pid}
	stop := s.run()
	err := cmd.Wait()
	m := measurement{Wall: time.Since(start)}
	stop()
	m.PeakRSS, m.PeakProcs, m.MaxRSS = s.peak, s.procs, s.largest
	m.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if err != nil && !failedSome(err) {
		return m, fmt.Errorf("minutes ingest %s: %w: %s", dir, err, lastLines(errOut.String(), 5))
	}
	if err := json.Unmarshal(out.Bytes(), &m.Summary); err != nil {
		return m, fmt.Errorf("minutes ingest %s: read JSON summary: %w", dir, err)
	}
	m.DBSize = fileSize(db) + fileSize(db+"-wal")
	return m, nil
}

// failedSome reports exit status 1: the run went through and some files
// failed.
func failedSome(err error) bool {
	var e *exec.ExitError
	return errors.As(err, &e) && e.ExitCode() == 1
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// sampler reads VmRSS and VmHWM of every process of a process group.
// The high-water mark is read from /proc, not from getrusage: a child
// forked by a large process (this harness, after the in-process stages)
// inherits that process's ru_maxrss.
type sampler struct {
	pgid    int
	peak    int64 // largest sum of VmRSS
	procs   int   // processes at that peak
	largest int64 // largest VmHWM of one process
}

// run samples every sampleEvery until the returned function is called.
func (s *sampler) run() (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(sampleEvery)
		defer t.Stop()
		for {
			s.sample()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

func (s *sampler) sample() {
	entries, _ := os.ReadDir("/proc")
	var sum int64
	procs := 0
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || processGroup(pid) != s.pgid {
			continue
		}
		rss, hwm := memory(pid)
		sum += rss
		s.largest = max(s.largest, hwm)
		procs++
	}
	if sum > s.peak {
		s.peak, s.procs = sum, procs
	}
}

// processGroup reads the process group of pid from /proc/PID/stat; -1 if
// the process is gone.
func processGroup(pid int) int {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return -1
	}
	// After "pid (comm) ": state, ppid, pgrp. comm may hold spaces and
	// parentheses, so split after the last ')'.
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+1:]))
	if i < 0 || len(f) < 3 {
		return -1
	}
	g, _ := strconv.Atoi(f[2])
	return g
}

// memory reads the resident set size of pid and its high-water mark, in
// bytes; 0 if it is gone.
func memory(pid int) (rss, hwm int64) {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || k != "VmRSS" && k != "VmHWM" {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if k == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
	}
	return rss, hwm
}
