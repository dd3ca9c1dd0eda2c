package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

func readPlace(m *minutes.Meeting, us []unit, fs []field) {
	if f, ok := findLabel(fs, placeWordsLex); ok && f.Value != "" {
		m.Location, m.Sources["location"] = placeOnly(f.Value), f.Src
	} else {
		for i, u := range us {
			if i >= head || u.Kind == "list_item" {
				break
			}
			if _, _, ok := normalize.Date(u.Text); !ok || words(u.Text) > 14 {
				continue
			}
			if p := lastSegment(placeOnly(u.Text)); p != "" && p != u.Text && words(p) <= 8 && placeLike(p) {
				m.Location, m.Sources["location"] = p, u.Src
				break
			}
			if p := afterDate.FindStringSubmatch(u.Text); p != nil {
				// "Compte-rendu du comité de pilotage du 25 mai 2023 – Paris"
				m.Location, m.Sources["location"] = p[1], u.Src
				break
			}
		}
	}
	if m.Location == "" {
		heldInPlace(m, us)
	}
	if m.Location == "" {
		datelinePlace(m, us)
	}
	if r, ok := normalize.Region(m.Location); ok {
		m.Region = r
	} else if r, ok := normalize.Region(m.Title); ok {
		m.Region = r
	}
}

// heldIn finds the place in a sentence that says where the meeting was
// held: "… s'est tenue dans la salle de conférence de la DRS de Ségou la
// réunion mensuelle …".
var heldIn = normalize.MustExpr(`(?i)\b(?:(?:s['’]est|se sont|se tient|se tiennent|a été|ont été|a eu|ont eu|ont tenu|a tenu)\s+(?:(?:tenue?s?|déroulée?s?|organisée?s?|lieu|réunie?s?|leur|sa|son)\b[^.]*?)?|(?:se (?:tient|tiennent|déroule|déroulent)|a lieu)\b[^.]*?)(?:^|\s)(?:dans|à|au|en|sur)\s+(?:la |le |les |l['’]|une |un )?((?:(?:grande?|petite?|nouvelle?|nouveaux?|ancienne?)\s+)?(?:` + alternation(cuePlaceNoun) + `)(?:[^\p{L}][^,.;]*)?)`)

// placeEnd ends the place named in such a sentence: the subject that
// follows it, or a time.
var placeEnd = normalize.MustExpr(`(?i)\s+(?:(?:la|une|le|l['’])\s*(?:réunion|rencontre|séance|session|atelier|comité)|(?:de|du|à|le|sous|avec)\s+(?:\d|la présidence))`)

func heldInPlace(m *minutes.Meeting, us []unit) {
	for i, u := range us {
		if i >= head {
			break
		}
		sm := heldIn.FindStringSubmatch(u.Text)
		if sm == nil {
			continue
		}
		place := sm[1]
		if loc := placeEnd.FindStringIndex(place); loc != nil {
			place = place[:loc[0]]
		}
		if place = strings.TrimSpace(place); words(place) <= 20 {
			m.Location, m.Sources["location"] = place, u.Src
			return
		}
	}
}

// dateline is a place written before or after the date at the top:
// "Goma, le 12 mars 2019", "Bunyakiri, 8 mai 2025 – …", "… le 16 décembre
// 2015 à Cavan".
var (
	placeBeforeDate = normalize.MustExpr(`^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:(?i:le|ce)\s+)?(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?\d{1,2}`)
	placeAfterDate  = normalize.MustExpr(`\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}\s+(?:à|a)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})`)
)

// datelinePlace reads the place of a dateline among the first lines, when
// nothing else names one.
func datelinePlace(m *minutes.Meeting, us []unit) {
	for i, u := range us {
		if i >= head {
			return
		}
		if !strings.ContainsAny(u.Text, "0123456789") {
			continue
		}
		if _, _, ok := normalize.Date(u.Text); !ok {
			continue
		}
		var place string
		if sm := placeBeforeDate.FindStringSubmatch(u.Text); sm != nil {
			place = sm[1]
		} else if sm := placeAfterDate.FindStringSubmatch(u.Text); sm != nil {
			place = sm[1]
		}
		if place == "" || !personShaped(strings.Fields(place)) && !placeLike(place) {
			continue
		}
		if _, ok := normalize.Organization(place); ok {
			continue
		}
		m.Location, m.Sources["location"] = place, u.Src
		return
	}
}

// placeWords mark a place: "Grand Hôtel de Bamako", "Salle de réunion".
var placeWords = normalize.MustExpr(`\b(hotel|salle|siege|bureaux?|locaux|mairie|maison|centre|hall|auditorium|campus|espace|visio|visioconference|en ligne|zoom|teams)\b`)

// afterDate matches a short place after a date and a dash: "... 2023 – Paris".
var afterDate = normalize.MustExpr(`\d{4}\s*[–—-]\s*([A-ZÀ-Þ][\p{L}'’ -]{1,40})$`)

// lastSegment keeps of "Réunion de coordination WASH – Tombouctou" the
// part after the last dash when it reads as a place: a title runs into the
// place before the date.
func lastSegment(s string) string {
	parts := dashSep.Split(s, -1)
	if last := strings.TrimSpace(parts[len(parts)-1]); len(parts) > 1 && placeLike(last) {
		return last
	}
	return s
}

var dashSep = normalize.MustExpr(`\s+[–—-]\s+`)

// placeLike reports whether s reads as a place: a known town or a place word.
func placeLike(s string) bool {
	if _, ok := normalize.Region(s); ok {
		return true
	}
	return placeWords.MatchString(normalize.Fold(s))
}

// datePart matches where a date begins in "UNHCR – Bamako, 5 Avril 2017"
// or "Grand Hôtel de Bamako, du 19 au 20 mars 2025".
var datePart = normalize.MustExpr(`(?i)[,;–-]?\s*(le\s+|du\s+|les\s+)?((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*)?\d{1,2}(er|e)?\s*(au|[-/.]|\s+[a-zéû]+)`)

// timePart matches where a time begins after a place: "…, début ; 10h",
// "…, de 9h à 12h", "…, 10h30".
var timePart = normalize.MustExpr(`(?i)\s*[,;–-]\s*(?:d[ée]but|heure|horaire|(?:de|à|dès)\s+\d|\d{1,2}\s*[h:]\s*\d{0,2}\b)`)

// placeOnly removes a date or a time written after a place.
func placeOnly(s string) string {
	if loc := timePart.FindStringIndex(s); loc != nil {
		s = s[:loc[0]] // "Salle de Réunion du Bureau de l’OMS, début ; 10h."
	}
	loc := datePart.FindStringIndex(s)
	if loc == nil {
		return strings.TrimSpace(strings.TrimRight(s, ".,;"))
	}
	return strings.TrimSpace(strings.TrimRight(s[:loc[0]], " ,;–-"))
}
