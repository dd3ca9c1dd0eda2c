package isolate

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// crashReason turns a child's death into a reason: out of memory when the
// Go runtime said so, else the panic or fatal error it printed.
func crashReason(err error, stderr string, limit int64) error {
	low := strings.ToLower(stderr)
	if strings.Contains(low, "out of memory") || strings.Contains(low, "cannot allocate memory") {
		return fmt.Errorf("%w (limit %s)", ErrOutOfMemory, FormatSize(limit))
	}
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, "panic:") || strings.HasPrefix(line, "fatal error:") {
			return fmt.Errorf("%w: %s", ErrCrashed, strings.TrimSpace(line))
		}
	}
	if s := strings.TrimSpace(stderr); s != "" {
		if i := strings.LastIndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		}
		return fmt.Errorf("%w: %v: %s", ErrCrashed, err, s)
	}
	return fmt.Errorf("%w: %v", ErrCrashed, err)
}

// FormatSize prints n bytes with the largest binary unit that divides it:
// 2GiB, 256MiB, 1000.
func FormatSize(n int64) string {
	for _, u := range []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.factor && n%u.factor == 0 {
			return strconv.FormatInt(n/u.factor, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
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
