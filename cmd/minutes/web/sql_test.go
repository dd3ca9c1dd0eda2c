package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSQLQueues sends 200 cheap queries at once to a server on loopback
// while both query slots are taken, and frees the slots once every request
// has reached the handler: each waits its turn instead of being refused.
// The wait is bounded by the query time limit, set long here so that only
// a refusal, not the machine's load, can fail the test.
func TestSQLQueues(t *testing.T) {
	s, h := newServer(t, func(s *Server) { s.QueryTimeout = time.Minute })
	const requests = 200
	var arrived sync.WaitGroup
	arrived.Add(requests)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived.Done()
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	for range cap(s.sqlSlot) {
		s.sqlSlot <- struct{}{}
	}
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: requests, MaxIdleConnsPerHost: requests}}
	statuses := make(chan int, requests)
	var done sync.WaitGroup
	for range requests {
		done.Add(1)
		go func() {
			defer done.Done()
			res, err := client.Get(srv.URL + "/sql?q=SELECT+count(*)+FROM+actions")
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			statuses <- res.StatusCode
		}()
	}
	arrived.Wait()
	for range cap(s.sqlSlot) {
		<-s.sqlSlot
	}
	done.Wait()
	close(statuses)
	refused := 0
	for code := range statuses {
		if code != http.StatusOK {
			refused++
		}
	}
	if refused > 0 {
		t.Errorf("%d of %d concurrent queries were not answered 200", refused, requests)
	}
}

// TestSQLValueTooBig checks that a query building a huge value fails with
// the store's bound instead of allocating it.
func TestSQLValueTooBig(t *testing.T) {
	s, h := newServer(t, nil)
	if s.DB.Postgres() {
		t.Skip("SQLite's bound on one value; PostgreSQL has none of its own but 1 GB (docs/postgres.md)")
	}
	res, body := get(t, h, "/sql?q="+queryEscape("SELECT randomblob(900000000)"))
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "over the 16 MiB limit") {
		t.Errorf("status %d, want 400 and the value limit", res.StatusCode)
	}
}
