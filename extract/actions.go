package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// Header words of the columns of an action table, folded. Real headers:
// "Recommandations / décisions", "ACTIONS & CONTRIBUTIONS", "Points
// d'action", "Étape"; "Responsable(s)", "POINT FOCAL", "Qui"; "DELAIS",
// "Echéance", "Date limite"; "Niveau d'exécution", "Statut".
var (
	actionHeader = normalize.MustExpr(`\b(` + actionNouns + `|mesures?|activites? (a mener|prevues)|quoi)\b`)
	// weakAction names an action column only beside an owner or deadline
	// column: "Activités | Responsable | Période" is a plan, "Activités
	// réalisées" alone a report.
	weakAction   = normalize.MustExpr(`^(activites?|interventions?|actions? prevues?|livrables?)$`)
	ownerHeader  = lexiconMatcher{set(cueOwnerHeader)}
	dueHeader    = normalize.MustExpr(`\b(delais?|echeances?|date limite|dates? butoirs?|quand|calendrier|periode|deadlines?|chronogramme|dates?|timeline|when|due)\b`)
	statusHeader = normalize.MustExpr(`\b(statut|status|niveau d'execution|etat|avancement|execution|realisation|mise en oeuvre|niveau de mise en oeuvre)\b`)
	mixedHeader  = normalize.MustExpr(`\b(contributions?|discussions?|informations?|commentaires?|observations?|constats?|echanges?)\b`)
	strongDue    = normalize.MustExpr(`\b(delais?|echeances?|date limite|deadlines?)\b`)
	// A stronger action header wins over a weaker one in the same table.
	strongAction = normalize.MustExpr(`\b(actions?|points? d'actions?|etapes?|taches?)\b`)
)

// columns locates the columns of an action table; -1 when absent.
type columns struct {
	header, action, owner, due, status, agenda int
	mixed                                      bool
}

// headerRow returns the index of the table's header row among its first
// rows: several short cells. -1 when none.
func headerRow(t *doc.Table) int {
	for i := 0; i < len(t.Rows) && i < 3; i++ {
		n, short := 0, true
		for j := range t.Rows[i].Cells {
			text := cellText(t, i, j)
			if text == "" {
				continue
			}
			n++
			if words(text) > 8 {
				short = false
			}
		}
		if n >= 2 && short {
			return i
		}
	}
	return -1
}

// actionColumns finds the columns of an action table, ok false when t has
// no action column.
func actionColumns(t *doc.Table) (columns, bool) {
	c := columns{header: headerRow(t), action: -1, owner: -1, due: -1, status: -1, agenda: -1}
	if c.header < 0 {
		return c, false
	}
	header := headerTexts(t, c.header)
	if complementary(t, c.header, c.header+1) {
		next := headerTexts(t, c.header+1)
		for j := range header {
			header[j] = strings.TrimSpace(header[j] + " " + next[j])
		}
		c.header++
	}
	for j, h := range header {
		switch {
		case h == "":
		case actionHeader.MatchString(h) && (c.action < 0 || strongAction.MatchString(h) && !strongAction.MatchString(header[c.action])):
			c.action, c.mixed = j, mixedHeader.MatchString(h)
		case ownerHeader.MatchString(h) && c.owner < 0:
			c.owner = j
		case strongDue.MatchString(h) && c.due < 0:
			// "Délai de mise en œuvre" is a deadline, not a status.
			c.due = j
		case statusHeader.MatchString(h) && c.status < 0:
			c.status = j
		case dueHeader.MatchString(h) && c.due < 0:
			c.due = j
		case agendaHeader.MatchString(h) && c.agenda < 0:
			c.agenda = j
		}
	}
	if c.owner < 0 && c.action >= 0 {
		c.owner = ownerColumn(t, c)
	}
	if c.action < 0 && (c.owner >= 0 || c.due >= 0) {
		for j, h := range header {
			if weakAction.MatchString(h) {
				c.action = j
				break
			}
		}
	}
	return c, c.action >= 0
}

// headerTexts returns the folded cells of row i.
func headerTexts(t *doc.Table, i int) []string {
	out := make([]string, len(t.Rows[i].Cells))
	for j := range out {
		out[j] = normalize.Fold(cellText(t, i, j))
	}
	return out
}

// complementary reports whether row b completes header row a: its few
// short cells stand where a is empty (a header cell whose text a PDF
// placed lower, "Echéance" under a two-line "Moyen de vérification").
func complementary(t *doc.Table, a, b int) bool {
	if b >= len(t.Rows) {
		return false
	}
	n := 0
	for j := range t.Rows[b].Cells {
		text := cellText(t, b, j)
		if text == "" {
			continue
		}
		if cellText(t, a, j) != "" || words(text) > 4 {
			return false
		}
		n++
	}
	return n > 0
}

// actions extracts the actions of a document: from action tables first,
// then from labelled lines, action sections and narrative commitments.
func actions(d *doc.Document, us []unit, agendaItems []minutes.AgendaItem) []minutes.Action {
	items := newAgendaTitles(agendaItems)
	var out []minutes.Action
	skip := map[int]bool{} // tables whose cells are not read as narrative
	for _, b := range d.Blocks {
		t, ok := b.(*doc.Table)
		if !ok {
			continue
		}
		if c, ok := actionColumns(t); ok {
			out = append(out, tableActions(t, c, items)...)
			if !c.mixed {
				skip[t.Pos.Index] = true
			}
		}
	}
	out = append(out, textActions(us, skip, items)...)
	out = dedupe(out)
	for i := range out {
		out[i].Position = i + 1
	}
	return out
}

func tableActions(t *doc.Table, c columns, items *agendaTitles) []minutes.Action {
	var out []minutes.Action
	group := -1
	lastDue := ""
	for i := c.header + 1; i < len(t.Rows); i++ {
		if text, ok := groupRow(t, i); ok && cellText(t, i, c.action) == "" {
			if _, v, ok := splitLabel(text); ok && v != "" {
				group = items.find(v)
			}
			continue
		}
		if sameRow(t, i, c.header) {
			continue
		}
		agenda := group
		if c.agenda >= 0 {
			if a := items.find(stripNumber(cellText(t, i, c.agenda))); a >= 0 {
				agenda = a
			}
		}
		due := ""
		if c.due >= 0 {
			due = cellText(t, mergedFrom(t, i, c.due), c.due)
			if due == "" && firstEmpty(t, i, c) {
				// A deadline cell merged over several rows: "Février – mars
				// 2024" for the three steps under it.
				due = lastDue
			}
			lastDue = due
		}
		out = append(out, rowActions(t, i, c, agenda, due)...)
	}
	return out
}

// mergedFrom returns the row that holds the text of cell (i, col): the
// first row of the vertical merge that covers it, or i.
func mergedFrom(t *doc.Table, i, col int) int {
	for i > 0 && col < len(t.Rows[i].Cells) && t.Rows[i].Cells[col].Continued {
		i--
	}
	return i
}

// firstEmpty reports whether row i continues the row above: its first
// cell, when it is not the action's, is empty.
func firstEmpty(t *doc.Table, i int, c columns) bool {
	return c.action == 0 || cellText(t, i, 0) == ""
}

// groupRow reports whether row i holds one text across the table (a
// merged "Thématique 1 : ..." or "RECOMMANDATIONS" row).
func groupRow(t *doc.Table, i int) (string, bool) {
	text := ""
	for j := range t.Rows[i].Cells {
		c := cellText(t, i, j)
		if c == "" || c == text {
			continue
		}
		if text != "" {
			return "", false
		}
		text = c
	}
	return text, text != "" && t.Columns() > 1
}

func sameRow(t *doc.Table, a, b int) bool {
	for j := range t.Rows[a].Cells {
		if cellText(t, a, j) != cellText(t, b, j) {
			return false
		}
	}
	return true
}

// rowActions reads the actions of one table row: each paragraph or list
// item of the action cell, with the owners, deadline and status of the
// row's other cells.
func rowActions(t *doc.Table, i int, c columns, agenda int, dueRaw string) []minutes.Action {
	var owners []minutes.Owner
	ownerRaw := ""
	if c.owner >= 0 {
		// An owner cell merged over several rows owns each of them.
		k := mergedFrom(t, i, c.owner)
		ownerRaw = cellText(t, k, c.owner)
		owners = ownersFromCell(t, k, c.owner)
	}
	status := ""
	if c.status >= 0 {
		status = statusOf(cellText(t, i, c.status))
	}
	var out []minutes.Action
	for _, u := range cellUnits(t, i, c.action) {
		if raw, ok := ownerLine(u.Text); ok {
			if n := len(out); n > 0 {
				out[n-1].OwnerRaw = raw
				out[n-1].Owners = splitOwners(raw)
			}
			continue
		}
		a, ok := cellAction(u, c.mixed, ownerRaw != "")
		if !ok {
			continue
		}
		a.Agenda = agenda
		if a.OwnerRaw == "" || c.mixed && ownerRaw != "" {
			a.OwnerRaw, a.Owners = ownerRaw, owners
		}
		if dueRaw != "" && isDeadlineCell(dueRaw) {
			a.DueRaw = dueRaw
		} else if a.DueRaw == "" {
			a.DueRaw = normalize.FindDue(a.Text)
		}
		a.Status = status
		out = append(out, a)
	}
	return out
}

// isDeadlineCell tells a deadline cell from a cell that repeats other
// text; a short cell counts, since a deadline column holds deadlines.
func isDeadlineCell(s string) bool {
	return normalize.IsDeadline(s) || words(s) <= 6
}

// cellAction reads one unit of an action cell. In a column that mixes
// actions and contributions, only units that read as actions count: a
// commitment, an infinitive instruction, or a list item of a row that
// names an owner.
func cellAction(u unit, mixed, rowOwner bool) (minutes.Action, bool) {
	text := strings.TrimSpace(stripNumber(u.Text))
	if words(text) < 2 || strings.HasSuffix(text, ":") {
		return minutes.Action{}, false
	}
	a := minutes.Action{Text: text, Agenda: -1, Source: u.Src}
	if !mixed {
		a.Text, a.OwnerRaw = trailingOwner(text)
		a.Owners = splitOwners(a.OwnerRaw)
		return a, true
	}
	if strings.Contains(text, "http") {
		return a, false
	}
	if n, ok := narrative(text); ok {
		n.Source = u.Src
		return n, true
	}
	if startsWithInfinitive(text) && !isReport(text) {
		return a, true
	}
	if f := normalize.Fold(text); modal.MatchString(f) && !report.MatchString(f) && !offer.MatchString(f) {
		// "Une note conceptuelle devra être prête": in an action column,
		// a future commitment needs no named agent.
		return a, true
	}
	if rowOwner && u.Kind == "list_item" && words(text) >= 5 && lowerWords(text) >= 3 && !isPresentation(text) && (!isReport(text) || pastObligation.MatchString(normalize.Fold(text))) {
		return a, true
	}
	return a, false
}

// pastObligation: "... et qu'il fallait leur apporter tout l'appui".
var pastObligation = normalize.MustExpr(`\b(il faut|il fallait|il faudra|il faudrait)\b`)

var presentation = normalize.MustExpr(`^(presentation|expose|rapport|lien|liste)\b`)

func isPresentation(s string) bool { return presentation.MatchString(normalize.Fold(s)) }

// lowerWords counts the words that start with a lower-case letter: a name
// list ("Dr Coulibaly (MDO OMS Mopti)", "IMC") has almost none.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		r := []rune(w)[0]
		if r >= 'a' && r <= 'z' || r >= 'à' && r <= 'ÿ' {
			n++
		}
	}
	return n
}

var (
	doneStatus = normalize.MustExpr(`\b(` + alternationFolded(cueDone) + `|ok|100 ?%)\b`)
	// a negation before a done word: "Non fait", "n'a pas été fait",
	// "pas encore réalisé", "sans être exécutée".
	negated = normalize.MustExpr(`(?:^|\s)(?:` + alternationFolded(cueNegation) + `)(?:\s+\S+){0,3}\s*$`)
	// a recommendation carried over is still to do: "la recommandation
	// est reconduite", "reportée à la prochaine réunion", "en attente".
	carriedOver = normalize.MustExpr(`\b(` + alternationFolded(cueCarriedOver) + `)\b`)
)

// statusOf maps a follow-up status as written ("Fait", "En cours", "Non
// fait", "Réalisé", "La recommandation est reconduite car le rapport n'a
// pas été fait") to open, in_progress or done: done when a done word is
// not negated and nothing says the task was carried over.
func statusOf(s string) string {
	f := normalize.Fold(s)
	switch {
	case f == "":
		return ""
	case strings.HasPrefix(f, "non ") || strings.HasPrefix(f, "pas "):
		return minutes.StatusOpen
	case strings.Contains(f, "en cours") || strings.Contains(f, "partiel") || strings.Contains(f, "encours"):
		return minutes.StatusInProgress
	case carriedOver.MatchString(f):
		return minutes.StatusOpen
	}
	for _, m := range doneStatus.FindAllStringIndex(f, -1) {
		if !negated.MatchString(f[:m[0]]) {
			return minutes.StatusDone
		}
	}
	return minutes.StatusOpen
}

// dedupe drops an action whose text repeats an earlier one. A repeated
// action with another deadline is kept: a recommendation carried over to
// a new table with a new date is the commitment that now stands.
func dedupe(as []minutes.Action) []minutes.Action {
	words := make([][]string, len(as))
	for i, a := range as {
		words[i] = strings.Fields(normalize.Fold(a.Text))
	}
	index := newWordIndex(4, 5, words) // only texts that can reach 0.8 are compared
	var out []minutes.Action
	var kept [][]string
	for j, a := range as {
		ws := words[j]
		dup := false
		for _, i := range index.candidates(ws) {
			if normalize.Dice(ws, kept[i]) >= 0.8 && (a.DueRaw == "" || out[i].DueRaw == "" || a.DueRaw == out[i].DueRaw) {
				dup = true
				break
			}
		}
		if !dup {
			index.add(len(out), ws)
			out = append(out, a)
			kept = append(kept, ws)
		}
	}
	return out
}

// lexiconMatcher matches a folded header holding one of a concept's words.
type lexiconMatcher struct{ words wordSet }

func (m lexiconMatcher) MatchString(folded string) bool { return m.words.any(folded) }

// ownerColumn finds the owner column of an action table by its content
// when no header names it: a column beside the action whose cells are
// mostly organizations, acronyms, groups or people ("DNEF", "OCHA/UNICEF",
// "Membres du Cluster", "Dr Traoré"); -1 when none.
func ownerColumn(t *doc.Table, c columns) int {
	best, bestShare := -1, 0.0
	for j := 0; j < t.Columns(); j++ {
		if j == c.action || j == c.due || j == c.status || j == c.agenda {
			continue
		}
		n, owners := 0, 0
		for i := c.header + 1; i < len(t.Rows); i++ {
			text := cellText(t, i, j)
			if text == "" || t.Rows[i].Cells[j].Continued {
				continue
			}
			n++
			if ownerCell(text) {
				owners++
			}
		}
		if n >= 2 && owners*10 >= n*7 && float64(owners)/float64(n) > bestShare {
			best, bestShare = j, float64(owners)/float64(n)
		}
	}
	return best
}

// ownerCell reports whether a cell names who acts: short, and each of its
// parts an organization, an acronym, an agent or a person.
func ownerCell(text string) bool {
	if words(text) > 10 {
		return false
	}
	parts := splitOwners(text)
	if len(parts) == 0 {
		return false
	}
	for _, o := range parts {
		raw := strings.TrimSpace(o.Raw)
		if _, ok := organization(raw); ok {
			continue
		}
		if f := strings.Fields(raw); len(f) > 0 && isAcronym(f[0]) || agentLike(raw) || normalize.LooksLikePersonName(raw) {
			continue
		}
		return false
	}
	return true
}
