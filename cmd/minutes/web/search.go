package web

import (
	"net/http"
	"strings"

	"github.com/sahelim/minutes/store"
)

// maxHits is the number of search hits shown.
const maxHits = 100

type searchView struct {
	Q    string
	Hits []store.BlockHit
}

// Ref is the reference of a hit's block, for its link.
func (searchView) Ref(h store.BlockHit) string {
	ref := "#" + itoa(h.Position)
	if h.Row > 0 {
		ref += " r" + itoa(h.Row) + "c" + itoa(h.Col)
	}
	return ref
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	v := &searchView{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	if v.Q != "" {
		hits, err := s.DB.SearchBlocks(r.Context(), v.Q, maxHits, markOpen, markClose)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		v.Hits = hits
	}
	p := newPage(r, "search")
	p.Title = p.T("search.title")
	p.Data = v
	s.render(w, r, p, http.StatusOK)
}
