package extract

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// agendaLabel matches the folded label of an agenda: "Ordre du jour",
// "Agenda :", "Points à l'ordre du jour", "ODJ".
var agendaLabel = normalize.MustExpr(`^(?:(?:[\p{L}']+ ){0,4}(?:a |de |d')?(?:l')?ordre du jour|(?:l'|l )?ordre du jour|agenda|odj|programme de la (?:reunion|rencontre|seance|journee))\b`)

// isAgendaLabel reports whether a folded label announces the agenda:
// "Ordre du jour", "Points d’ordre du jour", "A l’ordre du jour figurait
// quatre points", "L’ordre du jour de la rencontre", "Agenda de la
// réunion"; not the next meeting's.
func isAgendaLabel(label string) bool {
	return agendaLabel.MatchString(label) && words(label) <= 10 && !otherWords.any(label) && !strings.Contains(label, "suivi")
}

// objectivesLabel: minutes without an agenda sometimes list the meeting's
// "Objectifs" instead.
var objectivesLabel = normalize.MustExpr(`^(objectifs?|objectifs? de la reunion|points? abordes|sujets? abordes)$`)

// topicsLabel: minutes without an agenda sometimes list the points they
// took up ("Points abordés"); a meeting's objectives are not its agenda
// (Abala camp, HCT Haïti).
var topicsLabel = normalize.MustExpr(`^(points? abordes|sujets? abordes|points? discutes|questions? abordees|points? examines)$`)

// numbering matches a leading item number or bullet: "1.", "1-", "2)",
// "a)", "iii.", "•".
var numbering = normalize.MustExpr(`^\s*(\(?\d{1,2}(\.\d{1,2})*\s*[.)\-–°/:]?|\(?[a-hA-H][.)]|\(?[ivxIVX]{1,4}[.)]|[•\-–▪●◦■*►➢✓])\s+`)

// stripNumber removes an item's number and a list's trailing punctuation.
func stripNumber(s string) string {
	s = numbering.ReplaceAllString(s, "")
	return strings.TrimSpace(strings.TrimRight(s, " ,;."))
}

func agenda(d *doc.Document, us []unit, fs []field) []minutes.AgendaItem {
	var items []minutes.AgendaItem
	for _, f := range fs {
		if !isAgendaLabel(f.Label) {
			continue
		}
		items = agendaFromField(f)
		if len(items) > 0 {
			break
		}
	}
	labelled := len(items) >= 2
	for _, it := range tableAgenda(d, labelled) {
		if !similarItem(items, it.Title) {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		items = groupAgenda(d)
	}
	if len(items) == 0 {
		items = announcedSections(us)
	}
	if len(items) == 0 {
		if f, ok := find(fs, topicsLabel); ok {
			items = agendaFromField(f)
		}
	}
	if len(items) == 0 {
		items = proseAgenda(us)
	}
	if len(items) == 0 && !reportTitle.MatchString(normalize.Fold(firstHeading(us))) {
		items = headingAgenda(us)
	}
	if len(items) == 0 && !reportTitle.MatchString(normalize.Fold(firstHeading(us))) {
		items = numberedSections(us)
	}
	if len(items) == 0 && !reportTitle.MatchString(normalize.Fold(firstHeading(us))) {
		items = outlineTopics(us)
	}
	for i := range items {
		items[i].Position = i + 1
	}
	return items
}

func agendaFromField(f field) []minutes.AgendaItem {
	var items []minutes.AgendaItem
	if f.Value != "" && !(len(f.Follow) > 1 && f.Follow[0].InCell) {
		for _, part := range splitAgendaLine(f.Value) {
			src := f.Src
			src.Text = f.Value
			items = append(items, minutes.AgendaItem{Title: part, Source: src})
		}
		return items
	}
	list := false
	var us []unit
	for _, u := range f.Follow {
		if u.Kind == "list_item" {
			list = true
		} else if list && !itemNumber.MatchString(u.Text) || words(u.Text) > 25 {
			break // prose after the list; a numbered line goes on with it
		}
		us = append(us, u)
	}
	for _, u := range topLevel(us) {
		parts := []string{stripNumber(u.Text)}
		if u.Kind != "list_item" {
			parts = splitAgendaLine(u.Text) // "1. Situation … ; 2. Riposte … ; 3. Divers"
		}
		for _, t := range parts {
			if t != "" && !strings.HasSuffix(t, ":") && !isAgendaLabel(normalize.Fold(t)) {
				items = append(items, minutes.AgendaItem{Title: t, Source: u.Src})
			}
		}
	}
	return items
}

// itemNumber is the number of a point: "1.", "2)", "IV.", "3-".
var itemNumber = normalize.MustExpr(`^\s*\(?(?:\d{1,2}|[IVX]{1,4})\s*[.)\-–]\s*\S`)

// topLevel keeps an agenda's points, not their sub-points: where some
// lines are numbered ("1.", "II.") and others not, the numbered ones;
// else the lines of the outermost list level. "1. Situation humanitaire"
// then "• Mise à jour du ciblage" is one point; "2." then "b." is one.
func topLevel(us []unit) []unit {
	numbered, plain := 0, 0
	minLevel := 99
	for _, u := range us {
		if itemNumber.MatchString(u.Marker+" "+u.Text) || itemNumber.MatchString(u.Text) {
			numbered++
		} else {
			plain++
		}
		if u.Kind == "list_item" {
			minLevel = min(minLevel, u.Level)
		}
	}
	first := "" // the bullet of the outer list: "•" over "–"
	for _, u := range us {
		if m := bulletMark(u); m != "" {
			first = m
			break
		}
	}
	var out []unit
	for _, u := range us {
		isNumbered := itemNumber.MatchString(u.Marker+" "+u.Text) || itemNumber.MatchString(u.Text)
		switch {
		case numbered > 0 && plain > 0 && !isNumbered:
		case u.Kind == "list_item" && u.Level > minLevel:
		case numbered == 0 && first != "" && bulletMark(u) != "" && bulletMark(u) != first:
		default:
			out = append(out, u)
		}
	}
	return out
}

// proseTopic matches an agenda stated in a sentence: "X introduit l'ordre
// du jour du comité consacré à la présentation du PCAET", "L'ordre du jour
// portait sur le bilan de la saison".
var proseTopic = normalize.MustExpr(`(?i)\bordre du jour\b[^.;:]*?\b(?:consacrée?s? (?:à|au|aux)|port(?:e|ait|era|ant) sur|concern(?:e|ait|ant))\s+(.+)$`)

// leadingArticle is the article before a topic named in a sentence: "la
// présentation du PCAET" is the point "présentation du PCAET".
var leadingArticle = normalize.MustExpr(`^(?i:(?:les?|la|une?|des)\s+|l['’]\s*)`)

// proseAgenda reads an agenda stated in a sentence of the text; a
// sentence that announces a list ("porte sur les points suivants :") is
// left to the list.
func proseAgenda(us []unit) []minutes.AgendaItem {
	for _, u := range us {
		if u.InCell || u.Kind != "paragraph" {
			continue
		}
		if items := announcedPoints(u); len(items) > 0 {
			return items
		}
		if !strings.Contains(strings.ToLower(u.Text), "ordre du jour") {
			continue
		}
		for _, sent := range sentences(u.Text) {
			m := proseTopic.FindStringSubmatch(strings.TrimRight(sent, ". "))
			if m == nil || strings.Contains(normalize.Fold(m[1]), "suivant") {
				continue
			}
			var items []minutes.AgendaItem
			for _, part := range splitAgendaLine(m[1]) {
				part = leadingArticle.ReplaceAllString(part, "")
				items = append(items, minutes.AgendaItem{Title: part, Source: u.Src})
			}
			return items
		}
	}
	return nil
}

// pointsAnnounced is a sentence that gives the points of the meeting
// after a colon: "les échanges se sont articulés autour de quatre points
// principaux : l’accueil des participants, la relecture du compte rendu
// précédent, …", "la réunion a porté sur trois points : …".
var pointsAnnounced = normalize.MustExpr(`(?i)\b(?:autour|sur|de)\s+(?:des |de |les )?(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+)?(?:points?|sujets?|th[èe]mes?|questions?)(?:\s+(?:suivants|principaux|essentiels|majeurs))?\s*:\s*(.+)$`)

// announcedPoints reads such a sentence: one point per item of its
// enumeration, without its article; nil when it names fewer than two.
func announcedPoints(u unit) []minutes.AgendaItem {
	if !strings.Contains(u.Text, ":") || !strings.Contains(u.Text, "point") && !strings.Contains(u.Text, "sujet") && !strings.Contains(u.Text, "th") && !strings.Contains(u.Text, "question") {
		return nil // the expression behind its words
	}
	for _, sent := range sentences(u.Text) {
		m := pointsAnnounced.FindStringSubmatch(strings.TrimRight(sent, ". "))
		if m == nil {
			continue
		}
		var items []minutes.AgendaItem
		for _, part := range enumerationParts.Split(m[1], -1) {
			part = strings.TrimSpace(leadingArticle.ReplaceAllString(strings.TrimSpace(part), ""))
			if words(part) >= 1 && words(part) <= 20 {
				items = append(items, minutes.AgendaItem{Title: part, Source: u.Src})
			}
		}
		if len(items) >= 2 {
			return items
		}
	}
	return nil
}

// enumerationParts separates the items of an enumeration in a sentence:
// commas, semicolons, and "et" before an article ("… partenaires et un
// plaidoyer"), not "et" inside a phrase ("sécuritaires et logistiques").
var enumerationParts = normalize.MustExpr(`\s*[,;]\s*(?:et\s+)?|\s+et\s+(?:(?:un|une|la|le|les|des|du)\s|l['’])`)

var agendaSep = normalize.MustExpr(`\s*;\s*|\s+\d{1,2}[.)-]\s+`)

// splitAgendaLine splits an agenda written on one line: "1) X ; 2) Y".
func splitAgendaLine(s string) []string {
	var out []string
	for _, p := range agendaSep.Split(s, -1) {
		if p = stripNumber(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// agendaHeader matches the header of a table's agenda column.
var agendaHeader = normalize.MustExpr(`\b(ordre du jour|points?|themes?|thematiques?|sujets?|rubriques?)\b`)

// tableAgenda reads the agenda column of a table: the first column of a
// discussion table whose header names agenda points ("Points à l'ordre du
// jour | Discussions | ..."), or the column of an agenda table ("N° |
// Points de l'ordre du jour | Présentateur").
func tableAgenda(d *doc.Document, labelled bool) []minutes.AgendaItem {
	var items []minutes.AgendaItem
	for _, b := range d.Blocks {
		t, ok := b.(*doc.Table)
		if !ok || t.Columns() < 2 {
			continue
		}
		h := headerRow(t)
		if h < 0 {
			continue
		}
		col := agendaColumn(t, h)
		if col < 0 || labelled && !agendaTableHeader.MatchString(normalize.Fold(cellText(t, h, col))) {
			// beside a labelled agenda, only a column that names the
			// agenda adds to it ("Les points de suivi de la dernière
			// réunion" are follow-ups)
			continue
		}
		var rows []int
		numberedRows, plainRows := 0, 0
		for i := h + 1; i < len(t.Rows); i++ {
			text := cellText(t, i, col)
			if text == "" || words(text) > 30 || onlyCell(t.Rows[i], col) && col == 0 && t.Columns() > 2 && !itemNumber.MatchString(text) {
				continue
			}
			rows = append(rows, i)
			if itemNumber.MatchString(text) {
				numberedRows++
			} else {
				plainRows++
			}
		}
		for _, i := range rows {
			text := cellText(t, i, col)
			if numberedRows > 0 && plainRows > 0 && !itemNumber.MatchString(text) {
				continue // "I. Introduction" heads its sub-rows
			}
			items = append(items, minutes.AgendaItem{Title: stripNumber(text),
				Source: minutes.Source{Page: t.Pos.Page, Block: t.Pos.Index, Row: i + 1, Col: col + 1, Text: text}})
		}
	}
	return items
}

// agendaTableHeader names the agenda column of an agenda table.
var agendaTableHeader = normalize.MustExpr(`\b(ordre du jour|agenda)\b`)

// agendaColumn returns the column that lists agenda points, -1 when none.
func agendaColumn(t *doc.Table, h int) int {
	if discussionTable(t, h) {
		return 0
	}
	for j := 0; j < t.Columns(); j++ {
		c := normalize.Fold(cellText(t, h, j))
		if agendaTableHeader.MatchString(c) && !actionHeader.MatchString(c) {
			return j
		}
	}
	return -1
}

// discussionTable reports whether t is a minutes table whose first column
// holds the agenda points: "Points à l'ordre du jour | Discussions |
// Décisions", "POINTS A L'ORDRE DU JOUR | ACTIONS | POINT FOCAL".
func discussionTable(t *doc.Table, h int) bool {
	first := normalize.Fold(cellText(t, h, 0))
	if !agendaHeader.MatchString(first) || actionHeader.MatchString(first) {
		return false
	}
	for j := 1; j < t.Columns(); j++ {
		c := normalize.Fold(cellText(t, h, j))
		if actionHeader.MatchString(c) || mixedHeader.MatchString(c) {
			return true
		}
	}
	return false
}

// themeLabel matches the label of a numbered theme that groups the rows of
// an action table: "Thématique 1 : Gestion des épidémies ...".
var themeLabel = normalize.MustExpr(`^(thematique|theme|axe|point|chantier|objectif|volet|domaine)s?\s*(n°\s*)?\d{1,2}$`)

// groupAgenda reads the themes that group the rows of action tables.
func groupAgenda(d *doc.Document) []minutes.AgendaItem {
	var items []minutes.AgendaItem
	for _, b := range d.Blocks {
		t, ok := b.(*doc.Table)
		if !ok {
			continue
		}
		if _, ok := actionColumns(t); !ok {
			continue
		}
		for i := range t.Rows {
			text, ok := groupRow(t, i)
			if !ok {
				continue
			}
			if label, value, ok := splitLabel(text); ok && value != "" && themeLabel.MatchString(normalize.Fold(label)) {
				items = append(items, minutes.AgendaItem{Title: value,
					Source: minutes.Source{Page: t.Pos.Page, Block: t.Pos.Index, Row: i + 1, Col: 1, Text: text}})
			}
		}
	}
	return items
}

// firstHeading returns the text of the document's first heading, "" if none.
func firstHeading(us []unit) string {
	for _, u := range us {
		if u.Kind == "heading" {
			return u.Text
		}
	}
	return ""
}

// skipHeading matches section titles that are not agenda points: the
// attendance, the minutes' own header, annexes.
var skipHeading = normalize.MustExpr(`^(participants?|presents?|presente?s|membres|liste des|excuses?|absents?|ordre du jour|agenda|compte[ -]?rendu|proces[ -]verbal|releve de decisions|annexes?|sommaire|table des matieres|contents|documents?|pieces jointes)\b`)

// discussionHeading matches a section title that names the discussion
// as a whole ("Synthèse des échanges", "Points abordés", "Déroulement de
// la réunion"): its subsections are the agenda points.
var discussionHeading = normalize.MustExpr(`^(synthese|resume|compte[ -]?rendu|releve|contenu) des (echanges|discussions|debats|travaux)|^(echanges|discussions|debats|points (abordes|discutes|examines)|deroulement( de la (reunion|seance|rencontre))?|travaux de la (reunion|seance))$`)

// headingAgenda falls back on the section titles of minutes that have no
// agenda list: the headings of the highest level under the title that has
// at least two, minus attendance, annexes and dated subtitles. A section
// that names the discussion as a whole gives way to its subsections.
func headingAgenda(us []unit) []minutes.AgendaItem {
	var entries []section
	count := map[int]int{}
	for i, u := range us {
		if u.Kind != "heading" || u.InCell || i == 0 {
			continue
		}
		text := stripNumber(strings.TrimRight(u.Text, " :"))
		if label, _, ok := splitLabel(text); ok && urgentLabel.MatchString(normalize.Fold(label)) {
			continue // "Important : amener un aspirateur …" in bold
		}
		folded := normalize.Fold(text)
		whole := discussionHeading.MatchString(folded)
		if skipHeading.MatchString(folded) && !whole || statement(u.Text) || hasDate(text) || lowerWords(text) == 0 && letterWords(text) > 3 || !titleLike(text) {
			continue
		}
		entries = append(entries, section{u.Level, minutes.AgendaItem{Title: text, Source: u.Src}, whole})
		count[u.Level]++
	}
	top := 0
	for l := 1; l <= 6 && top == 0; l++ {
		if count[l] >= 2 {
			top = l
		}
	}
	var items []minutes.AgendaItem
	for i, e := range entries {
		if e.level != top {
			continue
		}
		var sub []minutes.AgendaItem
		if e.whole {
			sub = subsections(entries[i+1:], top)
		}
		if len(sub) >= 2 {
			items = append(items, sub...)
			continue
		}
		items = append(items, e.item)
	}
	return items
}

// letterWords counts the words of s that start with a letter: "Chantier 4
// – Animation" has two.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if unicode.IsLetter([]rune(w)[0]) {
			n++
		}
	}
	return n
}

// section is a heading that may be an agenda point.
type section struct {
	level int
	item  minutes.AgendaItem
	whole bool // names the discussion as a whole
}

// subsections returns the items of the highest level below top among the
// sections that follow, up to the next section of level top or above.
func subsections(ss []section, top int) []minutes.AgendaItem {
	var out []minutes.AgendaItem
	below := 0
	for _, s := range ss {
		if s.level <= top {
			break
		}
		if below == 0 || s.level < below {
			below, out = s.level, nil
		}
		if s.level == below {
			out = append(out, s.item)
		}
	}
	return out
}

// sectionNumber matches a short numbered line that opens a section: "1.
// Situation sécuritaire", "2- Divers", "III. Questions diverses".
var sectionNumber = normalize.MustExpr(`^\s*(\d{1,2}|[IVX]{1,4})\s*[.)\-–]\s*\S`)

// numberedSections reads the numbered section lines of minutes written
// without heading styles: short numbered lines, numbered 1, 2, 3 …, each
// followed by the text of its section rather than by the next item.
func numberedSections(us []unit) []minutes.AgendaItem {
	var items []minutes.AgendaItem
	want := 1
	for i, u := range us {
		if u.InCell || u.Kind == "heading" {
			continue
		}
		text, n := numbered(u)
		if n != want || words(text) > 12 || strings.HasSuffix(text, ".") || i+1 >= len(us) {
			continue
		}
		if _, m := numbered(us[i+1]); m == n+1 {
			continue // the next line is the next item: a list, not sections
		}
		items = append(items, minutes.AgendaItem{Title: stripNumber(strings.TrimRight(text, " :")), Source: u.Src})
		want++
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// outlineTopics reads minutes kept as an outline: the short top-level
// bullets that have bullets under them are its topics ("Points rapides",
// "Points importants"); a top-level list without children (a legend, an
// attendance list) is not.
func outlineTopics(us []unit) []minutes.AgendaItem {
	var items []minutes.AgendaItem
	for i, u := range us {
		if u.InCell || u.Kind != "list_item" || u.Level != 1 || i+1 >= len(us) {
			continue
		}
		next := us[i+1]
		if next.Kind == "list_item" && next.Level > 1 && words(u.Text) <= 12 && !strings.HasSuffix(u.Text, ".") {
			items = append(items, minutes.AgendaItem{Title: stripNumber(strings.TrimRight(u.Text, " :")), Source: u.Src})
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// numbered returns a unit's text with its number and the number (1 for
// "1." or "I."), 0 when it has none.
func numbered(u unit) (string, int) {
	text := u.Text
	if u.Kind == "list_item" {
		text = u.Marker + " " + u.Text
	}
	m := sectionNumber.FindStringSubmatch(text)
	if m == nil {
		return text, 0
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return text, n
	}
	return text, romanValue(m[1])
}

func romanValue(s string) int {
	v := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && v[s[i]] < v[s[i+1]] {
			n -= v[s[i]]
		} else {
			n += v[s[i]]
		}
	}
	return n
}

// cutShort matches the last word of a line cut in mid-sentence: a PDF
// paragraph's first line taken for a heading ends on "de", "dans la".
var cutShort = normalize.MustExpr(`\b(de|d|a|la|le|les|l|des|du|et|en|dans|pour|sur|par|avec|au|aux|un|une|que|qui|se)$`)

// titleLike reports whether a heading reads as a section title, not as
// the first line of a paragraph: short, not cut in mid-sentence, not a
// report of what someone did.
func titleLike(s string) bool {
	f := normalize.Fold(s)
	return words(s) <= 25 && !cutShort.MatchString(strings.TrimRight(f, " '")) && !report.MatchString(f)
}

// finiteVerb is a verb that makes a line a sentence: "La séance est levée
// à 16h05.", "Les comptes sont approuvés."
var finiteVerb = normalize.MustExpr(`\s(est|sont|a|ont|etait|etaient)\s`)

// statement reports whether a bold line is a sentence, not a title: it
// ends with a full stop and has a finite verb.
func statement(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") && finiteVerb.MatchString(normalize.Fold(s))
}

var numericDate = normalize.MustExpr(`\d{1,2}[./]\d{1,2}[./]\d{2,4}`)

// hasDate reports whether s holds a calendar date: a subtitle or a byline,
// not an agenda point.
func hasDate(s string) bool {
	_, _, ok := normalize.Date(s)
	return ok || numericDate.MatchString(s)
}

func similarItem(items []minutes.AgendaItem, title string) bool {
	for _, it := range items {
		if similar(it.Title, title) >= 0.6 {
			return true
		}
	}
	return false
}

// similar is the Dice coefficient of the folded words of a and b.
func similar(a, b string) float64 {
	return normalize.Dice(strings.Fields(normalize.Fold(a)), strings.Fields(normalize.Fold(b)))
}

// bulletMark is the bullet that opens a line: its marker, or a bullet
// written in its text ("• Introduction", "– PTA 2020").
func bulletMark(u unit) string {
	if u.Marker != "" && !itemNumber.MatchString(u.Marker+" x") {
		return u.Marker
	}
	if r := []rune(strings.TrimSpace(u.Text)); len(r) > 1 && strings.ContainsRune("•-–▪●◦■*►➢✓", r[0]) {
		return string(r[0])
	}
	return ""
}

// pointsFollow ends a sentence that announces the points as the sections
// that follow: "La réunion portait sur les points suivants :".
var pointsFollow = normalize.MustExpr(`\b(?:points?|questions?|sujets?|th[eè]mes?)\s+(?:suivants|suivantes|ci-apr[eè]s|ci-dessous)\s*:\s*$`)

// announcedSections reads an agenda announced in a sentence and given as
// the numbered section headings after it ("1. Bilan de la situation des
// réfugiés …"): the headings numbered 1, 2, … at the level of the first.
func announcedSections(us []unit) []minutes.AgendaItem {
	for i, u := range us {
		if u.InCell || !strings.HasSuffix(strings.TrimSpace(u.Text), ":") || !pointsFollow.MatchString(normalize.Fold(u.Text)) {
			continue
		}
		var items []minutes.AgendaItem
		level, want := 0, 1
		for _, h := range us[i+1:] {
			if h.Kind != "heading" || h.InCell {
				continue
			}
			text, n := numbered(h)
			switch {
			case n == want && (level == 0 || h.Level == level):
				level = h.Level
				items = append(items, minutes.AgendaItem{Title: stripNumber(strings.TrimRight(text, " :")), Source: h.Src})
				want++
			case level != 0 && h.Level < level:
				return items // a section above the points ends them
			}
		}
		return items
	}
	return nil
}
