package extract

import (
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

// Patterns of commitments written as sentences, on folded text. Each
// carries a real example.
var (
	// "Il a été recommandé de mieux trianguler ...", "Il est demandé aux participants de ..."
	impersonal = normalize.MustExpr(`\bil (a ete|avait ete|est|sera) (aussi |donc |egalement |par ailleurs |[a-z]+ment )?(` + alternationFolded(cueDecided) + `)\b`)
	// "il serait opportun d'étendre ces axes", "Il est donc important de ne pas traîner"
	advisable = normalize.MustExpr(`\bil (serait|sera|est|semble|parait) (donc |aussi |egalement )?(` + alternationFolded(cueAdvisable) + `)\b`)
	// "il faudra les mettre à jour", "il faudrait leur demander"
	obligation = normalize.MustExpr(`\b(il faudra|il faudrait|faudra|il conviendra|il conviendrait|il reste a|il restera a|reste a (trouver|faire|definir|organiser|preparer))\b`)
	// "L'ICC recommande que ...", "Le D-HC recommande à l'ICC d'apporter ..."
	recommends = normalize.MustExpr(`\b(recommande|recommandent|preconise|preconisent|exhorte) (de |d'|que |qu'|a |aux |au |une |un |la |le |l'|les |des |vivement )`)
	// "OCHA va renforcer", "Les acteurs du RRM vont voir", "X devra", "COOPI prévoit le recrutement"
	modal = normalize.MustExpr(`\b(` + alternationFolded(cueCommit) + `)\b`)
	// verbs in the present that announce a task only with a named subject: "@laurenta organise", "Eric contacte"
	present = normalize.MustExpr(`^(` + alternationFolded(cueTakeOn) + `)$`)
	// "Le HCC à souhaité que le Cluster puisse ..."
	chairWish = normalize.MustExpr(`\b(a|à) (souhaite|souhaiter) que\b`)
	chairRole = normalize.MustExpr(`\b(hcc|president|presidente|coordinat\w*|chef de file|lead|facilitat\w*|moderat\w*)\b`)
	// "a demandé aux participants qui souhaitent ...", "Il est demandé aux participants de ne pas ..."
	asks = normalize.MustExpr(`\b(demande|recommande) (a|aux|au) (.{2,60}?) (de|d'|qui|qu')`)
	// reports of what was done: "a exposé", "ont été présentés", "s'est félicité"
	report = normalize.MustExpr(`\b(a|ont|avait|avaient) (` + alternationFolded(cueReported) + `)\b|\b(s'est|se sont)\b|\b(est|sont) (` + alternationFolded(cueMoved) + `)\b`)
	// "pourrait apporter son assistance", "a proposé d'assister": offers, not commitments
	offer = normalize.MustExpr(`\b(pourrait|pourraient|a propose|ont propose|propose d'|souhaiterait)\b`)
	// "le Cluster Santé ... a organisé": an auxiliary before the verb makes it past.
	auxiliary = normalize.MustExpr(`\b(a|ont|avait|avaient|aura|auront)$`)
	pronoun   = normalize.MustExpr(`^(il|elle|ils|elles|on|nous|vous|je|qui|ce|cela|ceci|ca|cette|celle|celui)$`)
	// "nous allons", "on va": the meeting commits itself.
	ourselves = normalize.MustExpr(`^(nous|on)$`)
	// A subject that is a clause, not an agent: "personne ne", "si la
	// modélisation", "quand le projet".
	notAgent = normalize.MustExpr(`\b(ne|n'|si|quand|lorsque|comme|puisque|afin|selon|dont)\b`)
	// A leading time or place complement before the subject: "Au deuxième
	// semestre 2025 le SG ERDA prévoit ...".
	leadingComplement = normalize.MustExpr(`^(au|aux|en|dans|pour|apres|avant|lors|d'ici|des|depuis|a partir)\b.*\b(le|la|les|l')\s*`)
	// "Rapport d'activité à préparer", "une date est à caler": a task to do.
	toDo = normalize.MustExpr(`\b(est|sont|reste|restent)?\s*a (` + alternationFolded(cueToDo) + `)\b`)
	// "Le rendu final à la DGALN est prévu fin janvier 2024", "une
	// migration du serveur est prévue", "pourront être transmises": a
	// planned step with no agent named.
	passiveFuture = normalize.MustExpr(`\b(est|sont|sera|seront) (prevue?s?|envisagee?s?|envisageables?|programmee?s?|planifiee?s?)\b|\b(sera|seront) soumise?s? a\b|\bpourr(a|ont) etre (transmise?s?|envoyee?s?|partagee?s?|communiquee?s?|fournie?s?)\b`)
	// "L'association va bientôt être créée": a passive future states, it
	// assigns nothing.
	passiveModal = normalize.MustExpr(`^ (bientot |rapidement |aussi |egalement )?etre\b`)
	// "→ @Amaury limite 2 février"
	arrowHandle = normalize.MustExpr(`(→|->|=>)\s*(@[\p{L}\d_.\-]*[\p{L}\d_])`)
	// "... → Action : à regarder par @Amaury"
	inlineAction = normalize.MustExpr(`(?i)(→|->|=>)\s*action\s*:`)
)

var (
	// "Le D-HC recommande à l'ICC d'apporter ...": the ICC owns it.
	recommendsTo = normalize.MustExpr(`\brecommande (a|aux|au) (.{2,40}?) (de |d'|que )`)
	// "... que le Cluster puisse apporter son appui": the Cluster owns it.
	wishSubject = normalize.MustExpr(`^\s*(.{2,40}?) (puisse|puissent|soit|soient|doit|doivent)\b( etre)?`)
	// "Convocation à envoyer → @Situphen", "Recontacter le CCSTI : @yann".
	trailingHandles = normalize.MustExpr(`\s*(:|→|->|=>)\s*(@[\p{L}\d_.\-]+(\s*(et|,)\s*@[\p{L}\d_.\-]+)*)\s*\.?$`)
	// "(re)lancer la discussion sur les forums @Rockaround"
	endHandle = normalize.MustExpr(`\s(@[\p{L}\d_.\-]*[\p{L}\d_])\s*\.?$`)
	// "... une date est à caler : @yann et @jerome y feront ..."
	colonHandles = normalize.MustExpr(`:\s*(@[\p{L}\d_.\-]+( et @[\p{L}\d_.\-]+)*)`)
)

// nextMeetingSubject opens a sentence about the next meeting: its date and
// place are not an action.

// handlesIn finds the @handles of a sentence; an e-mail address, even cut
// before its "@" ("msff.abalart @paris.msf.org"), is none.
func handlesIn(s string) [][]string {
	if !strings.Contains(s, "@") {
		return nil
	}
	var out [][]string
	for _, h := range handleRe.FindAllStringSubmatch(emailRe.ReplaceAllString(s, ""), -1) {
		if !domainRe.MatchString(h[1]) {
			out = append(out, h)
		}
	}
	return out
}

var domainRe = normalize.MustExpr(`\.(?:[a-z]{2,3}|info)$`)

// handleRe matches an owner written as a handle: "@yann", "@david.blaisonneau".
var handleRe = normalize.MustExpr(`@([\p{L}\d_][\p{L}\d_.\-]*[\p{L}\d_])`)

// narrative reads one sentence as a commitment. ok is false when the
// sentence is not one.
func narrative(sentence string) (minutes.Action, bool) {
	s := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(sentence), "-– "))
	f := normalize.Fold(s)
	a := minutes.Action{Text: s, Agenda: -1}
	if nextMeetingSubject.MatchString(f) {
		return a, false // "La prochaine réunion est prévue le 8 mai 2025" dates a meeting
	}
	if strings.ContainsAny(s, "«»“”") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, "?") {
		return a, false // quoted speech reports what someone said; "A confirmer :" opens a list; a question asks
	}
	if handles := handlesIn(s); handles != nil {
		return handleAction(a, s, handles)
	}
	if offer.MatchString(f) && !obligation.MatchString(f) {
		return a, false
	}
	if r, ok := request(a, s, f); ok {
		return r, true
	}
	switch {
	case inlineAction.MatchString(s):
		return a, true
	case passiveFuture.MatchString(f) && !impersonal.MatchString(f):
		if p, ok := plannedStep(a, s, f); ok {
			return p, true
		}
		// "L'OMS appuiera la DRS pour la campagne prévue du 15 au 20
		// mai": the plan is a complement; the agent may still commit.
		return subjectAction(a, s, f)
	case impersonal.MatchString(f), advisable.MatchString(f), obligation.MatchString(f):
		if m := asks.FindStringSubmatch(f); m != nil && agentLike(original(s, f, m[3])) {
			a.OwnerRaw = original(s, f, m[3])
			a.Owners = splitOwners(a.OwnerRaw)
		} else if m := decidedThat.FindStringSubmatch(f); m != nil && agentLike(original(s, f, m[1])) {
			// "Il est arrêté que chaque partenaire fournisse …": the
			// subject of what is decided acts.
			a.OwnerRaw = stripArticle(original(s, f, m[1]))
			a.Owners = splitOwners(a.OwnerRaw)
		}
		a.Text = fromMatch(s, f, firstMatch(f, impersonal, advisable, obligation))
		return a, true
	case recommends.MatchString(f):
		return recommendation(a, s, f), true
	case chairWish.MatchString(f):
		return chairRequest(a, s, f)
	case toDo.MatchString(f) && words(s) <= 15 && !report.MatchString(f):
		return a, true
	}
	if sa, ok := subjectAction(a, s, f); ok {
		return sa, true
	}
	if ae, ok := appealOrExtension(a, s, f); ok {
		return ae, true
	}
	return passiveCommitment(a, s, f)
}

// decidedThat is the subject of a decision's clause: "il est convenu que
// les partenaires transmettent", "il a été décidé que chaque partenaire
// fournisse".
var decidedThat = normalize.MustExpr(`\bil (?:a ete|avait ete|est|sera) (?:[a-z]+ )?(?:recommande|decide|convenu|retenu|demande|arrete|entendu) qu(?:e |')((?:chaque|tous les|toutes les|les|le|la|l'|des)\s*[a-z'-]+(?:\s+(?:de|du|des|d')\s*[a-z'-]+)?)\b`)

// passive and obligation forms that commit: "le prochain communiqué sera
// publié", "les frais seront supportés par le Gouvernement", "ce rapport
// doit être transmis", "les EMIRA vont être relevés par les EMIRAs du
// Nord"; "les partenaires sont tenus d'informer …"; "il y aura un
// renforcement …".
var (
	passiveAux = normalize.MustExpr(`\b(sera|seront|va etre|vont etre|doit etre|doivent etre|devra etre|devront etre|devrait etre|devraient etre|devra aussi etre|est a|sont a|reste a|restent a)\s+(?:[a-z]+ment\s+|aussi\s+|egalement\s+|donc\s+|bien\s+)?([a-z'-]+)`)
	boundTo    = normalize.MustExpr(`\b(est|sont|sera|seront|etait|etaient)\s+(?:[a-z]+ment\s+|donc\s+|aussi\s+)?tenue?s?\s+(de|d')`)
	thereWill  = normalize.MustExpr(`\bil y aura (un|une|des)\b`)
	byAgent    = normalize.MustExpr(`\bpar (?:le |la |les |l')?([^,;.]{2,60}?)(?:\s+(?:dans|pour|avant|d'ici|au plus tard|a partir|des|en|a|au|aux|le|la)\b|[,;.]|$)`)
)

func passiveCommitment(a minutes.Action, s, f string) (minutes.Action, bool) {
	if !passiveAux.May(f) && !boundTo.May(f) && !thereWill.May(f) {
		return a, false // none of the forms' words
	}
	m := passiveAux.FindStringSubmatchIndex(f)
	bound := boundTo.FindStringSubmatchIndex(f)
	if m != nil && bound == nil {
		// "… a précisé que le prochain communiqué sera publié": what is
		// reported is the clause after "que"; that clause must not report.
		clause := f[:m[0]]
		if i := strings.LastIndex(clause, " que "); i >= 0 {
			clause = clause[i:]
		}
		if report.MatchString(clause) {
			return a, false
		}
	} else if bound == nil && report.MatchString(f) {
		return a, false
	}
	if bound != nil {
		m := bound
		subject := strings.TrimSpace(f[:m[0]])
		if i := strings.LastIndexAny(subject, ",;:"); i >= 0 {
			subject = strings.TrimSpace(subject[i+1:])
		}
		if raw := stripArticle(original(s, f, subject)); subject != "" && agentLike(raw) {
			a.OwnerRaw = raw
			a.Owners = splitOwners(raw)
		}
		return a, true
	}
	if thereWill.MatchString(f) {
		return a, true
	}
	if m == nil || !actionVerbWords[f[m[4]:m[5]]] {
		return a, false
	}
	if i := strings.LastIndex(f[:m[0]], " que "); i >= 0 {
		a.Text = strings.TrimSpace(originalFrom(s, f, i+len(" que "))) // the reported clause
	}
	if ag := byAgent.FindStringSubmatch(f[m[1]:]); ag != nil {
		if raw := strings.TrimRight(stripArticle(original(s, f, strings.TrimSpace(ag[1]))), ".,;:"); agentLike(raw) || opensWithAcronym(raw) {
			a.OwnerRaw = raw
			a.Owners = splitOwners(raw)
		}
	}
	// A verb of doing in the passive future commits, with or without who
	// and when: "un point focal sera désigné", "les données seront
	// partagées"; the present ("est à", "reste à") needs one of them.
	aux := f[m[2]:m[3]]
	if len(a.Owners) == 0 && normalize.FindDue(s) == "" && (strings.HasPrefix(f, "si ") || strings.HasSuffix(aux, " a")) {
		return a, false // a hypothesis ("Si … aboutit, l'assistance sera assurée") forecasts
	}
	return a, true
}

// appeals and extensions that commit whom they name: "un appel a été lancé
// aux partenaires pour combler les gaps", "un nouveau délai a été accordé
// jusqu'au 31 août aux partenaires pour soumettre leurs rapports", "le
// HCC a souhaité la production d'une note au plus tard fin juin".
var (
	appealTo  = normalize.MustExpr(`\b(?:un |l')?appel (?:a ete |est |sera )?(?:lance|adresse|fait) (?:a |aux |au |a l')([^,;.]{2,60}?)\s+(?:pour|afin|de |d'|a )`)
	extension = normalize.MustExpr(`\bdelai (?:supplementaire )?(?:a ete |est |sera )?(?:accorde|octroye|donne|fixe|prolonge)\b`)
	wishedBy  = normalize.MustExpr(`\b(?:a|ont) souhaite (?:la |le |l'|les |que |qu')`)
	// "J’ai prévu une réunion avec les chefs de village ce 30 avril": a
	// speaker's own plan, dated.
	ownPlan = normalize.MustExpr(`\b(?:j'ai|nous avons|on a) (?:prevu|programme|planifie|decide) (?:de |d'|une |un |la |le |les |des )`)
	toWhom  = normalize.MustExpr(`\b(?:a|aux|au|a l') ((?:l'|la |les |le )?[a-z][^,;.]{1,50}?)\s+(?:pour|afin|de |d')`)
)

// appealOrExtension reads those forms.
func appealOrExtension(a minutes.Action, s, f string) (minutes.Action, bool) {
	if m := appealTo.FindStringSubmatch(f); m != nil {
		if raw := stripArticle(original(s, f, strings.TrimSpace(m[1]))); agentLike(raw) {
			a.OwnerRaw, a.Owners = raw, splitOwners(raw)
		}
		return a, true
	}
	if loc := extension.FindStringIndex(f); loc != nil && normalize.FindDue(s) != "" {
		if m := toWhom.FindStringSubmatch(f[loc[1]:]); m != nil {
			if raw := stripArticle(original(s, f, strings.TrimSpace(m[1]))); agentLike(raw) {
				a.OwnerRaw, a.Owners = raw, splitOwners(raw)
			}
		}
		return a, true
	}
	if (wishedBy.MatchString(f) || ownPlan.MatchString(f)) && normalize.FindDue(s) != "" {
		return a, true
	}
	return a, false
}

func firstMatch(f string, res ...*normalize.Expr) int {
	best := -1
	for _, re := range res {
		if loc := re.FindStringIndex(f); loc != nil && (best < 0 || loc[0] < best) {
			best = loc[0]
		}
	}
	return best
}

// fromMatch trims a sentence to the clause that holds the commitment:
// "Ces trois axes ... Aussi il serait opportun d'étendre ..." keeps "il
// serait opportun ...". i is a byte offset in the folded text.
func fromMatch(s, f string, i int) string {
	if i <= 0 {
		return s
	}
	start := strings.LastIndexAny(f[:i], ".;:")
	if start < 0 {
		return s
	}
	return strings.TrimSpace(originalFrom(s, f, start+1))
}

// original maps a substring of the folded sentence back to the original
// text by word position.
func original(s, f, sub string) string {
	i := strings.Index(f, sub)
	if i < 0 {
		return sub
	}
	before := len(strings.Fields(f[:i]))
	n := len(strings.Fields(sub))
	ws := strings.Fields(s)
	if before+n > len(ws) {
		return sub
	}
	return strings.Join(ws[before:before+n], " ")
}

// originalFrom returns the original text from the word at folded byte
// offset i.
func originalFrom(s, f string, i int) string {
	before := len(strings.Fields(f[:i]))
	ws := strings.Fields(s)
	if before >= len(ws) {
		return s
	}
	return strings.Join(ws[before:], " ")
}

// reportedBy matches a speaker reporting a plan: "La région Bourgogne
// Franche Comté (Yoann DUMON) a indiqué que ...": the speaker owns it.
var reportedBy = normalize.MustExpr(`^(.{2,80}?)\s*(\([^()]*\))?\s+(a|ont) (indique|precise|annonce|informe|confirme|explique|assure|fait savoir) que\b`)

// requested matches a request made to someone: "X a demandé à la Banque
// des Territoires et au Cerema de réaliser un nouvel atelier".
var requested = normalize.MustExpr(`(?:\b(a|ont|avait|avaient|est|sont|a ete|ont ete) |^)demandee?s? (a|aux|au) (.{2,80}?) (de |d')(.+)$`)

// request reads a request made to someone as that party's action: the
// text is what is asked, the owners whom it is asked of.
func request(a minutes.Action, s, f string) (minutes.Action, bool) {
	m := requested.FindStringSubmatch(f)
	if m == nil {
		return a, false
	}
	// Whom something is asked of acts: no agent test, but not "à ce stade".
	raw := stripArticle(original(s, f, m[3]))
	if strings.HasPrefix(normalize.Fold(raw), "ce ") {
		return a, false
	}
	a.OwnerRaw, a.Owners = raw, splitOwners(raw)
	if i := strings.Index(f, m[4]+m[5]); i >= 0 && (m[1] == "a" || m[1] == "ont" || m[1] == "avait" || m[1] == "avaient") {
		// "X a demandé à Y de Z": what Y is to do is Z; "Il est demandé à
		// Y de Z" and "Demande aux partenaires de Z" keep their words.
		a.Text = strings.TrimSpace(originalFrom(s, f, i+len(m[4])))
	}
	return a, true
}

// plannedStep reads a step planned without an agent ("Le rendu final est
// prévu fin janvier 2024"); a speaker who reports it owns it ("X a indiqué
// que les données pourront être transmises ..."). The clause that plans
// must not itself report the past.
func plannedStep(a minutes.Action, s, f string) (minutes.Action, bool) {
	loc := passiveFuture.FindStringIndex(f)
	clause := f[:loc[1]]
	if i := strings.LastIndexAny(clause, ",;"); i >= 0 {
		clause = clause[i+1:]
	}
	if i := strings.LastIndex(clause, " que "); i >= 0 {
		clause = clause[i:]
	}
	if report.MatchString(clause) {
		return a, false
	}
	if m := reportedBy.FindStringSubmatch(f); m != nil {
		raw := stripArticle(original(s, f, strings.TrimSpace(m[1])))
		if agentLike(raw) {
			a.OwnerRaw = raw
			a.Owners = splitOwners(raw)
		}
	} else if m := underCharge.FindStringSubmatch(f); m != nil {
		// "… sous la supervision de l’Administration communale"
		if raw := strings.TrimRight(stripArticle(original(s, f, strings.TrimSpace(m[1]))), ".,;"); agentLike(raw) {
			a.OwnerRaw = raw
			a.Owners = splitOwners(raw)
		}
	}
	// A plan in the present with neither a party nor a date ("une
	// amélioration de l'annexe est prévue") tells what may happen; the
	// future ("sera soumise") commits.
	return a, len(a.Owners) > 0 || normalize.FindDue(s) != "" || futurePlan.MatchString(clause)
}

// underCharge names who is in charge of a planned step: "sous la
// supervision de l’Administration communale", "sous la responsabilité du
// HCR".
var underCharge = normalize.MustExpr(`\bsous la (?:supervision|responsabilite|coordination|conduite|houlette|direction|charge) (?:du |des |de |d')((?:la |l')?[^,;.]{2,60})`)

// futurePlan: "sera soumise à l'approbation", "pourront être transmises".
var futurePlan = normalize.MustExpr(`\b(sera|seront|pourra|pourront)\b`)

// recommendation reads "X recommande à Y de A – B – C": one action per part,
// owned by Y when named.
func recommendation(a minutes.Action, s, f string) minutes.Action {
	if m := recommendsTo.FindStringSubmatch(f); m != nil {
		a.OwnerRaw = stripArticle(original(s, f, m[2]))
		a.Owners = splitOwners(a.OwnerRaw)
	}
	return a
}

// chairRequest reads "Le HCC a souhaité que le Cluster puisse ...": a
// request of the chair, owned by whoever "que" names.
func chairRequest(a minutes.Action, s, f string) (minutes.Action, bool) {
	loc := chairWish.FindStringIndex(f)
	if !chairRole.MatchString(f[:loc[0]]) {
		return a, false
	}
	rest := f[loc[1]:]
	if m := wishSubject.FindStringSubmatch(rest); m != nil && m[3] == "" {
		a.OwnerRaw = stripArticle(original(s, f, strings.TrimSpace(m[1])))
		a.Owners = splitOwners(a.OwnerRaw)
	}
	return a, true
}

// subjectAction reads "SUBJECT va/devra/prévoit ...": the subject owns
// the action.
func subjectAction(a minutes.Action, s, f string) (minutes.Action, bool) {
	loc := modal.FindStringSubmatchIndex(f)
	if loc == nil {
		loc = futureVerb.FindStringSubmatchIndex(f)
	}
	if loc == nil {
		return a, false
	}
	// A relative clause tells what the subject did ("le HCR, qui jusqu'à
	// maintenant a procédé à …, lancera"): it is no report of the sentence.
	head := relativeClause.ReplaceAllString(f[:loc[0]], " ")
	if report.MatchString(head) {
		return a, false
	}
	verb := f[loc[2]:loc[3]]
	subject := strings.TrimSpace(head)
	if sub := subordinate.FindAllStringIndex(subject, -1); sub != nil {
		// "Dès que la population se stabilisera le HCR lancera …": the
		// subject follows the subordinate clause's verb.
		rest := subject[sub[len(sub)-1][1]:]
		if ms := futureWord.FindAllStringIndex(rest, -1); len(ms) > 0 {
			subject = strings.TrimSpace(rest[ms[len(ms)-1][1]:])
		}
	}
	// "Save the Children se chargera de …": the reflexive pronoun is the verb's.
	subject = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(subject, " se"), " s'"))
	if len(strings.Fields(subject)) > 7 {
		if i := strings.LastIndexAny(subject, ",;:"); i >= 0 {
			subject = strings.TrimSpace(subject[i+1:])
		}
	}
	if i := strings.LastIndex(subject, " que "); i >= 0 {
		subject = strings.TrimSpace(subject[i+len(" que "):])
	}
	if i := strings.LastIndex(subject, " qu'"); i >= 0 {
		subject = strings.TrimSpace(subject[i+len(" qu'"):])
	}
	if i := strings.LastIndex(subject, ":"); i >= 0 {
		subject = strings.TrimSpace(subject[i+1:])
	}
	if m := leadingComplement.FindStringIndex(subject); m != nil {
		subject = strings.TrimSpace(subject[m[1]:])
	}
	if notAgent.MatchString(subject) {
		return a, false
	}
	sw := strings.Fields(subject)
	if len(sw) == 0 || len(sw) > 10 || strings.HasPrefix(subject, "qui") {
		return a, false
	}
	if passiveModal.MatchString(f[loc[1]:]) || auxiliary.MatchString(subject) {
		return a, false
	}
	start := strings.Index(f, subject)
	a.Text = strings.TrimSpace(originalFrom(s, f, start))
	raw := stripArticle(original(s, f, subject))
	if pronoun.MatchString(sw[0]) {
		if m := reportedSpeech.FindStringSubmatch(f[:loc[0]]); m != nil && !ourselves.MatchString(sw[0]) {
			// "Les représentants ... informent qu'ils relaieront ...": the
			// speaker is the subject.
			if raw := stripArticle(original(s, f, strings.TrimSpace(m[1]))); agentLike(raw) {
				a.Text = s
				a.OwnerRaw, a.Owners = raw, splitOwners(raw)
				return a, true
			}
		}
		return a, ourselves.MatchString(sw[0]) && !present.MatchString(verb)
	}
	if present.MatchString(verb) && !allPeople(raw) || !agentLike(raw) {
		return a, false
	}
	a.OwnerRaw = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), " donc"))
	a.Owners = splitOwners(a.OwnerRaw)
	return a, true
}

var (
	relativeClause = normalize.MustExpr(`,\s*(?:qui|dont|lequel|laquelle)\b[^,]*,`)
	subordinate    = normalize.MustExpr(`(?:^|\s)(?:des que|des qu'|quand|lorsque|lorsqu'|une fois que|apres que|aussitot que|tant que)\b`)
	futureWord     = normalize.MustExpr(`\b[a-z]{2,}(?:era|eront|ira|iront|dra|dront|ra|ront)\b`)
)

// futureVerb matches a verb in the future followed by its object: "L'OMS
// appuiera la DRS", "MSF fournira des kits", "le district mettra en
// place". Only an agent as subject makes it a commitment.
var futureVerb = normalize.MustExpr(`\b((?:[a-z]+(?:[^s]era|eront|ira|iront|dra|dront|ttra|ttront|vra|vront))|fera|feront)\s+(?:le|la|les|l'|un|une|des|du|de|d'|a|au|aux|en|son|sa|ses|leur|leurs|ce|cette|ces|plusieurs|deux|trois)\b`)

// reportedSpeech matches the main clause of reported speech: "Les
// représentants des conseils citoyens présents informent qu'ils …".
var reportedSpeech = normalize.MustExpr(`^(.{2,80}?)\s+(informe|informent|indique|indiquent|annonce|annoncent|precise|precisent|confirme|confirment|assure|assurent|affirme|affirment|repond|repondent|explique|expliquent)\s+qu`)

// allPeople reports whether every owner in raw is a person's name:
// "Valentin et Rafa", "Eric".
func allPeople(raw string) bool {
	parts := splitOwnerText(raw)
	for _, p := range parts {
		if !normalize.LooksLikePersonName(p) {
			return false
		}
	}
	return len(parts) > 0
}

// agentNouns are the heads of subjects that can carry out an action:
// "Les acteurs du RRM", "le cluster", "l'équipe projet", "les participants".
var agentNouns = normalize.MustExpr(`^(districts?|points? focaux|point focal|medecins?|agents?|relais|centres?|hopital|hopitaux|gouvernorat|prefets?|prefecture|sous-prefets?|maires?|directeurs?|directrices?|academies?|cellules?|unites?|structures?|organisations?|equipes?|groupes?|bureaux?|ca|conseils?|comites?|clusters?|sous-clusters?|coordination|coordinateurs?|coordonnateurs?|partenaires?|acteurs?|membres?|participants?|secretariat|presidente?|representants?|services?|associations?|ong|agences?|responsables?|directions?|ministeres?|mairies?|villes?|regions?|commissions?|gt|chacun|tous|delegations?|cabinets?|prestataires?|animateurs?|referents?|benevoles?|etat|gouvernement|autorites?|administrations?|communes?|gendarmerie|police|forces?|armees?|croix-rouge|croix rouge|prefets?|ministres?|gouverneurs?|missions?|emiras?|equipes? mobiles?)\b`)

// agentLike reports whether a subject names who acts: an organization,
// an acronym, a person, a handle or a group of people.
func agentLike(raw string) bool {
	if _, ok := normalize.Organization(raw); ok {
		return true
	}
	for _, w := range strings.Fields(raw) {
		if isAcronym(strings.Trim(w, ",.()")) || strings.HasPrefix(w, "@") {
			return true
		}
	}
	if pn := normalize.PersonName(raw); pn.Title != "" || normalize.LooksLikePersonName(pn.Name) || allPeople(raw) {
		return true
	}
	return agentNouns.MatchString(quantifier.ReplaceAllString(normalize.Fold(stripArticle(raw)), ""))
}

// quantifier opens a group of agents: "chaque partenaire", "tous les
// acteurs", "l'ensemble des membres".
var quantifier = normalize.MustExpr(`^(?:chaque|chacun des|chacune des|tous les|toutes les|l'ensemble des|certain(?:e)?s|les differents|les differentes|plusieurs)\s+`)

// handleAction reads a line that names owners by handle: "@yann contacte
// Brest", "Recontacter le CCSTI : @yann", "Convocation à envoyer → @Situphen".
func handleAction(a minutes.Action, s string, handles [][]string) (minutes.Action, bool) {
	f := normalize.Fold(s)
	if m := trailingHandles.FindStringSubmatchIndex(s); m != nil {
		a.Text = strings.TrimSpace(s[:m[0]])
		a.OwnerRaw = strings.TrimSpace(s[m[4]:m[5]])
	} else if m := arrowHandle.FindStringSubmatchIndex(s); m != nil {
		a.Text, a.OwnerRaw = strings.TrimSpace(s[:m[0]]), s[m[4]:m[5]]
	} else if m := endHandle.FindStringSubmatch(s); m != nil {
		a.Text, a.OwnerRaw = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), m[0])), m[1]
	} else if strings.HasPrefix(strings.TrimSpace(s), "@") && !report.MatchString(f) {
		a.OwnerRaw = strings.Join(handleNames(handles), ", ")
	} else if m := colonHandles.FindStringSubmatch(s); m != nil {
		a.OwnerRaw = m[1]
	} else {
		return a, false
	}
	a.DueRaw = normalize.FindDue(s)
	for _, h := range handleRe.FindAllStringSubmatch(a.OwnerRaw, -1) {
		a.Owners = append(a.Owners, minutes.Owner{Raw: "@" + h[1], Person: h[1]})
	}
	return a, len(a.Owners) > 0
}

func handleNames(handles [][]string) []string {
	var out []string
	for _, h := range handles {
		out = append(out, "@"+h[1])
	}
	return out
}

var articleRe = normalize.MustExpr(`^(?i)((les|le|la|un|une|des|du|au|aux)\s+|(l'|l’)\s*)`)

// stripArticle drops a leading article: "Les acteurs du RRM" → "acteurs
// du RRM", "l’ICC" → "ICC".
func stripArticle(s string) string {
	s = strings.TrimSpace(s)
	if t := articleRe.ReplaceAllString(s, ""); t != "" {
		return t
	}
	return s
}

// infinitiveStart matches an instruction that opens with a verb in the
// infinitive followed by its object: "Renforcer la coordination",
// "Assurer le soutien", "Mettre à jour".
var infinitiveStart = normalize.MustExpr(`^[a-z]+(er|ir|re|oir)\s+(le|la|les|l'|un|une|des|du|de|d'|a|au|aux|en|sur|pour|avec|leur|leurs|ses|son|sa|ce|cette|ces|tous|toutes|davantage|plus|mieux|regulierement|un|en|\d+)\b`)

// crossReference: "Voir le tableau ci-après" points elsewhere, it asks nothing.
var crossReference = normalize.MustExpr(`^(voir|noter|rappeler|consulter)\b`)

// nounLikeVerb lists nouns that end like infinitives and open headers and
// labels: "Nombre de participants", "Membre du bureau", "Dossier de ...",
// "Heure de fin", "Lecture du procès-verbal".
var nounLikeVerb = normalize.MustExpr(`^(heures?|mesures?|structures?|procedure|nature|culture|facture|ouverture|cloture|signature|lecture|couverture|frontiere|matiere|maniere|filiere|carriere|barriere|riviere|lumiere|priere|terre|guerre|pere|mere|frere|sphere|premier|dernier|routier|nombre|membre|titre|centre|ordre|lettre|chambre|livre|cadre|registre|ministre|filtre|offre|oeuvre|genre|theatre|metre|litre|notre|votre|autre|entre|contre|outre|encore|premiere?|derniere?|dossier|atelier|quartier|papier|calendrier|courrier|fichier|cahier|chantier|hiver|foyer|loyer|danger|conseiller|officier|ouvrier|metier|entier|particulier|janvier|fevrier|grenier|cancer|manager|leader|desir|plaisir|loisir|avenir|souvenir|devoir|pouvoir|savoir|espoir|soir|comptoir|terroir|tiroir|couloir|miroir)\b`)

func startsWithInfinitive(s string) bool {
	f := normalize.Fold(s)
	if w, _, _ := strings.Cut(strings.TrimSpace(s), " "); strings.HasSuffix(w, "ère") || len(w) > 1 && w == strings.ToUpper(w) {
		// "Ministère de …", "Frontière …": no infinitive ends in -ère;
		// a word in capitals is a heading or a letterhead.
		return false
	}
	return infinitiveStart.MatchString(f) && !crossReference.MatchString(f) && !nounLikeVerb.MatchString(f)
}

func isReport(s string) bool { return report.MatchString(normalize.Fold(s)) }

// sentences splits a paragraph into sentences at ". ", "! ", "? " before
// a capital letter.
func sentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i+2 < len(rs); i++ {
		if (rs[i] == '.' || rs[i] == '!' || rs[i] == '?') && rs[i+1] == ' ' && (isUpper(rs[i+2]) || dashStart(rs[i+2:])) && !abbreviation(rs[start:i]) {
			out = append(out, strings.TrimSpace(string(rs[start:i+1])))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

// dashStart reports whether rs opens an item set off by a dash: "- M.
// Larrouy prévoit ...".
func dashStart(rs []rune) bool {
	return len(rs) > 2 && (rs[0] == '-' || rs[0] == '–') && rs[1] == ' ' && isUpper(rs[2])
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'À' && r <= 'Þ' || r == '@' }

// abbreviation reports whether text ends with a title or initial ("M",
// "Dr", "A") so that "M. Tunga" is not a sentence end.
func abbreviation(text []rune) bool {
	i := len(text)
	for i > 0 && text[i-1] != ' ' {
		i--
	}
	w := string(text[i:])
	switch w {
	case "M", "Dr", "Mme", "Mr", "Pr", "St", "Mlle", "cf", "etc", "ex", "Coordo", "N°":
		return true
	}
	// An initial ("A. Gallais"), not "20 %." ending a sentence.
	r := []rune(w)
	return len(r) == 1 && unicode.IsUpper(r[0])
}
