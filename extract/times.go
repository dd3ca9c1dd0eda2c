package extract

import (
	"fmt"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

var (
	endTimeRe   = normalize.MustExpr(`(?i)(fin de (la )?(reunion|seance)|heures? de fin|se termine|se terminant|levee|cloture|clos|termine|^fin\b)`)
	durationRe  = normalize.MustExpr(`\bduree\b.*?(\d{1,2})\s*(heures?|h)\s*(\d{1,2})?`)
	startTimeRe = normalize.MustExpr(`(?i)(debut|commence|ouverture|ouverte|demarre|heure de debut)`)
)

func readTimes(m *minutes.Meeting, us []unit, fs []field) {
	for _, f := range fs {
		// "Heure : 15H -16H30", "Heure de début : 9h15", "Heure de fin : 11h40"
		if !fieldLabel(f.Label, timeWords) {
			continue
		}
		start, end, ok := normalize.Time(f.Value)
		switch {
		case !ok:
		case endTimeRe.MatchString(f.Label) && m.EndTime == "":
			m.EndTime, m.Sources["end_time"] = start, f.Src
		case m.StartTime == "":
			m.StartTime, m.EndTime, m.Sources["start_time"] = start, end, f.Src
			if end != "" {
				m.Sources["end_time"] = f.Src
			}
		}
	}
	if m.StartTime != "" && m.EndTime != "" {
		return
	}
	for i, u := range us {
		if i >= head && (!strings.ContainsAny(u.Text, "0123456789") || !endTimeRe.MatchString(normalize.Fold(u.Text))) {
			continue
		}
		folded := normalize.Fold(u.Text)
		if !strings.ContainsAny(folded, "0123456789") {
			continue // no time without a digit
		}
		if d := durationRe.FindStringSubmatch(folded); d != nil {
			if m.StartTime != "" && m.EndTime == "" {
				m.EndTime, m.Sources["end_time"] = addDuration(m.StartTime, d[1], d[3]), u.Src
			}
			continue
		}
		start, end, ok := normalize.Time(u.Text)
		dateLine := m.Date != "" && u.Src.Block == m.Sources["date"].Block && u.Src.Row == m.Sources["date"].Row
		if !ok || words(u.Text) > 60 || words(u.Text) > 12 && !dateLine && !startTimeRe.MatchString(folded) && !startWords.any(folded) && !endTimeRe.MatchString(folded) || nextMeeting.MatchString(folded) {
			continue
		}
		switch {
		case end == "" && endTimeRe.MatchString(folded) && !startTimeRe.MatchString(folded):
			if m.EndTime == "" {
				m.EndTime, m.Sources["end_time"] = start, u.Src
			}
		case m.StartTime == "" && i < head:
			m.StartTime, m.EndTime, m.Sources["start_time"] = start, end, u.Src
			if end != "" {
				m.Sources["end_time"] = u.Src
			}
		}
	}
}

// addDuration adds hours and minutes to an HH:MM time.
func addDuration(start, hours, mins string) string {
	var h, m, dh, dm int
	fmt.Sscanf(start, "%d:%d", &h, &m)
	fmt.Sscanf(hours, "%d", &dh)
	fmt.Sscanf(mins, "%d", &dm)
	t := (h*60 + m + dh*60 + dm) % (24 * 60)
	return fmt.Sprintf("%02d:%02d", t/60, t%60)
}
