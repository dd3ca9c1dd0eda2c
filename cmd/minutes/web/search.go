package web

import (
	"net/http"
	"strings"

	"github.com/sahelim/minutes/store"
)

type searchView struct {
	Q     string
	Hits  []store.BlockHit
	Pager pager
}

// Ref is the reference of a hit's block, for its link.
func (searchView) Ref(h store.BlockHit) string {
	ref := "#" + itoa(h.Position)
	if h.Row > 0 {
		ref += " r" + itoa(h.Row) + "c" + itoa(h.Col)
	}
	return ref
}

// search shows a page of the hits, best first, with how many there are in
// all; ?format=csv|json downloads them all.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	v := &searchView{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	if format := r.URL.Query().Get("format"); format != "" {
		s.downloadHits(w, r, format, v.Q)
		return
	}
	if v.Q != "" {
		total, err := s.DB.SearchCount(r.Context(), v.Q)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		v.Pager = newPager(r, total)
		first, last := v.Pager.bounds()
		if v.Hits, err = s.DB.SearchPage(r.Context(), v.Q, first, last-first, markOpen, markClose); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	p := newPage(r, "search")
	p.Title = p.T("search.title")
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}

// downloadHits writes every hit: file, path, page, kind of block, place in
// the document, the block's text around the words found, and the score.
func (s *Server) downloadHits(w http.ResponseWriter, r *http.Request, format, q string) {
	if format == "xlsx" {
		s.userError(w, r, http.StatusNotFound, "error.format")
		return
	}
	hits, err := s.DB.SearchBlocks(r.Context(), q, 0, "", "")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res := &store.Result{Columns: []string{"score", "file", "path", "page", "kind", "source_ref", "meeting_id", "snippet"}}
	for _, h := range hits {
		page, meeting := any(nil), any(nil)
		if h.Page > 0 {
			page = int64(h.Page)
		}
		if h.MeetingID > 0 {
			meeting = h.MeetingID
		}
		res.Rows = append(res.Rows, []any{h.Score, h.File, h.Path, page, h.Kind, searchView{}.Ref(h), meeting, h.Snippet})
	}
	s.send(w, r, "search", format, res)
}
