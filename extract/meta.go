package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// Labels of header fields, folded ("Lieu et date :", "HEURE", "Objet").
var (
	titleLabel = regexp.MustCompile(`^(reunion|titre|objet|intitule|theme de la reunion)$`)
	dateLabel  = regexp.MustCompile(`^(date|dates|lieu et date|date et lieu|date de la reunion|date et heure|jour)$`)
	timeLabel  = regexp.MustCompile(`^(heure|heures|horaire|horaires|date et heure|duree)$`)
	placeLabel = regexp.MustCompile(`^(lieu|lieux|lieu et date|date et lieu|salle|adresse|localite)$`)
	countRe    = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,4})\s+(?:participant|personnes\b|participant\.?e\.?s)`)
	countLabel = regexp.MustCompile(`(?i)(?:nombre de participants|nombre de presents|participants)\s*:\s*(\d{1,4})\b`)
	// "Nombre de participants : 18"; "21 Participants"; "plus de 40 personnes".
)

// head is how many units from the top header facts are looked for in.
const head = 12

func readTitle(m *minutes.Meeting, d *doc.Document, us []unit, fs []field) {
	if f, ok := find(fs, titleLabel); ok && f.Value != "" {
		m.Title, m.Sources["title"] = f.Value, f.Src
		return
	}
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if u.Kind == "heading" && u.Level <= 2 {
			m.Title, m.Sources["title"] = u.Text, u.Src
			return
		}
	}
	if len(us) > 0 {
		u := us[0]
		if _, _, label := splitLabel(u.Text); !label && !u.InCell && u.Kind == "paragraph" &&
			words(u.Text) <= 20 && !strings.HasSuffix(u.Text, ".") {
			m.Title, m.Sources["title"] = u.Text, u.Src
			return
		}
	}
	if d.Title != "" {
		m.Title = d.Title
		m.Sources["title"] = minutes.Source{Text: d.Title}
	}
}

func readDate(m *minutes.Meeting, us []unit, fs []field) {
	if f, ok := find(fs, dateLabel); ok {
		if start, end, ok := normalize.Date(f.Value); ok {
			m.Date, m.EndDate, m.Sources["date"] = start, end, f.Src
			return
		}
	}
	if start, end, ok := normalize.Date(m.Title); ok {
		m.Date, m.EndDate, m.Sources["date"] = start, end, m.Sources["title"]
		return
	}
	for i, u := range us {
		if i >= head {
			break
		}
		if start, end, ok := normalize.Date(u.Text); ok {
			m.Date, m.EndDate, m.Sources["date"] = start, end, u.Src
			return
		}
	}
}

var (
	endTimeRe   = regexp.MustCompile(`(?i)(fin de (la )?(reunion|seance)|se termine|se terminant|levee|cloture|clos|termine|fin\s*:)`)
	startTimeRe = regexp.MustCompile(`(?i)(debut|commence|ouverture|ouverte|demarre|heure de debut)`)
)

func readTimes(m *minutes.Meeting, us []unit, fs []field) {
	if f, ok := find(fs, timeLabel); ok {
		if start, end, ok := normalize.Time(f.Value); ok {
			m.StartTime, m.EndTime, m.Sources["start_time"] = start, end, f.Src
			return
		}
	}
	for i, u := range us {
		if i >= head && !endTimeRe.MatchString(normalize.Fold(u.Text)) {
			continue
		}
		start, end, ok := normalize.Time(u.Text)
		if !ok || words(u.Text) > 40 {
			continue
		}
		folded := normalize.Fold(u.Text)
		switch {
		case end == "" && endTimeRe.MatchString(folded) && !startTimeRe.MatchString(folded):
			if m.EndTime == "" {
				m.EndTime, m.Sources["end_time"] = start, u.Src
			}
		case m.StartTime == "" && i < head:
			m.StartTime, m.EndTime, m.Sources["start_time"] = start, end, u.Src
		}
	}
}

func readPlace(m *minutes.Meeting, us []unit, fs []field) {
	if f, ok := find(fs, placeLabel); ok && f.Value != "" {
		m.Location, m.Sources["location"] = placeOnly(f.Value), f.Src
	} else {
		for i, u := range us {
			if i >= head || u.Kind == "list_item" {
				break
			}
			if _, _, ok := normalize.Date(u.Text); !ok || words(u.Text) > 14 {
				continue
			}
			if p := placeOnly(u.Text); p != "" && p != u.Text && words(p) <= 8 && strings.Contains(p, " ") {
				m.Location, m.Sources["location"] = p, u.Src
				break
			}
		}
	}
	if r, ok := normalize.Region(m.Location); ok {
		m.Region = r
	} else if r, ok := normalize.Region(m.Title); ok {
		m.Region = r
	}
}

// datePart matches where a date begins in "UNHCR – Bamako, 5 Avril 2017"
// or "Grand Hôtel de Bamako, du 19 au 20 mars 2025".
var datePart = regexp.MustCompile(`(?i)[,;–-]?\s*(le\s+|du\s+|les\s+)?((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*)?\d{1,2}(er|e)?\s*(au|[-/.]|\s+[a-zéû]+)`)

// placeOnly removes a date written after a place.
func placeOnly(s string) string {
	loc := datePart.FindStringIndex(s)
	if loc == nil {
		return strings.TrimSpace(strings.TrimRight(s, ".,;"))
	}
	return strings.TrimSpace(strings.TrimRight(s[:loc[0]], " ,;–-"))
}

// gathering marks a sentence that counts the meeting's attendance: "Cette
// retraite a regroupé plus de 40 personnes", "Nous étions 12 personnes".
var gathering = regexp.MustCompile(`\b(reunion|retraite|atelier|seance|presents?|presentes|regroupe|rassemble|reuni|etions|etaient|participe)\b`)

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

var clusterRe = regexp.MustCompile(`(?i)\b((sous[- ])?cluster\s+[A-ZÉa-zé/]+(\s+(alimentaire|de l'enfant|et nutrition))?|inter[- ]?clusters?|ICC\b|GT\s+[A-Z][\wé]+|groupe de travail\s+[\wé]+|AoR\s+\w+)`)

func readCluster(m *minutes.Meeting, us []unit) {
	texts := []string{m.Title}
	for i, u := range us {
		if i >= head {
			break
		}
		texts = append(texts, u.Text)
	}
	for _, t := range texts {
		if c := clusterRe.FindString(t); c != "" {
			m.Cluster = clusterName(c)
			return
		}
	}
}

// clusterName gives a cluster its usual spelling: "CLUSTER SANTE" and
// "Cluster Santé" are one.
func clusterName(s string) string {
	f := normalize.Fold(s)
	switch {
	case strings.HasPrefix(f, "inter") || f == "icc":
		return "ICC"
	case strings.Contains(f, "sante"):
		return "Cluster Santé"
	case strings.Contains(f, "protection"):
		return "Cluster Protection"
	}
	return s
}

var (
	reportTitle = regexp.MustCompile(`\b(rapport|bilan|atelier|retraite|evaluation)\b`)
	newsTitle   = regexp.MustCompile(`\b(actualites?|communique|article|news)\b`)
)

// kind classifies the document: minutes of a meeting, a report (workshop,
// mission), a news article, or other.
func kind(d *doc.Document, m *minutes.Meeting) string {
	t := normalize.Fold(m.Title)
	switch {
	case reportTitle.MatchString(t):
		return minutes.KindReport
	case d.Format == doc.HTML && len(m.Agenda) == 0 && len(m.Actions) == 0:
		return minutes.KindNews
	case newsTitle.MatchString(t):
		return minutes.KindNews
	case len(m.Actions) > 0 || len(m.Agenda) > 0 || m.Date != "":
		return minutes.KindMinutes
	}
	return minutes.KindOther
}
