package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/sahelim/minutes/store"
)

// pageSize is the number of rows a page of a list shows; ?page=N moves
// through them, and a download holds them all.
const pageSize = 50

// pager is one page of a list of Total rows: rows First to Last (1-based,
// Last 0 when the list is empty) of page Page out of Pages.
type pager struct {
	Page, Pages        int
	First, Last, Total int
}

// newPager reads ?page= for a list of total rows; a page out of range is
// the nearest one.
func newPager(r *http.Request, total int) pager {
	p := pager{Total: total, Pages: max(1, (total+pageSize-1)/pageSize)}
	p.Page, _ = strconv.Atoi(r.URL.Query().Get("page"))
	p.Page = min(max(p.Page, 1), p.Pages)
	if total > 0 {
		p.First = (p.Page-1)*pageSize + 1
		p.Last = min(p.Page*pageSize, total)
	}
	return p
}

// bounds are the slice indexes of the page's rows.
func (p pager) bounds() (int, int) { return max(p.First-1, 0), p.Last }

// Prev and Next are the pages before and after, 0 when there is none.
func (p pager) Prev() int {
	if p.Page > 1 {
		return p.Page - 1
	}
	return 0
}

func (p pager) Next() int {
	if p.Page < p.Pages {
		return p.Page + 1
	}
	return 0
}

// pageOf returns the rows of the page p reads from the request.
func pageOf[T any](r *http.Request, rows []T) ([]T, pager) {
	p := newPager(r, len(rows))
	i, j := p.bounds()
	return rows[i:j], p
}

// downloads are the formats a list can be downloaded in.
var downloads = map[string]string{
	"csv":  "text/csv; charset=utf-8",
	"json": "application/json; charset=utf-8",
	"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// send writes res as a download named name-today.format: CSV and XLSX by
// the CLI's writers (WriteCSV, WriteXLSX: those of `minutes export`), JSON
// as an array of objects, keys in column order, NULL as null.
func (s *Server) send(w http.ResponseWriter, r *http.Request, name, format string, res *store.Result) {
	write := map[string]func(io.Writer, *store.Result) error{"csv": s.WriteCSV, "xlsx": s.WriteXLSX, "json": writeJSON}[format]
	if write == nil {
		s.userError(w, r, http.StatusNotFound, "error.format")
		return
	}
	var b bytes.Buffer
	if err := write(&b, res); err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", downloads[format])
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.%s"`, name, s.now().Format("2006-01-02"), format))
	w.Write(b.Bytes())
}

// writeJSON writes a result as a JSON array of objects.
func writeJSON(w io.Writer, res *store.Result) error {
	var b bytes.Buffer
	b.WriteString("[")
	for n, row := range res.Rows {
		if n > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n{")
		for i, v := range row {
			if i > 0 {
				b.WriteString(",")
			}
			if p, ok := v.([]byte); ok {
				v = cellText(p)
			}
			k, err := json.Marshal(res.Columns[i])
			if err != nil {
				return err
			}
			val, err := json.Marshal(v)
			if err != nil {
				return err
			}
			b.Write(k)
			b.WriteString(":")
			b.Write(val)
		}
		b.WriteString("}")
	}
	b.WriteString("\n]\n")
	_, err := w.Write(b.Bytes())
	return err
}
