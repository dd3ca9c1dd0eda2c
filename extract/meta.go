package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// Labels of header fields, folded ("Lieu et date :", "HEURE", "Objet").
var (
	titleLabel = regexp.MustCompile(`^(reunion|titre|objet|intitule|theme de la reunion)$`)
	countRe    = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,4})\)?\s+(?:participant|personnes\b|participant\.?e\.?s)`)
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
	if i, ok := titleHeading(us); ok {
		m.Title, m.Sources["title"] = us[i].Text, us[i].Src
		if prev := i - 1; prev >= 0 && us[prev].Kind == "heading" && !us[prev].InCell && us[prev].Level < us[i].Level &&
			strongTitle.MatchString(normalize.Fold(us[i].Text)) && !letterhead.MatchString(normalize.Fold(us[prev].Text)) {
			// "PORTAIL NATIONAL FONCIER ECONOMIQUE" above "Compte-rendu du
			// comité de pilotage du 25 mai 2023 – Paris"
			m.Title = us[prev].Text + " " + m.Title
			m.Sources["title"] = us[prev].Src
		}
		return
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

// minutesTitle marks the heading that names the meeting: "Compte rendu
// réunions du 15 avril 2013", "CR de réunion du 3 juillet 2025".
var minutesTitle = regexp.MustCompile(`\b(compte[ -]?rendu|cr|proces[ -]verbal|pv|reunions?|seance|comite|conseil|assemblee|atelier|retraite)\b`)

// letterhead matches the heading of an administration's letterhead.
var letterhead = regexp.MustCompile(`^(republique|ministere|un peuple|cabinet|secretariat general|direction)\b`)

// sectionTitle reports whether a heading opens a section rather than
// naming the document: numbered ("1- Introduction …") or a section's
// usual name ("Objectifs", "Participants", "Ordre du jour").
func sectionTitle(s string) bool {
	f := normalize.Fold(strings.TrimRight(s, " :"))
	return sectionNumber.MatchString(s) || objectivesLabel.MatchString(f) || agendaLabel.MatchString(f) || skipHeading.MatchString(f)
}

// strongTitle marks a heading that can only be the minutes' title: "Compte
// rendu …", "CR de réunion du …", "Procès-verbal …".
var strongTitle = regexp.MustCompile(`\b(compte[ -]?rendu|cr|proces[ -]verbal|pv|reunions?|seance)\b`)

// titleHeading finds the title among the first headings: the first one
// that names a meeting, else the first of level 1 or 2. A site name above
// a blog post ("association KerNEL") is passed over.
func titleHeading(us []unit) (int, bool) {
	first, named := -1, -1
	section := false // a section heading came first: later headings are sections too
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if u.Kind != "heading" {
			continue
		}
		section = section || sectionTitle(u.Text)
		f := normalize.Fold(u.Text)
		if strongTitle.MatchString(f) {
			return i, true
		}
		if named < 0 && minutesTitle.MatchString(f) {
			named = i // "Comité …", "Conseil …": a letterhead may say it too
		}
		if first < 0 && u.Level <= 2 && !section {
			first = i
		}
	}
	if i, ok := titleLine(us); ok {
		return i, true
	}
	if named >= 0 {
		return named, true
	}
	if first >= 0 {
		return first, true
	}
	// A line that names the meeting and gives its date, not styled as a heading.
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if _, _, ok := normalize.Date(u.Text); ok && words(u.Text) <= 15 && minutesTitle.MatchString(normalize.Fold(u.Text)) {
			return i, true
		}
	}
	return -1, false
}

// opensTitle matches a line that opens as the minutes' title: "COMPTE
// RENDU DE LA REUNION DU CLUSTER SANTE", "Procès-verbal de la séance …".
var opensTitle = regexp.MustCompile(`^(le |la )?(compte[ -]?rendu|cr|proces[ -]verbal|pv|reunion|seance)\b`)

// titleLine finds a paragraph, not styled as a heading, that is the title:
// short, without a full stop, opening with the words of a title or
// written in capitals with them, under a letterhead ("REPUBLIQUE DU MALI").
func titleLine(us []unit) (int, bool) {
	for i, u := range us {
		if i >= head || u.InCell {
			break
		}
		if u.Kind != "paragraph" || words(u.Text) > 20 || strings.HasSuffix(u.Text, ".") {
			continue
		}
		if _, _, labelled := splitLabel(u.Text); labelled {
			continue
		}
		f := normalize.Fold(u.Text)
		if opensTitle.MatchString(f) || strings.ToUpper(u.Text) == u.Text && strongTitle.MatchString(f) {
			return i, true
		}
	}
	return -1, false
}

// heldOn marks a date that is the meeting's, not a publication's:
// "organisée le 27 juin 2020", "réunion du 3 juillet 2025"; the date
// follows the cue ("ont organisé le transfert" dates nothing).
var heldOn = regexp.MustCompile(`\b(organisee?s?|tenue?s?|reuni(e|s|es)?|reunions?|seance|eu lieu|s'est deroulee?|rencontre|journee|atelier|retraite|cr|compte[ -]?rendu) (le |du |les |des |en date du )(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?\d`)

func readDate(m *minutes.Meeting, us []unit, fs []field) {
	if f, ok := findLabel(fs, dateWords); ok {
		if start, end, ok := normalize.Date(f.Value); ok {
			m.Date, m.EndDate, m.Sources["date"] = start, end, f.Src
			return
		}
	}
	if start, end, ok := normalize.Date(m.Title); ok {
		m.Date, m.EndDate, m.Sources["date"] = start, end, m.Sources["title"]
		return
	}
	first := -1
	for i, u := range us {
		if i >= head {
			break
		}
		if nextMeeting.MatchString(normalize.Fold(u.Text)) {
			continue
		}
		start, end, ok := normalize.Date(u.Text)
		if !ok {
			continue
		}
		if heldOn.MatchString(normalize.Fold(u.Text)) {
			m.Date, m.EndDate, m.Sources["date"] = start, end, u.Src
			return
		}
		if first < 0 {
			first = i
			m.Date, m.EndDate, m.Sources["date"] = start, end, u.Src
		}
	}
	if first >= 0 {
		if d, ok := yearless(m.Title, m.Date); ok {
			// "Compte rendu réunion du 11 février", published 14/02/2013.
			m.Date, m.EndDate, m.Sources["date"] = d, "", m.Sources["title"]
		}
	}
}

var dayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b`)

// yearless reads a day and month written without a year in s, taking the
// year of the nearby date near; ok is false when s has none.
// metadataYear dates minutes whose top gives the day and month but no year
// ("Séance publique tenue le 20 juin") when the file's metadata title gives
// the same day with its year ("… séance publique du 20 juin 2023"). A
// metadata date that the text does not repeat is not trusted: titles are
// often inherited from a template.
func metadataYear(m *minutes.Meeting, d *doc.Document, us []unit) {
	meta, _, ok := normalize.Date(d.Title)
	if m.Date != "" || !ok {
		return
	}
	for i, u := range us {
		if i >= head {
			break
		}
		if nextMeeting.MatchString(normalize.Fold(u.Text)) {
			continue
		}
		if day, ok := yearless(u.Text, meta); ok && day == meta {
			m.Date, m.Sources["date"] = meta, u.Src
			return
		}
	}
}

func yearless(s, near string) (string, bool) {
	m := dayMonth.FindString(s)
	if m == "" || len(near) < 4 {
		return "", false
	}
	d, _, ok := normalize.Date(m + " " + near[:4])
	if !ok || d > near {
		return "", false
	}
	return d, true
}

var (
	endTimeRe   = regexp.MustCompile(`(?i)(fin de (la )?(reunion|seance)|heures? de fin|se termine|se terminant|levee|cloture|clos|termine|^fin\b)`)
	durationRe  = regexp.MustCompile(`\bduree\b.*?(\d{1,2})\s*(heures?|h)\s*(\d{1,2})?`)
	startTimeRe = regexp.MustCompile(`(?i)(debut|commence|ouverture|ouverte|demarre|heure de debut)`)
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
var heldIn = regexp.MustCompile(`(?i)\b(?:(?:s['’]est|se sont|se tient|se tiennent|a été|ont été|a eu|ont eu|ont tenu|a tenu)\s+(?:(?:tenue?s?|déroulée?s?|organisée?s?|lieu|réunie?s?|leur|sa|son)\b[^.]*?)?|(?:se (?:tient|tiennent|déroule|déroulent)|a lieu)\b[^.]*?)(?:^|\s)(?:dans|à|au|en|sur)\s+(?:la |le |les |l['’]|une |un )?((?:(?:grande?|petite?|nouvelle?|nouveaux?|ancienne?)\s+)?(?:` + alternation(cuePlaceNoun) + `)(?:[^\p{L}][^,.;]*)?)`)

// placeEnd ends the place named in such a sentence: the subject that
// follows it, or a time.
var placeEnd = regexp.MustCompile(`(?i)\s+(?:(?:la|une|le|l['’])\s*(?:réunion|rencontre|séance|session|atelier|comité)|(?:de|du|à|le|sous|avec)\s+(?:\d|la présidence))`)

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
	placeBeforeDate = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:(?i:le|ce)\s+)?(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?\d{1,2}`)
	placeAfterDate  = regexp.MustCompile(`\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}\s+(?:à|a)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})`)
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
var placeWords = regexp.MustCompile(`\b(hotel|salle|siege|bureaux?|locaux|mairie|maison|centre|hall|auditorium|campus|espace|visio|visioconference|en ligne|zoom|teams)\b`)

// afterDate matches a short place after a date and a dash: "... 2023 – Paris".
var afterDate = regexp.MustCompile(`\d{4}\s*[–—-]\s*([A-ZÀ-Þ][\p{L}'’ -]{1,40})$`)

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

var dashSep = regexp.MustCompile(`\s+[–—-]\s+`)

// placeLike reports whether s reads as a place: a known town or a place word.
func placeLike(s string) bool {
	if _, ok := normalize.Region(s); ok {
		return true
	}
	return placeWords.MatchString(normalize.Fold(s))
}

// datePart matches where a date begins in "UNHCR – Bamako, 5 Avril 2017"
// or "Grand Hôtel de Bamako, du 19 au 20 mars 2025".
var datePart = regexp.MustCompile(`(?i)[,;–-]?\s*(le\s+|du\s+|les\s+)?((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*)?\d{1,2}(er|e)?\s*(au|[-/.]|\s+[a-zéû]+)`)

// timePart matches where a time begins after a place: "…, début ; 10h",
// "…, de 9h à 12h", "…, 10h30".
var timePart = regexp.MustCompile(`(?i)\s*[,;–-]\s*(?:d[ée]but|heure|horaire|(?:de|à|dès)\s+\d|\d{1,2}\s*[h:]\s*\d{0,2}\b)`)

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

// gathering marks a sentence that counts the meeting's attendance: "Cette
// retraite a regroupé plus de 40 personnes", "Nous étions 12 personnes".
var gathering = regexp.MustCompile(`\b(reunion|retraite|atelier|seance|presents?|presentes|regroupe|rassemble|reuni|etions|etaient|participe|pris part)\b`)

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

var clusterRe = regexp.MustCompile(`(?i)\b((sous[- ])?cluster\s+[A-ZÉa-zé/]+(\s+(alimentaire|de l'enfant|et nutrition))?|inter[- ]?clusters?|ICC\b|GT\s+[A-Z][\wé]+|groupe de travail[^()–:,\n]{2,60}|AoR\s+\w+)`)

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
			m.Cluster = clusterName(groupName(c))
			return
		}
	}
}

// groupName keeps of "Groupe de travail …" its name, up to the next
// capitalised word: "Groupe de Travail Accessibilité Commission des
// standards" is "Groupe de Travail Accessibilité"; "Groupe de Travail
// Protection de l'Enfance" stays whole.
func groupName(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 4 || normalize.Fold(strings.Join(ws[:3], " ")) != "groupe de travail" {
		return s
	}
	for i := 4; i < len(ws); i++ {
		if r := []rune(ws[i])[0]; unicode.IsUpper(r) {
			return strings.Join(ws[:i], " ")
		}
	}
	return s
}

// clusterNames are the usual names of the other clusters of the
// humanitarian system in Mali, by the word that opens them: "Cluster
// Abris et Articles Ménagers Essentiels" is "Cluster Abris/AME", "Cluster
// Eau, Hygiène et Assainissement" is "Cluster WASH".
var clusterNames = []struct {
	re   *regexp.Regexp
	name string
}{
	{regexp.MustCompile(`^(abris|ame\b|bna\b|shelter)`), "Cluster Abris/AME"},
	{regexp.MustCompile(`^(eau|eha\b|wash\b|hygiene)`), "Cluster WASH"},
	{regexp.MustCompile(`^(securite alimentaire|sa\b|food)`), "Cluster Sécurité Alimentaire"},
	{regexp.MustCompile(`^education`), "Cluster Éducation"},
	{regexp.MustCompile(`^logisti`), "Cluster Logistique"},
	{regexp.MustCompile(`^nutrition`), "Cluster Nutrition"},
	{regexp.MustCompile(`^(cccm|gestion des sites|coordination et gestion des camps)`), "Cluster CCCM"},
	{regexp.MustCompile(`^(telecom|etc\b)`), "Cluster Télécommunications d'urgence"},
	{regexp.MustCompile(`^(relevement|early)`), "Cluster Relèvement précoce"},
}

// clusterName gives a cluster its usual spelling: "CLUSTER SANTE" and
// "Cluster Santé" are one.
func clusterName(s string) string {
	f := normalize.Fold(s)
	if rest, ok := strings.CutPrefix(f, "sous"); ok && strings.HasPrefix(strings.TrimLeft(rest, "- "), "cluster ") {
		// "SOUS-CLUSTER SANTE" is the "Sous-cluster Santé" of its region.
		return "Sous-c" + clusterName(strings.TrimSpace(s[len("sous-"):]))[1:]
	}
	switch {
	case strings.HasPrefix(f, "inter") || f == "icc":
		return "ICC"
	case strings.HasPrefix(f, "cluster") && strings.Contains(f, "sante"):
		return "Cluster Santé"
	case strings.HasPrefix(f, "cluster") && strings.Contains(f, "protection"):
		return "Cluster Protection"
	}
	if strings.HasPrefix(f, "cluster ") {
		for _, c := range clusterNames {
			if c.re.MatchString(f[len("cluster "):]) {
				return c.name
			}
		}
	}
	// "CLUSTER NUTRITION" and "cluster Nutrition" are "Cluster Nutrition";
	// other bodies keep their name as written.
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(f, "cluster") && !strings.HasPrefix(f, "sous") {
		return s
	}
	orig := strings.Fields(s)
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if i > 0 && isAcronym(orig[i]) && len(orig[i]) <= 5 {
			ws[i] = orig[i] // "WASH", "VBG"
			continue
		}
		if i == 0 || len(w) > 3 {
			r := []rune(w)
			ws[i] = strings.ToUpper(string(r[:1])) + string(r[1:])
		}
	}
	if len(ws) > 0 && (ws[0] == "Gt" || ws[0] == "Aor" || ws[0] == "Icc") {
		ws[0] = strings.ToUpper(ws[0])
		if ws[0] == "AOR" {
			ws[0] = "AoR"
		}
	}
	return strings.Join(ws, " ")
}

var (
	reportTitle = regexp.MustCompile(`\b(rapport|bilan|atelier|retraite|evaluation)\b`)
	newsTitle   = regexp.MustCompile(`\b(actualites?|communique|article|news)\b`)
)

// meetingCue names a meeting, its minutes or its attendance: the words
// that tell minutes from a document that merely has sections and dates.
var meetingCue = regexp.MustCompile(`\b(reunions?|compte[ -]?rendu|cr|proces[ -]verbal|pv|comite|copil|conseil|assemblee|ag|ago|seance|ordre du jour|odj|participants?|presents?|presentes|excuses?|rencontre|groupe de travail|gt|cluster|sous-cluster|inter-?cluster|icc|bureau|commission)\b`)

// aboutMeeting reports whether the title or the top of the document names
// a meeting.
func aboutMeeting(us []unit, m *minutes.Meeting) bool {
	if meetingCue.MatchString(normalize.Fold(m.Title)) {
		return true
	}
	for i, u := range us {
		if i >= 3*head {
			break
		}
		if meetingCue.MatchString(normalize.Fold(u.Text)) {
			return true
		}
	}
	return false
}

// kind classifies the document: minutes of a meeting, a report (workshop,
// mission), a news article, or other. Minutes name a meeting at the top
// and give a date, an agenda or actions.
func kind(d *doc.Document, us []unit, m *minutes.Meeting) string {
	t := normalize.Fold(m.Title)
	switch {
	case reportTitle.MatchString(t):
		return minutes.KindReport
	case d.Format == doc.HTML && len(m.Agenda) == 0 && len(m.Actions) == 0:
		return minutes.KindNews
	case newsTitle.MatchString(t):
		return minutes.KindNews
	case (len(m.Actions) > 0 || len(m.Agenda) > 0 || m.Date != "" || attendees(m) >= 3) && aboutMeeting(us, m):
		// an attendance list says a meeting took place, as a date does
		return minutes.KindMinutes
	}
	return minutes.KindOther
}

// attendees counts who an attendance list names.
func attendees(m *minutes.Meeting) int {
	n := 0
	for _, p := range m.Participants {
		if p.Role == "participant" && !p.Excused {
			n++
		}
	}
	return n
}
