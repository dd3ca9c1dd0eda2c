package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/sahelim/minutes/store"
)

type sqlView struct {
	Q        string
	Cookbook []recipe
	Result   *store.Result
	More     bool
	Max      int
	Error    string
	Numeric  []bool
}

// sql runs one reading statement on the read-only connection, under the
// store's authorizer, with a time limit and a cap on the rows read.
func (s *Server) sql(w http.ResponseWriter, r *http.Request) {
	v := &sqlView{Q: r.URL.Query().Get("q"), Cookbook: cookbookFor(s.DB.Postgres()), Max: s.maxRows()}
	format := r.URL.Query().Get("format") // a download: csv or json
	if format != "" {
		v.Max = maxDownloadRows
	}
	p := newPage(r, "sql")
	p.Title = p.T("sql.title")
	p.Data = v
	status := http.StatusOK
	if strings.TrimSpace(v.Q) != "" {
		status = s.runSQL(r.Context(), p, v)
	}
	switch {
	case format == "" || v.Result == nil:
		s.render(w, r, p, status)
	case v.More || format == "xlsx":
		s.userError(w, r, http.StatusRequestEntityTooLarge, "sql.toomany")
	default:
		s.send(w, r, "sql", format, v.Result)
	}
}

// maxDownloadRows is the most rows a download of the SQL page holds; a
// larger result is refused rather than cut (minutes query has no limit).
const maxDownloadRows = 100000

// runSQL runs v's query when one of the SQL page's slots is free: a
// request waits its turn, up to the query time limit, rather than being
// refused while other queries run. The store bounds the rows, the bytes
// of the result and each value it builds, so that a query cannot fill the
// memory (randomblob(900000000) fails "value too big").
func (s *Server) runSQL(ctx context.Context, p *page, v *sqlView) int {
	timeout := s.QueryTimeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	wait := time.NewTimer(timeout)
	defer wait.Stop()
	select {
	case s.sqlSlot <- struct{}{}:
		defer func() { <-s.sqlSlot }()
	case <-wait.C:
		v.Error = p.T("sql.busy")
		return http.StatusServiceUnavailable
	case <-ctx.Done():
		v.Error = p.T("sql.busy")
		return http.StatusServiceUnavailable
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res, more, err := s.DB.QueryLimit(ctx, v.Q, v.Max)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		v.Error = p.T("sql.timeout")
		return http.StatusRequestTimeout
	case err != nil:
		v.Error = err.Error()
		return http.StatusBadRequest
	}
	v.Result, v.More = res, more
	v.Numeric = numericColumns(res)
	return http.StatusOK
}

func (s *Server) maxRows() int {
	if s.MaxRows > 0 {
		return s.MaxRows
	}
	return 1000
}

// numericColumns reports the columns whose values are all numbers or NULL,
// to align them right.
func numericColumns(res *store.Result) []bool {
	num := make([]bool, len(res.Columns))
	for i := range num {
		num[i] = true
		for _, row := range res.Rows {
			switch row[i].(type) {
			case nil, int64, float64:
			default:
				num[i] = false
			}
		}
	}
	return num
}
