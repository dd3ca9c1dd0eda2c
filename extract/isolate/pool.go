package isolate

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
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
)

// Reasons for a file whose child did not answer, tested with errors.Is.
var (
	ErrTimeout     = errors.New("timed out")
	ErrOutOfMemory = errors.New("out of memory")
	ErrCrashed     = errors.New("parser crashed")
)

// DefaultFiles is how many files a child reads before it is replaced when
// Pool.Files is 0, so that whatever a reader leaks stays bounded.
const DefaultFiles = 200

// DefaultRenew is the resident memory past which a child is replaced
// after a file when Pool.Renew is 0. A fresh child holds about 25 MB, and
// one that has read an ordinary report under 50 MB.
const DefaultRenew = 128 << 20

// watchEvery is how often the resident memory of a parsing child is read.
const watchEvery = 20 * time.Millisecond

// Pool runs parsing children: each call to Parse borrows an idle child
// (starting one if there is none), so there are as many children as calls
// running at once. A child that times out, runs out of memory or crashes
// fails only the file it was reading and is not reused. The zero value is
// not usable: Command must be set. Call Close when done.
//
// MaxMemory bounds the memory a child really uses, its resident set: the
// pool reads it from /proc while the child parses and kills the child past
// the limit. (An address-space limit, RLIMIT_AS, would not do: a Go
// process reserves several times the memory it uses, so a file needing
// 600 MB failed under a 2 GiB limit; [LimitMemory] keeps one only as a far
// higher safety net.) A file's outcome does not depend on the files read
// before it in the same child: a child whose resident set is still over
// Renew after a file is replaced before the next one.
type Pool struct {
	Command   []string      // the child's command line; the child runs Serve
	Env       []string      // added to this process's environment for the children
	Timeout   time.Duration // time limit for one file; 0: none
	MaxMemory int64         // resident memory limit of a child; 0: none
	Renew     int64         // resident memory past which a child is replaced after a file; 0: DefaultRenew or MaxMemory/4 if lower
	Files     int           // files a child reads before it is replaced; 0: DefaultFiles

	mu     sync.Mutex
	idle   []*child
	closed bool
	peak   atomic.Int64
}

// Peak returns the highest resident memory of a child read so far, in
// bytes: read after each file and, under a memory limit, every 20 ms while
// a child parses (so a shorter peak may be missed). It is 0 when /proc
// cannot be read.
func (p *Pool) Peak() int64 { return p.peak.Load() }

// notePeak records a reading of a child's resident memory.
func (p *Pool) notePeak(rss int64) {
	for {
		old := p.peak.Load()
		if rss <= old || p.peak.CompareAndSwap(old, rss) {
			return
		}
	}
}

// Result is what a child read from a file.
type Result struct {
	Format  string // the format detected, "" when unknown; set even when the reader failed
	Doc     *doc.Document
	Meeting *minutes.Meeting
}

// Parse reads data in a child. A file the readers reject gives their
// error; a child that runs out of time or memory or crashes gives an error
// wrapping ErrTimeout, ErrOutOfMemory or ErrCrashed; when ctx ends, the
// child is killed and ctx's error returned.
func (p *Pool) Parse(ctx context.Context, data []byte) (Result, error) {
	c, err := p.get()
	if err != nil {
		return Result{}, err
	}
	line, err := p.exchange(ctx, c, data)
	if err != nil {
		return Result{}, err
	}
	var a answer
	if err := json.Unmarshal(line, &a); err != nil {
		return Result{}, fmt.Errorf("%w: unreadable output: %v", ErrCrashed, err)
	}
	if a.Error != "" {
		return Result{Format: a.Format}, errors.New(a.Error)
	}
	if a.Doc == nil {
		return Result{Format: a.Format}, fmt.Errorf("%w: no document in output", ErrCrashed)
	}
	return Result{Format: a.Format, Doc: a.Doc, Meeting: a.Meeting}, nil
}

// Close ends the idle children, letting each finish at the end of its
// input. Children busy in Parse end when their call returns.
func (p *Pool) Close() {
	p.mu.Lock()
	idle := p.idle
	p.idle, p.closed = nil, true
	p.mu.Unlock()
	for _, c := range idle {
		c.close()
	}
}

// get takes an idle child, or starts one.
func (p *Pool) get() (*child, error) {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	return p.start()
}

// put returns a healthy child to the idle list, or ends it when it has
// read its share of files, is still holding the memory of a large one, or
// the pool is closed.
func (p *Pool) put(c *child) {
	files := p.Files
	if files <= 0 {
		files = DefaultFiles
	}
	keep := c.files < files
	if rss, ok := c.rss(); ok {
		p.notePeak(rss)
		keep = keep && rss <= p.renew()
	}
	p.mu.Lock()
	if keep && !p.closed {
		p.idle = append(p.idle, c)
		c = nil
	}
	p.mu.Unlock()
	if c != nil {
		c.close()
	}
}

func (p *Pool) renew() int64 {
	switch {
	case p.Renew > 0:
		return p.Renew
	case p.MaxMemory > 0 && p.MaxMemory/4 < DefaultRenew:
		return p.MaxMemory / 4
	}
	return DefaultRenew
}

// exchange sends data to the child and returns its answer, under the time
// and memory limits; the child is killed past either or when ctx ends.
func (p *Pool) exchange(ctx context.Context, c *child, data []byte) ([]byte, error) {
	done := c.ask(data)
	var timeout <-chan time.Time
	var t *time.Timer
	if p.Timeout > 0 {
		t = time.NewTimer(p.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	stop := make(chan struct{})
	defer close(stop)
	over := p.watch(c, stop)
	for {
		select {
		case <-c.progress:
			// The child starts to OCR a page: each page gets the time
			// limit, as a file does.
			if t != nil {
				t.Reset(p.Timeout)
			}
			continue
		case <-over:
			c.kill()
			<-done
			return nil, fmt.Errorf("%w (limit %s)", ErrOutOfMemory, FormatSize(p.MaxMemory))
		case a := <-done:
			if a.err != nil {
				return nil, crashReason(c.kill(), c.stderr.String(), p.MaxMemory)
			}
			c.files++
			p.put(c)
			return a.line, nil
		case <-timeout:
			c.kill()
			<-done
			return nil, fmt.Errorf("%w after %s", ErrTimeout, p.Timeout)
		case <-ctx.Done():
			c.kill()
			<-done
			return nil, ctx.Err()
		}
	}
}

// child is one parsing process.
type child struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *headBuffer
	files  int
	// progress receives a value each time the child starts to OCR a page.
	progress chan struct{}
}

func (p *Pool) start() (*child, error) {
	if len(p.Command) == 0 {
		return nil, errors.New("start parser: no command")
	}
	cmd := exec.Command(p.Command[0], p.Command[1:]...)
	cmd.Env = append(os.Environ(), p.Env...)
	// The child dies with this process, even by kill -9.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	c := &child{cmd: cmd, stderr: &headBuffer{max: 4096}, progress: make(chan struct{}, 1)}
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

// reply is a child's answer line, or why it could not be read.
type reply struct {
	line []byte
	err  error
}

// ask sends data to the child from another goroutine (the write blocks
// while the child is busy) and delivers its answer on the channel.
func (c *child) ask(data []byte) <-chan reply {
	c.stderr.Reset()
	done := make(chan reply, 1)
	go func() {
		line, err := c.send(data)
		done <- reply{line, err}
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
	for {
		line, err := c.out.ReadBytes('\n')
		if err != nil || !bytes.Equal(line, ocrProgress) {
			return line, err
		}
		select {
		case c.progress <- struct{}{}:
		default:
		}
	}
}

// kill ends the child at once and returns how it ended.
func (c *child) kill() error {
	c.cmd.Process.Kill()
	c.in.Close()
	return c.cmd.Wait()
}

// watch reads c's resident memory every watchEvery until stop is closed,
// and closes the returned channel once it is past MaxMemory. With no
// limit, or no /proc, it never fires.
func (p *Pool) watch(c *child, stop <-chan struct{}) <-chan struct{} {
	over := make(chan struct{})
	if p.MaxMemory <= 0 {
		return over
	}
	go func() {
		t := time.NewTicker(watchEvery)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				rss, ok := c.rss()
				if !ok {
					return
				}
				p.notePeak(rss)
				if rss > p.MaxMemory {
					close(over)
					return
				}
			}
		}
	}()
	return over
}

// rss returns the resident memory in bytes of the child and of the
// processes it started (Tesseract, pdftoppm), from /proc/PID/statm and
// /proc/PID/task/TID/children; false when the child's cannot be read.
func (c *child) rss() (int64, bool) {
	total, ok := int64(0), false
	todo := []string{strconv.Itoa(c.cmd.Process.Pid)}
	for n := 0; len(todo) > 0 && n < 1000; n++ {
		pid := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		body, err := os.ReadFile("/proc/" + pid + "/statm")
		f := strings.Fields(string(body))
		if err != nil || len(f) < 2 {
			continue
		}
		pages, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			continue
		}
		total, ok = total+pages*int64(os.Getpagesize()), true
		tasks, _ := os.ReadDir("/proc/" + pid + "/task")
		for _, t := range tasks {
			kids, _ := os.ReadFile("/proc/" + pid + "/task/" + t.Name() + "/children")
			todo = append(todo, strings.Fields(string(kids))...)
		}
	}
	return total, ok
}

// close ends the child at the end of its input.
func (c *child) close() {
	c.in.Close()
	c.cmd.Wait()
}
