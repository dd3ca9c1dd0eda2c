package web

import (
	"context"
	"html"
	"regexp"
	"strconv"
	"testing"

	"github.com/sahelim/minutes/store"
)

// ownerCount is a row of the overview's overdue actions by owner.
var ownerCount = regexp.MustCompile(`<tr><td><a href="(/actions\?[^"]*)">([^<]*)</a></td><td class="num">(\d+)</td></tr>`)

// trackerCount is the number of actions the tracker shows.
var trackerCount = regexp.MustCompile(`<p id="count" role="status">(\d+) actions?</p>`)

// ownerLink is an owner's link in the tracker's rows.
var ownerLink = regexp.MustCompile(`<a class="owner" href="([^"]*)">([^<]*)</a>`)

// TestOwnerCountsOpenTheirPages: the count beside an owner on the
// overview is the number of actions its link opens, and the number
// `minutes actions --owner X --overdue` finds (the store's filter); an
// owner linked from a row of the tracker opens at least that row.
func TestOwnerCountsOpenTheirPages(t *testing.T) {
	s, h := newServer(t, nil)
	_, body := get(t, h, "/")
	rows := ownerCount.FindAllStringSubmatch(body, -1)
	if len(rows) < 3 {
		t.Fatalf("overview: %d owners of overdue actions, want several", len(rows))
	}
	for _, m := range rows {
		link, name, want := html.UnescapeString(m[1]), html.UnescapeString(m[2]), m[3]
		_, page := get(t, h, link)
		got := trackerCount.FindStringSubmatch(page)
		if got == nil || got[1] != want {
			t.Errorf("overview: %s %s opens %s: %v actions", name, want, link, got)
		}
		cli, err := s.DB.Actions(context.Background(), store.ActionFilter{Owner: name, Overdue: true, Today: "2025-06-01"})
		if err != nil {
			t.Fatal(err)
		}
		if strconv.Itoa(len(cli)) != want {
			t.Errorf("overview: %s %s, but actions --owner %q --overdue finds %d", name, want, name, len(cli))
		}
	}
	_, page := get(t, h, "/actions")
	for _, m := range ownerLink.FindAllStringSubmatch(page, -1) {
		link, name := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		_, owned := get(t, h, link)
		if got := trackerCount.FindStringSubmatch(owned); got == nil || got[1] == "0" {
			t.Errorf("tracker: owner %q links to %s, which shows %v actions", name, link, got)
		}
	}
}

// card is a figure of the overview that links to a list.
var card = regexp.MustCompile(`<li(?: class="[^"]*")?><a href="([^"]*)"><strong>(\d+)</strong>`)

// TestOverviewCardsOpenTheirCounts: each figure of the overview is the
// count of the list it links to.
func TestOverviewCardsOpenTheirCounts(t *testing.T) {
	_, h := newServer(t, nil)
	_, body := get(t, h, "/")
	cards := card.FindAllStringSubmatch(body, -1)
	if len(cards) < 5 {
		t.Fatalf("overview: %d figures with a link, want 5", len(cards))
	}
	for _, c := range cards {
		link, want := html.UnescapeString(c[1]), c[2]
		_, page := get(t, h, link)
		got := regexp.MustCompile(`<p id="count" role="status">(\d+) `).FindStringSubmatch(page)
		if got == nil || got[1] != want {
			t.Errorf("overview: %s opens %s, which counts %v", want, link, got)
		}
	}
}
