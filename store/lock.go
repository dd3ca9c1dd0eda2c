package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// ErrLocked means another run holds the database's write lock.
var ErrLocked = errors.New("database locked by another run")

// LockedError says who holds the lock: process id, host and since when.
// Its fields are zero when the holder has not written them yet.
type LockedError struct {
	Path  string    `json:"-"`
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"`
}

func (e *LockedError) Error() string {
	if e.PID == 0 {
		return fmt.Sprintf("%s is locked by another run", e.Path)
	}
	return fmt.Sprintf("%s is locked by pid %d on %s since %s", e.Path, e.PID, e.Host,
		e.Since.Local().Format("2006-01-02 15:04:05"))
}

func (e *LockedError) Unwrap() error { return ErrLocked }

// Lock is the write lock of a database: flock(2) on the file path+".lock",
// which the kernel releases when the holder exits, even by kill -9, so a
// crash never leaves a stale lock. The file holds the holder's pid, host
// and start time for the message of the runs it keeps out.
type Lock struct {
	f *os.File
}

// lockPoll is how often a waiting Acquire tries the lock again.
const lockPoll = 200 * time.Millisecond

// Acquire takes the write lock of the database at dbPath. When another
// process holds it, Acquire returns a *LockedError (wrapping ErrLocked), or
// with wait, tries again until it gets the lock or ctx ends.
func Acquire(ctx context.Context, dbPath string, wait bool) (*Lock, error) {
	f, err := os.OpenFile(dbPath+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	tick := time.NewTicker(lockPoll)
	defer tick.Stop()
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", dbPath, err)
		}
		if !wait {
			f.Close()
			return nil, holder(dbPath)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("wait for lock on %s: %w", dbPath, ctx.Err())
		case <-tick.C:
		}
	}
	l := &Lock{f: f}
	if err := l.write(); err != nil {
		l.Release()
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	return l, nil
}

func (l *Lock) write() error {
	host, _ := os.Hostname()
	body, err := json.Marshal(LockedError{PID: os.Getpid(), Host: host, Since: time.Now().UTC()})
	if err != nil {
		return err
	}
	if err := l.f.Truncate(0); err != nil {
		return err
	}
	_, err = l.f.WriteAt(body, 0)
	return err
}

// holder reads who holds the lock of dbPath.
func holder(dbPath string) error {
	e := &LockedError{}
	if body, err := os.ReadFile(dbPath + ".lock"); err == nil {
		json.Unmarshal(body, e) // a holder that has not written yet leaves the fields zero
	}
	e.Path = dbPath
	return e
}

// Release gives the lock up. The lock file stays: removing it would let two
// processes lock two different files of the same name.
func (l *Lock) Release() error {
	l.f.Truncate(0)
	err := syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	return err
}
