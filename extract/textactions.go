package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

var (
	// actionSection matches the folded title of a section that lists
	// actions: "Prochaines étapes", "Décision / Actions", "Actions à
	// poursuivre", "Nos actions pour la prochaine fois", "Relevé de décisions".
	actionSection = normalize.MustExpr(`^(nos |les )?(` + actionNouns + `|releve de decisions|plan d'action)\b`)
	// doneSection: "Actions réalisées" lists what is already done.
	doneSection = normalize.MustExpr(`\b(realisees?|terminees?|faites?|effectuees?|accomplies?)\b`)
	// actionLabel: "Action : ...", "Décision : ...", "À faire : ...".
	actionLabel = normalize.MustExpr(`^(\*\*)?(` + actionNouns + `)(\*\*)?$`)
	// trailing owner in parentheses: "... du GT (A. Gallais)".
	parenOwner = normalize.MustExpr(`\s*\(([^()]{2,60})\)\s*\.?$`)
)

// isActionSection reports whether a folded title opens a list of actions:
// "Prochaines étapes", "Relevé de décisions et prochaines actions", but
// not "Recommandation sur les métadonnées", a topic.
func isActionSection(title string) bool {
	return actionSection.MatchString(title) && words(title) <= 8 && !strings.Contains(title, " sur ") && !strings.Contains(title, "(")
}

// textActions finds actions outside action tables: labelled lines, the
// items of action sections, and narrative commitments.
func textActions(us []unit, skip map[int]bool, items *agendaTitles) []minutes.Action {
	var out []minutes.Action
	sc := scan{agenda: -1}
	for _, u := range us {
		if u.InCell && skip[u.Src.Block] {
			sc.listed = sc.listed || sc.section // an action table ends its section's list
			continue
		}
		label, value, labelled := splitLabel(u.Text)
		if !sc.read(u, label, value, labelled, items) {
			continue
		}
		found := unitActions(u, label, value, labelled, sc.section, sc.context)
		for _, a := range found {
			a.Agenda, a.Source = sc.agenda, u.Src
			if sc.done {
				a.Status = minutes.StatusDone
			}
			if a.DueRaw == "" {
				a.DueRaw = normalize.FindDue(a.Text)
			}
			if a.DueRaw == "" && u.Kind == "list_item" && len(found) == 1 {
				// A bullet that holds one action is one point: "À publier
				// avec ce qu'on a. Publication en février."
				a.DueRaw = normalize.FindDue(u.Text)
			}
			out = append(out, a)
		}
	}
	return out
}

// scan is where textActions stands in the document.
type scan struct {
	agenda   int  // the agenda item of the current section, -1 when unknown
	section  bool // in the list of an action section ("Prochaines étapes")
	done     bool // that section lists what is done ("Actions réalisées")
	listed   bool // the section's list has begun
	context  bool // inside objectives or an agenda: instructions there are not actions
	reported bool // in a list of findings or of a presented roadmap
}

// read moves the scan past u and reports whether u may hold actions.
func (sc *scan) read(u unit, label, value string, labelled bool, items *agendaTitles) bool {
	// An action section is the list (or the first short lines) after its
	// title; prose after the list ends it.
	if sc.section && u.Kind != "list_item" && (sc.listed || words(u.Text) > 25) {
		sc.section = false
	}
	sc.listed = sc.listed || sc.section && u.Kind == "list_item"
	if noActionTitle(u, label, labelled) {
		sc.context = true
	} else if u.Kind == "heading" {
		sc.context = false
	}
	urgent := labelled && value != "" && urgentLabel.MatchString(normalize.Fold(label))
	if (u.Kind == "heading" && !urgent) || labelled && value == "" && !u.InCell {
		title := u.Text
		if labelled {
			title = label
		}
		if a := items.find(stripNumber(title)); a >= 0 {
			sc.agenda = a
		}
		ft := normalize.Fold(stripNumber(title))
		sc.section, sc.done, sc.listed = isActionSection(ft), doneSection.MatchString(ft), false
		if u.Kind == "heading" || sc.section {
			return false
		}
	}
	if sc.reported && u.Kind != "list_item" {
		sc.reported = false
	}
	switch {
	case opensList(u):
		sc.section, sc.done, sc.listed = true, false, false
		return false
	case opensReport(u):
		sc.reported = true
		return false
	}
	return !sc.reported
}

// unitActions reads the actions of one unit.
func unitActions(u unit, label, value string, labelled, section, context bool) []minutes.Action {
	if labelled && value != "" && actionLabel.MatchString(normalize.Fold(label)) {
		return []minutes.Action{listAction(value)}
	}
	if section && words(u.Text) >= 3 && (u.Kind == "list_item" || u.Kind == "paragraph" && !isReport(u.Text)) && !nextMeetingSubject.MatchString(normalize.Fold(u.Text)) {
		a := listAction(stripNumber(u.Text))
		if a.DueRaw == "" && normalize.FindDue(a.Text) == "" {
			// A step of a plan dated by its month: "Comité de pilotage
			// septembre 2023 (date à fixer) : présentation …".
			if m := monthYear.FindStringSubmatchIndex(a.Text); m != nil {
				a.DueRaw = a.Text[m[4]:m[1]]
			}
		}
		return []minutes.Action{a}
	}
	if labelled && value != "" && startsWithInfinitive(value) && !context && urgentLabel.MatchString(normalize.Fold(label)) {
		// "Important : amener un aspirateur pour nettoyer la salle !"
		return []minutes.Action{listAction(u.Text)}
	}
	var out []minutes.Action
	for _, s := range sentences(u.Text) {
		if as := quotedPlans(s); len(as) > 0 {
			out = append(out, as...)
			continue
		}
		if a, ok := promised(s); ok {
			out = append(out, a)
			continue
		}
		if a, ok := narrative(s); ok {
			// A sentence that commits may join several commitments.
			if as := clauseActions(s); len(as) > 1 {
				out = append(out, as...)
			} else {
				out = append(out, splitDashes(a)...)
			}
		} else if !context && !u.InCell && u.Level <= 2 && !strings.HasSuffix(s, "?") && startsWithInfinitive(stripNumber(s)) && !isReport(s) {
			// "Prévoir une nouvelle réunion avec eux", "Réfléchir à un cadeau de départ".
			out = append(out, listAction(stripNumber(s)))
		}
	}
	speakerOwns(u, out)
	return out
}

// speakerOwns gives a speaker's own plans and promises ("J’ai prévu une
// réunion …", "promettant de transmettre …") to the person the paragraph
// names as speaking, when it names one.
func speakerOwns(u unit, as []minutes.Action) {
	var speaker string
	for i := range as {
		f := normalize.Fold(as[i].Text)
		if as[i].OwnerRaw != "" || !ownPlan.MatchString(f) && !promise.MatchString(f) {
			continue
		}
		if speaker == "" {
			p := &people{seen: map[string]bool{}, where: map[string]string{}}
			appositives(p, u)
			if len(p.list) != 1 {
				return // none, or several: who speaks is not known
			}
			speaker = p.list[0].Person
		}
		as[i].OwnerRaw, as[i].Owners = speaker, splitOwners(speaker)
	}
}

// urgentLabel: "Important : amener un aspirateur ...".
var urgentLabel = normalize.MustExpr(`^(important|urgent|attention|priorite|prioritaire|a faire|a prevoir|rappel important)$`)

// clauseActions splits a sentence that joins several commitments with
// commas: "Le rendu final à la DGALN est prévu fin janvier 2024, une mise
// à disposition pour test au T1-2024 ... est envisageable." It returns
// one action per committing clause, or nothing when fewer than two
// clauses commit.
func clauseActions(sentence string) []minutes.Action {
	parts := strings.Split(sentence, ", ")
	if len(parts) < 2 || strings.Contains(sentence, "@") {
		return nil
	}
	var out []minutes.Action
	for _, p := range parts {
		if words(p) < 4 {
			return nil // an enumeration, not clauses
		}
		if a, ok := narrative(p); ok {
			out = append(out, a)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// monthYear matches a month and year not qualified by "mi-": "septembre
// 2023", not "mi-juillet 2023".
var monthYear = normalize.MustExpr(`(?i)(^|[^-\pL])(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b`)

// listIntro matches a line that introduces a list of tasks: "Les missions
// pour le bénévolat, il faudra :", "À faire :".
var listIntro = normalize.MustExpr(`\b(il faudra|il faut|il faudrait|nous devons|on doit|a faire|taches|missions|reste a faire)\b`)

// opensList reports whether u introduces a list of tasks.
func opensList(u unit) bool {
	return strings.HasSuffix(strings.TrimSpace(u.Text), ":") && words(u.Text) <= 15 && listIntro.MatchString(normalize.Fold(u.Text))
}

// reportIntro matches the last sentence of a line that introduces findings
// or a roadmap someone presented: "Plusieurs insuffisances ont été
// constatées à savoir.", "le D-HC a décliné sa feuille de route ... 5 axes
// savoir :".
var reportIntro = normalize.MustExpr(`\b(constate(e|es|s)?|decline|feuille de route|insuffisances|difficultes|problemes|constats|lecons apprises|acquis|realisations)\b`)

// opensReport reports whether u introduces a list of findings or of what
// someone presented.
func opensReport(u unit) bool {
	text := strings.TrimSpace(u.Text)
	if !strings.HasSuffix(text, ":") && !strings.HasSuffix(normalize.Fold(text), "savoir.") {
		return false
	}
	ss := sentences(text)
	last := normalize.Fold(ss[len(ss)-1])
	return reportIntro.MatchString(last) && (report.MatchString(last) || strings.Contains(last, "savoir"))
}

// noActionContext matches titles under which instructions are not actions:
// "Objectifs spécifiques", "Ordre du jour", "Résultats attendus".
var noActionContext = normalize.MustExpr(`\b(objectifs?|ordre du jour|agenda|resultats? attendus?|methodologie|contexte|rappel)\b`)

func noActionTitle(u unit, label string, labelled bool) bool {
	if u.Kind == "heading" {
		return noActionContext.MatchString(normalize.Fold(u.Text))
	}
	return labelled && words(label) <= 6 && noActionContext.MatchString(normalize.Fold(label))
}

// listAction reads an item of an action list, with its owner written
// after it: "(A. Gallais)", ": @yann", "→ @Situphen", "/ CCP".
func listAction(text string) minutes.Action {
	if t, owner, due, ok := inlineOwner(text); ok {
		a := minutes.Action{Text: t, Agenda: -1, OwnerRaw: owner, DueRaw: due}
		a.Owners = splitOwners(owner)
		return a
	}
	if m := trailingDue.FindStringSubmatchIndex(text); m != nil && m[0] > 0 {
		// "Renforcer la surveillance (DRS, OMS) – délai : 30 juin 2024"
		a := listAction(strings.TrimSpace(text[:m[0]]))
		a.DueRaw = strings.TrimSpace(text[m[2]:m[3]])
		return a
	}
	if owner, rest, ok := strings.Cut(text, " : "); ok && namedOwner(owner) && startsWithInfinitive(rest) {
		// "UNICEF et IRC : renforcer la prise en charge …"
		a := minutes.Action{Text: rest, Agenda: -1, OwnerRaw: owner, Owners: splitOwners(owner)}
		a.DueRaw = normalize.FindDue(rest)
		return a
	}
	if a, ok := narrative(text); ok {
		return a
	}
	a := minutes.Action{Text: text, Agenda: -1}
	if m := parenOwner.FindStringSubmatchIndex(text); m != nil {
		inner := text[m[2]:m[3]]
		if ownerLike(inner) {
			a.Text, a.OwnerRaw = strings.TrimSpace(text[:m[0]]), inner
			a.Owners = splitOwners(inner)
			return a
		}
	}
	a.Text, a.OwnerRaw = trailingOwner(text)
	a.Owners = splitOwners(a.OwnerRaw)
	return a
}

// collective names a group as owner: "(tous)", "le groupe dédié".
var collective = normalize.MustExpr(`^(tous|toutes|chacun|chacune|tout le monde|(le |la |l'|les )?(groupe|equipe|bureau|ca|comite|secretariat|membres|participants|coordination)\b)`)

// inlineRe matches an owner and a deadline written inside an action:
// "Organiser une mission conjointe (Responsable : OCHA, délai : fin mai
// 2022)", "… – Responsables : OCHA et CCP", "… – Responsable : OCHA –
// Échéance : 1er trimestre 2023".
var inlineRe = normalize.MustExpr(`(?i)\s*[(\[–—-]?\s*(responsables?|resp\.|point focal|porteurs?|qui)\s*:\s*([^,;)\]]+?)(?:(?:\s*[,;–—]\s*|\s+-\s+)(d[ée]lais?|[ée]ch[ée]ances?|quand|date limite)\s*:\s*([^)\]]+))?[)\]]?\s*\.?$`)

// trailingDue is a deadline labelled at the end of an action: "… – délai :
// 30 juin 2024", "…, échéance : fin mai".
var trailingDue = normalize.MustExpr(`(?i)\s*[–—,;-]\s*(?:d[ée]lais?|[ée]ch[ée]ances?|date limite|quand)\s*:\s*([^()]+?)\s*\.?$`)

// inlineOwner splits such an action into its text, owner and deadline.
func inlineOwner(text string) (t, owner, due string, ok bool) {
	m := inlineRe.FindStringSubmatchIndex(text)
	if m == nil || m[0] == 0 {
		return "", "", "", false
	}
	owner = strings.TrimSpace(text[m[4]:m[5]])
	if m[8] >= 0 {
		due = strings.TrimSpace(text[m[8]:m[9]])
	}
	return strings.TrimSpace(text[:m[0]]), owner, due, true
}

// ownerLike reports whether every part of s names a person or an
// organization: "A. Gallais", "M. Torterotot", "OCHA, CCP".
func ownerLike(s string) bool {
	for _, p := range splitOwnerText(s) {
		if _, ok := normalize.Organization(p); ok || isAcronym(p) || collective.MatchString(normalize.Fold(p)) {
			continue
		}
		if pn := normalize.PersonName(p); pn.Title != "" || normalize.LooksLikePersonName(pn.Name) || initialName.MatchString(p) {
			continue
		}
		return false
	}
	return s != ""
}

// namedOwner reports whether every part of s names an organization or a
// person by more than a first name: the owner of "UNICEF et IRC :
// renforcer …", not the label of "Important : amener …".
func namedOwner(s string) bool {
	for _, p := range splitOwnerText(s) {
		if _, ok := normalize.Organization(p); ok || isAcronym(p) {
			continue
		}
		if pn := normalize.PersonName(p); pn.Title != "" || words(pn.Name) >= 2 && normalize.LooksLikePersonName(pn.Name) || initialName.MatchString(p) {
			continue
		}
		return false
	}
	return s != ""
}

// initialName matches "A. Gallais", "S. Le-Noxaïc", "P-H. Pelloux".
var initialName = normalize.MustExpr(`^[A-Z](-[A-Z])?\.\s*[A-ZÀ-Þ][\p{L}'’-]+$`)

// splitDashes splits a recommendation in parts joined by " – ": "apporter
// une réponse ... – planifier une évaluation ... – tenir compte ...".
func splitDashes(a minutes.Action) []minutes.Action {
	parts := strings.Split(a.Text, " – ")
	if len(parts) < 2 {
		return []minutes.Action{a}
	}
	var out []minutes.Action
	for _, p := range parts {
		if p = strings.TrimSpace(strings.TrimRight(p, " .,")); words(p) >= 3 {
			b := a
			b.Text = p
			b.DueRaw = ""
			out = append(out, b)
		}
	}
	return out
}

// quoted is a quotation in a sentence: “…”, « … », "…".
var quoted = normalize.MustExpr(`[“«"]\s*([^”»"]{10,600}?)\s*[”»"]`)

// firstPersonPlan opens what a speaker says they will do: "On va …",
// "Nous allons …", "Je vais …", "Nous devons …", "Il faut …".
var firstPersonPlan = normalize.MustExpr(`^(?:.{0,40}?\b)?(?:on va|on doit|nous allons|nous devons|nous devrons|je vais|il faut|il faudra)\s+`)

// quotedPlans reads the plans a speaker announces in a quotation, one
// action per infinitive: “On va tirer les leçons …, prendre
// immédiatement les dispositions …, mener les investigations, recenser
// tous les contacts”, a annoncé X. A quotation that reports, judges or
// hopes is none.
func quotedPlans(sentence string) []minutes.Action {
	if !strings.ContainsAny(sentence, "“«\"") {
		return nil
	}
	m := quoted.FindStringSubmatch(sentence)
	if m == nil {
		return nil
	}
	q := m[1]
	f := normalize.Fold(q)
	loc := firstPersonPlan.FindStringIndex(f)
	if loc == nil {
		return nil
	}
	rest := strings.TrimSpace(originalFrom(q, f, loc[1]))
	var out []minutes.Action
	for _, part := range infinitiveList.Split(rest, -1) {
		part = strings.TrimRight(strings.TrimSpace(part), " .,;")
		if words(part) >= 2 && infinitiveStart.MatchString(normalize.Fold(part)+" ") || words(part) >= 2 && infinitiveWord(part) {
			out = append(out, minutes.Action{Text: part, Agenda: -1, DueRaw: normalize.FindDue(part)})
		}
	}
	return out
}

// infinitiveList separates the infinitives of a list: ", prendre …", " et mener …".
var infinitiveList = normalize.MustExpr(`\s*,\s*|\s+et\s+`)

// infinitiveWord reports whether a phrase opens with an infinitive: a
// first word ending in -er, -ir or -re that is not a known noun.
func infinitiveWord(s string) bool {
	w := normalize.Fold(strings.Fields(s)[0])
	return (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")) && !nounLikeVerb.MatchString(w)
}

// promise is what someone promises or commits to, even after a quotation:
// "…», a-t-il dit, promettant de transmettre le rapport aux autorités
// après cette rencontre", "le HCR s'est engagé à ouvrir un bureau".
var promise = normalize.MustExpr(`\b(?:promettant|promet|promettent|a promis|ont promis|avait promis|s'engageant|s'est engagee?|se sont engagee?s|s'engage|s'engagent)\s+(?:de |d'|a |a l'|au )`)

// promised reads a promise as the action it promises.
func promised(sentence string) (minutes.Action, bool) {
	f := normalize.Fold(sentence)
	loc := promise.FindStringIndex(f)
	if loc == nil {
		return minutes.Action{}, false
	}
	text := strings.TrimRight(strings.TrimSpace(originalFrom(sentence, f, loc[0])), " .")
	return minutes.Action{Text: text, Agenda: -1, DueRaw: normalize.FindDue(text)}, true
}
