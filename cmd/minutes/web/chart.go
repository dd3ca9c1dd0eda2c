package web

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/sahelim/minutes/store"
)

// A chart is drawn on the server as inline SVG (the "chart" template):
// no script, nothing fetched, nothing the strict Content-Security-Policy
// would block (colours come from style.css, not style attributes). Each
// bar links to the tracker filtered as it counts, and has a title for a
// screen reader; the chart's own title and description name it.
type chart struct {
	ID, Title, Desc string
	Width, Height   int
	Bars            []bar
	Columns         bool // bars standing (months), else lying (categories)
}

// bar is one bar of a chart, with its geometry in the chart's viewBox.
type bar struct {
	Label, Link, Tip string
	Text             string // shown beside or under the bar
	Count            int
	X, Y, W, H       int
	LabelX, LabelY   int
	ShowLabel        bool
}

// Geometry of the charts, in viewBox units.
const (
	chartWidth  = 360 // about the width shown, so that the text is the page's size
	rowHeight   = 20
	labelWidth  = 140
	colsHeight  = 120
	colsLabelsH = 16
	maxLabelLen = 20
	yearWidth   = 28 // room for a year under the columns
)

// barChart lays bars out as rows: a label, a bar as long as its count
// relative to the largest, the count after it.
func barChart(id, title, desc string, bars []bar) chart {
	c := chart{ID: id, Title: title, Desc: desc, Width: chartWidth, Height: rowHeight * len(bars), Bars: bars}
	most := mostOf(bars)
	for i := range c.Bars {
		b := &c.Bars[i]
		b.Y, b.H = i*rowHeight+3, rowHeight-6
		b.X, b.W = labelWidth, max(1, b.Count*(chartWidth-labelWidth-50)/most)
		b.LabelX, b.LabelY = labelWidth+b.W+4, i*rowHeight+rowHeight-6
		b.ShowLabel, b.Text = true, b.Label
		if r := []rune(b.Label); len(r) > maxLabelLen {
			b.Text = string(r[:maxLabelLen-1]) + "…"
		}
	}
	return c
}

// columnChart lays bars out as columns, one a month, labelled by year
// under each January (and the first month).
func columnChart(id, title, desc string, bars []bar) chart {
	c := chart{ID: id, Title: title, Desc: desc, Width: chartWidth, Height: colsHeight + colsLabelsH, Bars: bars, Columns: true}
	if len(bars) == 0 {
		return c
	}
	most, w := mostOf(bars), max(chartWidth/len(bars), 2)
	c.Width = max(w*len(bars), chartWidth)
	lastLabel := -yearWidth
	for i := range c.Bars {
		b := &c.Bars[i]
		b.X, b.W = i*w, max(w-1, 1)
		b.H = max(1, b.Count*(colsHeight-8)/most)
		if b.Count == 0 {
			b.H = 0
		}
		b.Y = colsHeight - b.H
		b.LabelX, b.LabelY = b.X, colsHeight+colsLabelsH-3
		b.Text = b.Label[:min(4, len(b.Label))]
		b.ShowLabel = (i == 0 || strings.HasSuffix(b.Label, "-01")) && b.X-lastLabel >= yearWidth && b.X+yearWidth <= c.Width
		if b.ShowLabel {
			lastLabel = b.X
		}
	}
	return c
}

func mostOf(bars []bar) int {
	most := 1
	for _, b := range bars {
		most = max(most, b.Count)
	}
	return most
}

// overviewCharts draws the actions by status, by owner (the ten owning
// most) and by month of their meeting; each count is what its link shows.
func overviewCharts(p *page, today string, actions []store.ActionRow) []chart {
	var status []bar
	for _, st := range statuses {
		t := tracker{Status: st, Today: today}
		n := 0
		for _, a := range actions {
			if t.hasStatus(a) {
				n++
			}
		}
		status = append(status, bar{Label: p.T("status." + st), Link: p.Link("/actions", "status", st), Count: n})
	}
	var owners []bar
	for _, o := range store.OwnerCounts(actions) {
		owners = append(owners, bar{Label: o.Name, Link: p.Link("/actions", "owner", o.Name), Count: o.Count})
	}
	owners = owners[:min(len(owners), 10)]
	for _, bs := range [][]bar{status, owners} {
		for i := range bs {
			bs[i].Tip = bs[i].Label + p.T("colon") + p.Tf("actions.count", bs[i].Count)
		}
	}
	return []chart{
		barChart("c-status", p.T("chart.status"), p.T("chart.status.desc"), status),
		barChart("c-owner", p.T("chart.owner"), p.T("chart.owner.desc"), owners),
		columnChart("c-month", p.T("chart.month"), p.T("chart.month.desc"), monthBars(p, actions)),
	}
}

// monthBars counts the actions by month of their meeting, every month from
// the first to the last, empty ones too.
func monthBars(p *page, actions []store.ActionRow) []bar {
	n := map[string]int{}
	for _, a := range actions {
		if len(a.MeetingDate) >= 7 {
			n[a.MeetingDate[:7]]++
		}
	}
	if len(n) == 0 {
		return nil
	}
	months := make([]string, 0, len(n))
	for m := range n {
		months = append(months, m)
	}
	slices.SortFunc(months, cmp.Compare)
	first, err1 := time.Parse("2006-01", months[0])
	last, err2 := time.Parse("2006-01", months[len(months)-1])
	if err1 != nil || err2 != nil {
		return nil
	}
	var out []bar
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		key := m.Format("2006-01")
		end := m.AddDate(0, 1, -1).Format(time.DateOnly)
		out = append(out, bar{Label: key, Count: n[key],
			Link: p.Link("/actions", "from", m.Format(time.DateOnly), "to", end),
			Tip:  monthName(p.Lang, m) + p.T("colon") + p.Tf("actions.count", n[key])})
	}
	return out
}

// monthName is "mars 2019", "March 2019".
func monthName(lang string, m time.Time) string {
	return months[lang][m.Month()-1] + " " + m.Format("2006")
}
