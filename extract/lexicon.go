package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/sahelim/minutes/normalize"
)

// The genre's vocabulary. Each concept is written once, as lemmas, and
// expanded to its French inflections: nominal forms (nouns, adjectives,
// past participles) get their feminine and plural, inclusive writing
// included ("présent.e.s", "présent(e)s"); verbs of the first group get
// their present, future, conditional, imperfect and participles. Matching
// is on folded text (lower case, no accents), on whole words.
//
// A rule that needs a family of words asks for its concept; adding a
// phrasing is adding a lemma here, and it comes with all its forms.

// nominal expands lemmas written in the masculine singular, accents
// included ("représenté", "facilitateur"), to their four forms and the
// inclusive spellings. A lemma written "x/y" gives its own feminine y
// ("facilitateur/facilitatrice"); invariable words end in "!".
func nominal(lemmas ...string) []string {
	var out []string
	for _, l := range lemmas {
		if strings.HasSuffix(l, "!") {
			out = append(out, noun(l)...)
			continue
		}
		m, f, _ := strings.Cut(l, "/")
		if f == "" {
			f = feminine(m)
		}
		out = append(out, noun(m+"/"+f)...)
		for _, inc := range []string{".e.s", ".es", ".e", "(e)s", "(e)", "·e·s", "·es", "-e-s", "(es)"} {
			out = append(out, normalize.Fold(m+inc))
		}
	}
	return uniqueForms(out)
}

// feminine gives the feminine of a masculine form: "présent" → présente,
// "représenté" → représentée, "membre" → membre, "actif" → active,
// "rapporteur" → rapporteuse, "officiel" → officielle.
func feminine(m string) string {
	switch {
	case strings.HasSuffix(m, "e") && !strings.HasSuffix(m, "é"):
		return m
	case strings.HasSuffix(m, "if"):
		return strings.TrimSuffix(m, "f") + "ve"
	case strings.HasSuffix(m, "eur"):
		return strings.TrimSuffix(m, "eur") + "euse"
	case strings.HasSuffix(m, "el"), strings.HasSuffix(m, "en"):
		return m + m[len(m)-1:] + "e"
	}
	return m + "e"
}

// noun expands nouns to their singular and plural (and a feminine given
// as "x/y"): "salle" → salles, "local" → locaux. Inclusive spellings are
// for the words that name people and their state (see nominal).
func noun(lemmas ...string) []string {
	var out []string
	for _, l := range lemmas {
		if w, ok := strings.CutSuffix(l, "!"); ok {
			out = append(out, normalize.Fold(w))
			continue
		}
		m, f, _ := strings.Cut(l, "/")
		for _, w := range []string{m, f} {
			if w == "" {
				continue
			}
			out = append(out, normalize.Fold(w))
			switch {
			case strings.HasSuffix(w, "al"):
				out = append(out, normalize.Fold(strings.TrimSuffix(w, "al")+"aux"))
			case strings.HasSuffix(w, "eau"), strings.HasSuffix(w, "eu"):
				out = append(out, normalize.Fold(w+"x"))
			case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"):
			default:
				out = append(out, normalize.Fold(w+"s"))
			}
		}
	}
	return uniqueForms(out)
}

// verb expands first-group verbs given by their infinitive ("charger",
// "désigner") to the forms a report uses: present and future of the third
// persons, conditional, imperfect, past participles, present participle.
// Other verbs are given by their stems: "prendre:prend,prenn,prendr,pris".
func verb(infinitives ...string) []string {
	var out []string
	for _, v := range infinitives {
		if inf, stems, ok := strings.Cut(v, ":"); ok {
			out = append(out, normalize.Fold(inf))
			for _, s := range strings.Split(stems, ",") {
				out = append(out, irregular(s)...)
			}
			continue
		}
		stem, ok := strings.CutSuffix(v, "er")
		if !ok {
			out = append(out, normalize.Fold(v))
			continue
		}
		soft := strings.HasSuffix(stem, "g") // "charger": "chargeait"
		for _, e := range []string{"er", "e", "es", "ent", "ons", "ez", "era", "eront", "erait", "eraient", "erons", "erez", "é", "ée", "és", "ées", "ait", "aient", "ant", "a", "èrent"} {
			if soft && (strings.HasPrefix(e, "a") || e == "ons" || e == "èrent") {
				e = "e" + e
			}
			out = append(out, normalize.Fold(stem+e))
		}
	}
	return uniqueForms(out)
}

// irregular expands one stem of an irregular verb: a future stem ending
// in "r" ("prendr", "fer", "devr") gets the future and conditional
// endings; a participle ending in "is", "it", "u" ("pris", "fait", "tenu")
// gets its agreement; any other stem the present and imperfect endings.
func irregular(s string) []string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasSuffix(s, "r"):
		return foldAll(s+"a", s+"ont", s+"ait", s+"aient", s+"ons", s+"ez")
	case strings.HasSuffix(s, "is"), strings.HasSuffix(s, "us"):
		return foldAll(s, s+"e", s+"es")
	case strings.HasSuffix(s, "it"), strings.HasSuffix(s, "u"), strings.HasSuffix(s, "ert"):
		return foldAll(s, s+"e", s+"s", s+"es")
	case strings.HasSuffix(s, "!"):
		return foldAll(strings.TrimSuffix(s, "!"))
	}
	return foldAll(s, s+"t", s+"ent", s+"ait", s+"aient", s+"ant")
}

func foldAll(ws ...string) []string {
	for i, w := range ws {
		ws[i] = normalize.Fold(w)
	}
	return ws
}

func uniqueForms(ws []string) []string {
	slices.Sort(ws)
	return slices.Compact(ws)
}

// lexicon concepts, each the forms of its lemmas.
var (
	// present: the words that say someone attended. "Organisations
	// présentes", "Structures représentées", "Partenaires participants",
	// "Liste de présence", "Étaient représentés", "Ont pris part".
	cuePresent = concat(
		nominal("présent", "représenté", "participant", "invité", "observateur/observatrice", "présence!", "participation!", "assistance!"),
		without(verb("participer", "assister", "prendre:pris"), "participant", "assistant", "prenant"),
	)
	// absent: who was not there; "Organisations (membres) Absentes",
	// "Excusés", "Absents excusés".
	cueAbsent = nominal("absent", "excusé", "absence!")
	// attendee nouns: what an attendance list enumerates.
	cueAttendeeOrg    = noun("organisation", "structure", "partenaire", "agence", "institution", "organisme", "entité", "service", "acteur/actrice", "ONG!", "ONGs!", "association", "délégation", "administration")
	cueAttendeePerson = noun("personne", "nom!", "noms!", "prénom", "personnalité")
	// the meeting's fields, as their labels name them.
	cuePlaceLabel = noun("lieu!", "lieux!", "salle", "adresse", "localité", "endroit!", "venue!", "emplacement!", "site!")
	cueDateLabel  = noun("date", "jour!", "période!")
	cueTimeLabel  = noun("heure", "horaire", "timing!")
	// where a meeting is held: "dans les locaux du HCR", "au hangar de
	// distribution", "à la préfecture de Nzérékore".
	cuePlaceNoun = noun("salle", "siège", "locaux!", "local", "hôtel", "mairie", "bureau", "bureaux!", "maison", "centre", "amphithéâtre", "direction", "salon", "auditorium", "espace", "hangar", "camp", "préfecture", "sous-préfecture", "ministère", "résidence", "enceinte", "cour", "immeuble", "base", "école", "hôpital", "bâtiment", "paillote", "case", "tente", "hall", "chapiteau", "campus", "complexe", "cité", "palais", "gouvernorat", "délégation", "antenne", "sous-bureau", "représentation", "ambassade", "primature", "présidence", "bibliothèque", "foyer")
	// the meeting's start, said in a sentence: "a eu lieu à 10h00",
	// "déclare ouverts les travaux à 15h 30", "démarrée à 8h35".
	cueStart = concat(verb("débuter", "démarrer", "commencer", "ouvrir:ouvr,ouvert", "tenir:tien,tienn,tiendr,tenu", "dérouler"), nominal("début!", "ouverture!", "eu lieu!", "a lieu!"))
	// functions: what follows a name in a role line ("Houzibe FOBA
	// Associate Field Officer", "Dr X, Coordonnateur du Cluster Santé")
	// or stands before it in apposition ("le sous-préfet de Goma, Prosper
	// Diatoulou,"). English job titles appear in French minutes as written.
	cueFunction = nominal("coordonnateur/coordonnatrice", "coordinateur/coordinatrice", "facilitateur/facilitatrice", "co-facilitateur/co-facilitatrice",
		"directeur/directrice", "président", "vice-président", "représentant", "responsable", "chef!", "chefs!", "cheffe", "chargé", "conseiller/conseillère",
		"secrétaire", "délégué", "administrateur/administratrice", "assistant", "spécialiste", "expert", "médecin", "officier/officière", "gestionnaire",
		"rapporteur", "modérateur/modératrice", "gouverneur", "ministre", "préfet", "sous-préfet", "maire", "commissaire", "adjoint", "intérim!", "co!",
		"porte-parole!", "ambassadeur/ambassadrice", "consul", "point!", "lead!", "officer!", "associate!", "manager!", "coordinator!", "advisor!", "adviser!",
		"head!", "specialist!", "director!", "deputy!", "senior!", "field!", "program!", "programme!", "project!", "team!", "leader!", "officers!")
	// verbs of doing and delivering: their passive in the future or
	// under an obligation commits someone ("le communiqué sera publié",
	// "les frais seront supportés par le Gouvernement", "ce rapport doit
	// être transmis"); a verb of state does not ("la capacité sera
	// dépassée").
	cueActionVerb = verb("publier", "partager", "envoyer", "transmettre:transmet,transmett,transmettr,transmis", "désigner", "organiser", "supporter",
		"préparer", "élaborer", "finaliser", "diffuser", "soumettre:soumet,soumett,soumettr,soumis", "communiquer", "réaliser", "mener", "installer",
		"distribuer", "fournir:fourni,fourniss,fournir", "relever", "renforcer", "identifier", "évaluer", "faire:fai,fer,fait", "mettre:met,mett,mettr,mis",
		"prendre:prend,prenn,prendr,pris", "présenter", "programmer", "planifier", "lancer", "déployer", "recruter", "former", "sensibiliser", "mobiliser",
		"actualiser", "compléter", "valider", "vérifier", "collecter", "consolider", "compiler", "rédiger", "adresser", "remettre:remet,remett,remettr,remis",
		"convoquer", "tenir:tien,tienn,tiendr,tenu", "conduire:condui,conduis,conduir,conduit", "entreprendre:entrepren,entreprenn,entreprendr,entrepris",
		"assurer", "garantir:garanti,garantiss,garantir", "établir:établi,établiss,établir", "suivre:sui,suiv,suivr,suivi", "appuyer", "accompagner",
		"financer", "couvrir:couvr,couvrir,couvert", "réhabiliter", "construire:construi,construis,construir,construit", "acheminer", "livrer", "doter",
		"équiper", "intégrer", "inclure:inclu,inclur,inclus", "ajouter", "corriger", "réviser", "mettre à jour!", "harmoniser", "clarifier", "examiner",
		"étudier", "analyser", "cartographier", "documenter", "signaler", "notifier", "informer", "contacter", "saisir", "solliciter", "relancer",
		"reporter", "confier", "attribuer", "allouer", "affecter", "nommer", "élargir:élargi,élargiss,élargir", "réunir:réuni,réuniss,réunir",
		"ouvrir:ouvr,ouvrir,ouvert", "offrir:offr,offrir,offert", "créer", "instaurer", "enregistrer", "recenser", "vacciner", "traiter", "référer", "prendre en charge!")
	// the header of an action table's owner column: "Responsable(s)",
	// "RESPONSABILITES", "Par qui", "Acteurs", "Structure", "Adressée à",
	// "Point focal", "Lead".
	cueOwnerHeader = concat(nominal("responsable", "responsabilité", "porteur", "pilote", "chargé", "acteur/actrice", "structure", "entité", "organisme",
		"intervenant", "exécutant", "adressé", "destinataire", "qui!", "point focal!", "points focaux!", "en charge!", "lead!", "who!", "responsible!", "owner!", "focal point!", "focal points!", "partie prenante", "parties prenantes!"))
	// what a list of actions is called: its section title ("Prochaines
	// étapes", "Recommandations"), its table column ("Actions à prendre",
	// "Points d'action") or its line label ("Action :", "À faire :").
	cueActionNoun = concat(noun("action", "décision", "recommandation", "prochaine étape!", "prochaines étapes!", "étape", "tâche", "engagement",
		"suite à donner!", "suites à donner!", "à faire!", "point d'action!", "points d'action!", "points d'actions!", "todo!", "to do!"))
	// a meeting, as a next one is named: "prochaine réunion", "prochain COPIL".
	cueMeetingNoun = noun("réunion", "rencontre", "séance", "session", "rdv!", "rendez-vous!", "copil!", "comité", "ca!", "atelier", "assemblée", "ag!")
	// a count, not a list: "Nombre de participants".
	cueCount = noun("nombre!", "total!", "effectif")
	// what a label may add about another meeting: "Lieu de la prochaine réunion".
	cueOther = nominal("prochain", "précédent", "dernier/dernière")
)

// The vocabulary of commitments and reports, read by the rules of
// narrative.go on sentences (folded forms).
var (
	// a decision stated impersonally: "il a été recommandé de",
	// "il est convenu que", "il a été retenu".
	cueDecided = concat(participles("recommander", "décider", "convenir:convenu", "retenir:retenu", "demander", "prévoir:prévu",
		"entendre:entendu", "arrêter", "acter"), foldAll("question de"))
	// what is advisable: "il serait opportun de", "il est donc important".
	cueAdvisable = foldAll("opportun", "nécessaire", "utile", "important", "souhaitable", "indispensable", "urgent", "primordial")
	// the verbs a report tells done with, after "a", "ont": "a exposé",
	// "ont présenté", "a remercié", "ont été".
	cueReported = participles("être:été", "faire:fait", "présenter", "exposer", "mener", "procéder", "réaliser", "souligner", "informer",
		"rappeler", "expliquer", "indiquer", "partager", "remercier", "féliciter", "noter", "constater", "saluer", "participer",
		"rencontrer", "continuer", "travailler", "commencer", "terminer", "finaliser", "envoyer", "recevoir:reçu", "obtenir:obtenu",
		"contacter", "annoncer", "préciser", "proposer", "demander")
	// movements told done, after "est", "sont": "est allé", "sont venus".
	cueMoved = nominal("allé", "venu", "passé", "intervenu")
	// what a subject commits to, before the task: an auxiliary of intent
	// or obligation ("va", "devront", "pourra", "prévoit"), an undertaking
	// ("s'engage à", "se charge", "est chargé"), or the future of a verb
	// of delivering ("enverra", "présenteront").
	cueCommit = concat(
		foldAll("va", "vont", "doit", "doivent", "prévoit", "prévoient"), irregular("devr"), foldAll("pourra", "pourront"),
		foldAll("s'engage à", "s'engagent à", "se charge", "se chargent", "est chargé", "est chargée", "sont chargés", "se propose de",
			"décidera", "déciderait", "relaiera", "relaieront", "fera", "feront", "enverra", "enverront", "transmettra", "transmettront",
			"partagera", "partageront", "présentera", "présenteront", "préparera", "prépareront", "rédigera", "organisera", "organiseront",
			"sera présent", "seront présents", "seront présentes", "pourra être transmis", "pourront être transmises", "contactera"),
		cueTakeOn)
	// verbs in the present that announce a task, but only with a named
	// subject: "@laurenta organise", "Eric contacte", "X s'occupe de".
	cueTakeOn = foldAll("s'occupe", "s'occupent", "s'attaque", "contacte", "organise")
	// tasks named by "à" and an infinitive: "rapport à préparer", "une
	// date est à caler".
	cueToDo = foldAll("préparer", "envoyer", "faire", "prévoir", "organiser", "rédiger", "définir", "caler", "fixer", "valider", "compléter",
		"publier", "contacter", "recontacter", "transmettre", "lancer", "relancer", "finaliser", "planifier", "diffuser", "vérifier",
		"trouver", "confirmer", "programmer", "regarder", "étudier", "décider", "mettre en place", "mettre à jour")
)

// The vocabulary of a follow-up status ("Statut", "Niveau de réalisation").
var (
	// done: "Fait", "Réalisée", "Clôturé", "Exécutées".
	cueDone = nominal("fait", "réalisé", "terminé", "achevé", "exécuté", "clos", "clôturé", "effectué", "accompli", "finalisé")
	// what negates it: "non fait", "n'a pas été réalisé", "jamais exécuté".
	cueNegation = foldAll("non", "pas", "jamais", "aucun", "aucune", "rien", "sans", "ni")
	// carried over, so still to do: "reconduite", "reportée", "maintenue",
	// "en attente", "à suivre", "toujours attendu".
	cueCarriedOver = concat(nominal("reconduit", "reporté", "maintenu", "renouvelé", "attendu"), foldAll("en attente", "à suivre", "a suivre", "pas encore"))
)

// participles gives the past participle of verbs, masculine singular as
// it follows "a" and "ont": "présenter" → présenté; an irregular verb is
// given with its own ("faire:fait").
func participles(infinitives ...string) []string {
	var out []string
	for _, v := range infinitives {
		if _, pp, ok := strings.Cut(v, ":"); ok {
			out = append(out, normalize.Fold(pp))
		} else if stem, ok := strings.CutSuffix(v, "er"); ok {
			out = append(out, normalize.Fold(stem+"é"))
		} else {
			out = append(out, normalize.Fold(v))
		}
	}
	return uniqueForms(out)
}

// without removes forms that belong to another word: "assistant" is a
// function, not a presence.
func without(forms []string, drop ...string) []string {
	return slices.DeleteFunc(forms, func(f string) bool { return slices.Contains(drop, f) })
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return uniqueForms(out)
}

// alternation writes a concept's forms for a regular expression on
// unfolded text: each accented letter also matches its plain spelling,
// and capitals match through (?i).
func alternation(forms []string) string {
	var b strings.Builder
	for i, f := range longestFirst(forms) {
		if i > 0 {
			b.WriteByte('|')
		}
		for _, r := range f {
			if alt, ok := accented[r]; ok {
				b.WriteString(alt)
				continue
			}
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// accented lists the spellings of a folded letter in French text.
var accented = map[rune]string{'a': "[aàâä]", 'e': "[eéèêë]", 'i': "[iîï]", 'o': "[oôö]", 'u': "[uùûü]", 'c': "[cç]"}

// wordSet is a concept compiled for whole-word lookups on folded text.
type wordSet map[string]bool

func set(forms ...[]string) wordSet {
	s := wordSet{}
	for _, fs := range forms {
		for _, f := range fs {
			s[f] = true
		}
	}
	return s
}

// any reports whether a folded text holds one of the set's words (a
// multi-word form such as "pris part" is looked up on consecutive words).
func (s wordSet) any(folded string) bool {
	ws := labelWords(folded)
	for i, w := range ws {
		if s[w] || i+1 < len(ws) && s[w+" "+ws[i+1]] {
			return true
		}
	}
	return false
}

// labelWords splits folded text into words, keeping the inclusive
// spellings ("present.e.s", "present(e)s") whole.
func labelWords(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '(' || r == ')' || r == '·' || r == '-' || r == '\'')
	})
}

// trimWord drops the punctuation that ends or opens a word in a label:
// "(membres)", "presentes.".
func trimWord(w string) string {
	return strings.Trim(w, ".()'-")
}

// sets used by the label classifiers.
var (
	presentWords     = set(cuePresent)
	absentWords      = set(cueAbsent)
	orgNounWords     = set(cueAttendeeOrg)
	personWords      = set(cueAttendeePerson)
	placeWordsLex    = set(cuePlaceLabel)
	dateWords        = set(cueDateLabel)
	timeWords        = set(cueTimeLabel)
	countWords       = set(cueCount)
	startWords       = set(cueStart)
	functionWordsLex = set(cueFunction)
	actionVerbWords  = set(cueActionVerb)
	otherWords       = set(cueOther)
)

// leadWords may stand before an attendance label's subject; openers
// may be its first word.
var (
	leadWords = map[string]bool{"les": true, "des": true, "la": true, "le": true, "l": true, "liste": true, "de": true, "du": true, "d": true, "autres": true}
	openers   = set(nominal("membre"), []string{"etaient", "etait", "ont", "sont", "ont.", "se"})
)

// attendanceNouns name the act of attending: a label on its own.
var attendanceNouns = map[string]bool{"presence": true, "participation": true, "assistance": true}

// attendance is what an attendance label announces.
type attendance int

const (
	notAttendance attendance = iota
	presentList              // who attended
	absentList               // who was absent or excused
)

// attendanceLabel classifies a folded label: a list of who attended
// ("Organisations et partenaires (membres) présentes", "Participants",
// "Liste de présence", "Les organisations suivantes étaient
// représentées", "13 structures"), of who did not ("Organisations
// (membres) Absentes", "Excusés"), or neither. orgs reports whether the
// list names organizations (its noun is one) rather than people.
func attendanceLabel(label string) (kind attendance, orgs bool) {
	ws := labelWords(label)
	if len(ws) == 0 || len(ws) > 9 {
		return notAttendance, false
	}
	// The label must open on its subject: "Organisations présentes",
	// "Liste de présence", "Étaient représentés", "13 structures"; not
	// "Présentation des nouveaux participants".
	first := 0
	for first < len(ws) && (leadWords[trimWord(ws[first])] || strings.Trim(ws[first], "0123456789.)-") == "" && len(ws) > first+1 && !isNumber(trimWord(ws[first+1]))) {
		first++
	}
	if first == len(ws) {
		return notAttendance, false
	}
	h := trimWord(ws[first])
	if !presentWords[h] && !absentWords[h] && !orgNounWords[h] && !personWords[h] && !openers[h] && !isNumber(h) {
		return notAttendance, false
	}
	if attendanceNouns[h] && first < len(ws)-1 && (first == 0 || trimWord(ws[first-1]) != "de") {
		// "Présence de bailleurs traditionnels" speaks of something
		// else; "Présence", "Liste de présence" are the list.
		return notAttendance, false
	}
	var present, absent, count, other, noun, person bool
	for i, w := range ws {
		t := trimWord(w)
		two := ""
		if i+1 < len(ws) {
			two = t + " " + trimWord(ws[i+1])
		}
		switch {
		case absentWords[t] || absentWords[w]:
			absent = true
		case presentWords[t] || presentWords[w] || presentWords[two]:
			present = true
		}
		count = count || countWords[t]
		other = other || otherWords[t]
		noun = noun || orgNounWords[t]
		person = person || personWords[t]
		if i == 0 && isNumber(t) && len(ws) <= 3 {
			present = present || noun || orgNounWords[trimWord(ws[min(1, len(ws)-1)])] // "13 structures"
		}
	}
	if i := len(ws) - 1; !present && !absent && len(ws) <= 3 && orgNounWords[trimWord(ws[0])] && isNumber(trimWord(ws[i])) {
		present = true
	}
	switch {
	case count || other:
		return notAttendance, false
	case absent:
		return absentList, noun && !person
	case present:
		return presentList, noun && !person
	}
	return notAttendance, false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// fieldLabel reports whether a folded label names a meeting field of the
// concept: its first word (or first two, "lieu et date", "date/heure") is
// one of the concept's, and it speaks of no other meeting.
func fieldLabel(label string, s wordSet) bool {
	ws := labelWords(label)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if otherWords[trimWord(w)] {
			return false
		}
	}
	for i, w := range ws {
		if i > 2 {
			break
		}
		if s[trimWord(w)] {
			return true
		}
		if t := trimWord(w); t != "et" && t != "&" && i > 0 && !placeWordsLex[t] && !dateWords[t] && !timeWords[t] {
			break
		}
	}
	return false
}

// The regular expressions compiled from concepts, on folded text.
var (
	actionNouns = alternationFolded(cueActionNoun)
	// nextMeeting marks the date of the next meeting, never this one's:
	// "Prochaine réunion : jeudi 5 mars 2020 à 10h", "prochain COPIL".
	nextMeeting = regexp.MustCompile(`\bprochaine?s? (?:` + alternationFolded(cueMeetingNoun) + `)\b`)
	// nextMeetingSubject opens a sentence about the next meeting.
	nextMeetingSubject = regexp.MustCompile(`^(?:la |le |les )?prochaine?s? (?:` + alternationFolded(cueMeetingNoun) + `)\b`)
)

// alternationFolded writes a concept's folded forms as an alternation,
// longest first.
func alternationFolded(forms []string) string {
	sorted := longestFirst(forms)
	for i, f := range sorted {
		sorted[i] = regexp.QuoteMeta(f)
	}
	return strings.Join(sorted, "|")
}

// longestFirst sorts a copy of forms longest first, so that an
// alternation prefers "prochaines étapes" to "prochaine".
func longestFirst(forms []string) []string {
	sorted := slices.Clone(forms)
	slices.SortFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	return sorted
}

// findLabel returns the first field whose label names the concept and
// has a value or following lines.
func findLabel(fs []field, s wordSet) (field, bool) {
	for _, f := range fs {
		if fieldLabel(f.Label, s) && (f.Value != "" || len(f.Follow) > 0) {
			return f, true
		}
	}
	return field{}, false
}

// cutFunction keeps of a role line's value the name before its
// function: "Houzibe FOBA Associate Field Officer" is Houzibe FOBA,
// "Richard FOTSING Coordonnateur du cluster santé" Richard FOTSING. A
// value that opens with a function is left whole.
func cutFunction(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && functionWordsLex[trimWord(normalize.Fold(w))] {
			return strings.Join(ws[:i], " ")
		}
	}
	return s
}
