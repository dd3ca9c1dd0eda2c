package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract"
	"github.com/sahelim/minutes/extract/doc"
)

// parseCmdName is the hidden subcommand that parses one file in a child
// process, so that a parser that loops, balloons or crashes takes down only
// that child (as Apache Tika's forked parser does).
const parseCmdName = "__parse"

// Reasons for a file whose child did not return.
var (
	errTimeout     = errors.New("timed out")
	errOutOfMemory = errors.New("out of memory")
	errCrashed     = errors.New("parser crashed")
)

type parseOptions struct {
	MaxMemory  byteSize
	Password   string
	CPUProfile string // written to CPUProfile.child-PID

	In       io.Reader
	Out, Err io.Writer
}

func newParseCmd() *cobra.Command {
	opts := &parseOptions{MaxMemory: 2 << 30}
	cmd := &cobra.Command{
		Use:    parseCmdName,
		Short:  "Parse the files framed on standard input (ingest runs it in child processes)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.In, opts.Out, opts.Err = cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr()
			return runParse(opts)
		},
	}
	cmd.Flags().Var(&opts.MaxMemory, "max-memory", "address space limit of this process")
	cmd.Flags().StringVar(&opts.Password, "password", os.Getenv("MINUTES_PDF_PASSWORD"), "user password of protected PDFs")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile to FILE.child-PID")
	return cmd
}

// runParse limits its own memory, then reads files from opts.In, each
// framed by its length (8 bytes, big-endian), and writes for each a parsed
// value as one line of JSON: the document and meeting, or the error. It
// returns at the end of its input.
func runParse(opts *parseOptions) error {
	if err := limitMemory(int64(opts.MaxMemory)); err != nil {
		return err
	}
	if opts.CPUProfile != "" {
		stop, err := startCPUProfile(fmt.Sprintf("%s.child-%d", opts.CPUProfile, os.Getpid()))
		if err != nil {
			return err
		}
		defer stop()
	}
	in := bufio.NewReader(opts.In)
	out := bufio.NewWriter(opts.Out)
	enc := json.NewEncoder(out)
	for {
		var n uint64
		if err := binary.Read(in, binary.BigEndian, &n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read input: %w", err)
		}
		data := make([]byte, n)
		if _, err := io.ReadFull(in, data); err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		if err := enc.Encode(parseData(data, opts.Password)); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		if err := out.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
}

func parseData(data []byte, password string) parsed {
	format, _ := extract.Detect(data)
	p := parsed{Format: format}
	d, m, err := extract.Options{Password: password}.File(data)
	if err != nil {
		p.Error = err.Error()
	} else {
		p.Doc, p.Meeting = encodeDoc(d), m
	}
	return p
}

// limitMemory caps the address space of this process (RLIMIT_AS): past it,
// allocations fail and the Go runtime exits with "out of memory". The
// garbage collector is told a lower soft limit so that a large but finite
// parse collects before it hits the wall.
func limitMemory(n int64) error {
	if n <= 0 {
		return nil
	}
	lim := &syscall.Rlimit{Cur: uint64(n), Max: uint64(n)}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, lim); err != nil {
		return fmt.Errorf("limit memory to %d bytes: %w", n, err)
	}
	debug.SetMemoryLimit(n / 2)
	return nil
}

// parser describes the parsing children: each worker keeps one child
// process and feeds it file after file; a child that times out, runs out of
// memory or crashes fails only the file it was reading and is replaced.
type parser struct {
	Command   []string      // the child's command line: this program and parseCmdName
	Timeout   time.Duration // 0: no limit
	MaxMemory byteSize
	Password  string
	// CPUProfile, when set, makes each child write its CPU profile to
	// CPUProfile.child-PID.
	CPUProfile string
}

// childFiles is how many files a child reads before it is replaced, so
// that whatever a parser leaks stays bounded.
const childFiles = 200

// session is one worker's use of a parser: the current child, started on
// demand.
type session struct {
	p parser
	c *child
}

func (p parser) session() *session { return &session{p: p} }

// parse reads data in the session's child. A file the readers reject gives
// their error; a child that runs out of time or memory or crashes gives an
// error wrapping errTimeout, errOutOfMemory or errCrashed.
func (s *session) parse(ctx context.Context, data []byte) (string, *doc.Document, *minutes.Meeting, error) {
	line, err := s.exchange(ctx, data)
	if err != nil {
		return "", nil, nil, err
	}
	var res parsed
	if err := json.Unmarshal(line, &res); err != nil {
		return "", nil, nil, fmt.Errorf("%w: unreadable output: %v", errCrashed, err)
	}
	if res.Error != "" {
		return res.Format, nil, nil, errors.New(res.Error)
	}
	if res.Doc == nil {
		return res.Format, nil, nil, fmt.Errorf("%w: no document in output", errCrashed)
	}
	d, err := decodeDoc(res.Doc)
	if err != nil {
		return res.Format, nil, nil, fmt.Errorf("%w: %v", errCrashed, err)
	}
	return res.Format, d, res.Meeting, nil
}

// exchange sends data to the child and returns its answer, under the time
// limit; the child is killed on timeout or when ctx ends.
func (s *session) exchange(ctx context.Context, data []byte) ([]byte, error) {
	if s.c == nil {
		c, err := s.p.start()
		if err != nil {
			return nil, err
		}
		s.c = c
	}
	c := s.c
	done := c.ask(data)
	var timeout <-chan time.Time
	if s.p.Timeout > 0 {
		t := time.NewTimer(s.p.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case a := <-done:
		if a.err != nil {
			s.c = nil
			return nil, crashReason(c.kill(), c.stderr.String(), s.p.MaxMemory)
		}
		if c.files++; c.files >= childFiles {
			s.close()
		}
		return a.line, nil
	case <-timeout:
		s.c = nil
		c.kill()
		<-done
		return nil, fmt.Errorf("%w after %s (see --timeout)", errTimeout, s.p.Timeout)
	case <-ctx.Done():
		s.c = nil
		c.kill()
		<-done
		return nil, ctx.Err()
	}
}

// close ends the session's child, letting it finish at the end of its
// input.
func (s *session) close() {
	if s.c != nil {
		s.c.in.Close()
		s.c.cmd.Wait()
		s.c = nil
	}
}

// child is one parsing process.
type child struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *headBuffer
	files  int
}

func (p parser) start() (*child, error) {
	args := append(p.Command[1:len(p.Command):len(p.Command)], "--max-memory", strconv.FormatInt(int64(p.MaxMemory), 10))
	if p.CPUProfile != "" {
		args = append(args, "--cpuprofile", p.CPUProfile)
	}
	cmd := exec.Command(p.Command[0], args...)
	// One C malloc arena: the child makes no C calls, but glibc reserves
	// 64 MiB of address space per thread otherwise, some 400 MiB of the
	// RLIMIT_AS budget before the first byte is parsed.
	cmd.Env = append(os.Environ(), "MINUTES_PDF_PASSWORD="+p.Password, "MALLOC_ARENA_MAX=1")
	// The child dies with this process, even by kill -9.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	c := &child{cmd: cmd, stderr: &headBuffer{max: 4096}}
	cmd.Stderr = c.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("start parser: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("start parser: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start parser: %w", err)
	}
	c.in, c.out = in, bufio.NewReaderSize(out, 1<<16)
	return c, nil
}

// answer is a child's answer line, or why it could not be read.
type answer struct {
	line []byte
	err  error
}

// ask sends data to the child from another goroutine (the write blocks
// while the child is busy) and delivers its answer on the channel.
func (c *child) ask(data []byte) <-chan answer {
	c.stderr.Reset()
	done := make(chan answer, 1)
	go func() {
		line, err := c.send(data)
		done <- answer{line, err}
	}()
	return done
}

// send writes one framed file and reads the answer line.
func (c *child) send(data []byte) ([]byte, error) {
	var head [8]byte
	binary.BigEndian.PutUint64(head[:], uint64(len(data)))
	if _, err := c.in.Write(head[:]); err != nil {
		return nil, err
	}
	if _, err := c.in.Write(data); err != nil {
		return nil, err
	}
	return c.out.ReadBytes('\n')
}

// kill ends the child at once and returns how it ended.
func (c *child) kill() error {
	c.cmd.Process.Kill()
	c.in.Close()
	return c.cmd.Wait()
}

// crashReason turns a child's death into a reason: out of memory when the
// Go runtime said so, else the panic or fatal error it printed.
func crashReason(err error, stderr string, limit byteSize) error {
	low := strings.ToLower(stderr)
	if strings.Contains(low, "out of memory") || strings.Contains(low, "cannot allocate memory") {
		return fmt.Errorf("%w (limit %s, see --max-memory)", errOutOfMemory, limit.String())
	}
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, "panic:") || strings.HasPrefix(line, "fatal error:") {
			return fmt.Errorf("%w: %s", errCrashed, strings.TrimSpace(line))
		}
	}
	if s := strings.TrimSpace(stderr); s != "" {
		if i := strings.LastIndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		}
		return fmt.Errorf("%w: %v: %s", errCrashed, err, s)
	}
	return fmt.Errorf("%w: %v", errCrashed, err)
}

// headBuffer keeps the first max bytes written to it since the last Reset:
// a crashing child's first lines name the panic. The child's stderr is
// copied into it by another goroutine.
type headBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (h *headBuffer) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if room := h.max - h.buf.Len(); room > 0 {
		h.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (h *headBuffer) Reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.buf.Reset()
}

func (h *headBuffer) String() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.buf.String()
}
