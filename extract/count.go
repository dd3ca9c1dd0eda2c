package extract

import (
	"strconv"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// A participant count: "Nombre de participants : 18"; "21 Participants";
// "plus de 40 personnes".
var (
	countRe    = normalize.MustExpr(`(?i)(?:^|[^\d])(\d{1,4})\)?\s+(?:participant|personnes\b|participant\.?e\.?s)`)
	countLabel = normalize.MustExpr(`(?i)(?:nombre de participants|nombre de presents|participants)\s*:\s*(\d{1,4})\b`)
)

// gathering marks a sentence that counts the meeting's attendance: "Cette
// retraite a regroupé plus de 40 personnes", "Nous étions 12 personnes".
var gathering = normalize.MustExpr(`\b(reunion|retraite|atelier|seance|presents?|presentes|regroupe|rassemble|reuni|etions|etaient|participe|pris part)\b`)

func readCount(m *minutes.Meeting, us []unit, fs []field) {
	for i, u := range us {
		text := normalize.Fold(u.Text)
		sub := countLabel.FindStringSubmatch(text)
		if sub == nil && (i < head || gathering.MatchString(text)) {
			sub = countRe.FindStringSubmatch(text)
		}
		if sub == nil {
			continue
		}
		if n, err := strconv.Atoi(sub[1]); err == nil && n > 1 {
			m.ParticipantCount, m.Sources["participant_count"] = n, u.Src
			return
		}
	}
}
