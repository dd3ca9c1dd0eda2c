package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

var (
	// roleLabel: "Lead :", "Facilitateur :", "Modération et secrétariat", "Rapporté par :".
	roleLabel = normalize.MustExpr(`^(le |la )?(co-?)?(lead|facilitat\w*|moderat\w*|secretari\w*|secretaire|rapport(e|eur|euse) ?(par)?|redige par|redaction|redacteur|redactrice|presiden\w*|presidee? par|animat\w*|prise de notes|compte rendu redige par)( de (la )?(seance|reunion))?$`)
	// a title before a name: "Dr AG Zakaria", "M. Tunga", "Mme Sall".
	titledName = normalize.MustExpr(`\b(Dr|Docteur|Pr|Professeur|M\.|Mr\.?|Mme|Mlle|Monsieur|Madame)\s+((?:(?:de|du|d'|d’|van|von|della|ould|ag)\s*)?(?:[A-ZÀ-Þ][\p{L}'’\-]*\.?\s?){1,4})`)
	// "M. Tunga d'OCHA", "Dr X de l'OMS": a person and an organization.
	ofOrg = normalize.MustExpr(`^\s*(d'|d’|de l'|de l’|du |de la |de )([A-Z][A-Za-z\-]{1,12})\b`)
	// "le représentant du CMP a fait savoir", "le point focal de la DNDS".
	representative = normalize.MustExpr(`(?i:repr[ée]sentante?|point focal|d[ée]l[ée]gu[ée]e?|directeur|directrice|coordonnateur|coordinateur|responsable)s?\s+(?i:du|de la|de l'|de l’|d'|d’|des)\s*([A-Z][A-Z\-]{1,10})\b`)
	// "COOPI : COOPI est présente ...": a speaker named before a colon.
	speakerLine = normalize.MustExpr(`^([A-Z][A-Z\-]{1,12})\s*:`)
)

// textParticipants finds people and organizations that speak: titled
// names ("M. Tunga d'OCHA"), representatives ("le représentant du CMP"),
// and speaker lines ("COOPI : ...").
// titleWords are the literal starts of titledName's titles: most lines
// hold none, and the regular expression is then skipped.
var titleWords = []string{"Dr", "Docteur", "Pr", "Professeur", "M.", "Mr", "Mme", "Mlle", "Monsieur", "Madame"}

// functionWords start the functions that representative and functionRe
// read, lower-cased.
var functionWords = []string{"repr", "direct", "coordi", "coordo", "focal", "légu", "legu", "respons", "chef", "présid", "presid", "secr", "ministre"}

func hasFunction(s string) bool {
	l := strings.ToLower(s)
	for _, w := range functionWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func hasTitle(s string) bool {
	for _, w := range titleWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func textParticipants(p *people, u unit) {
	if hasTitle(u.Text) {
		titledPeople(p, u)
	}
	speakers(p, u)
	proseOrgs(p, u)
	appositives(p, u) // after the titled names, which carry more
}

// titledPeople reads the people a title introduces: "M. Tunga d'OCHA",
// "Dr X (OMS)", "sous la présidence de Mme Aïcha Maïga".
func titledPeople(p *people, u unit) {
	for _, m := range titledName.FindAllStringSubmatchIndex(u.Text, -1) {
		title, name := u.Text[m[2]:m[3]], strings.TrimSpace(u.Text[m[4]:m[5]])
		name = strings.TrimRight(cutFunction(name), ".") // "Dr Richard FOTSING Coordonnateur du cluster"
		x := minutes.Participant{Person: name, Title: title, Role: "intervenant", Raw: u.Text[m[0]:m[1]], Source: u.Src}
		rest := u.Text[m[1]:]
		if chairedBy.MatchString(normalize.Fold(u.Text[max(0, m[0]-40):m[0]])) {
			x.Role = "président" // "sous la présidence de Mme Aïcha Maïga"
		}
		if org, role, ok := functionOrg(u.Text[max(0, m[0]-200):m[0]]); ok {
			// "le représentant de l’Organisation de la Santé (OMS) au Mali, Dr Patrick Kaboré"
			x.Organization, x.Role = org, role
		} else if o := ofOrg.FindStringSubmatch(rest); o != nil {
			x.Organization, _ = organization(o[2])
		} else if strings.HasPrefix(strings.TrimSpace(rest), "(") {
			if i := strings.Index(rest, ")"); i > 0 {
				if org, ok := firstOrg(rest[:i]); ok {
					x.Organization, _ = organization(org)
				}
			}
		} else if app, ok := strings.CutPrefix(rest, ", "); ok && roleWords.MatchString(normalize.Fold(app)) {
			// "Mme Aïcha Maïga, cheffe du bureau OCHA de Gao"
			if i := strings.IndexAny(app, ",;.("); i > 0 {
				app = app[:i]
			}
			if org, ok := firstOrg(app); ok {
				x.Organization, _ = organization(org)
			}
		}
		p.add(x)
	}
}

// chairedBy ends the words that introduce a meeting's chair: "sous la
// présidence de", "présidée par", "co-présidée par le".
var chairedBy = normalize.MustExpr(`\b(sous la (co-?)?presidence d(e|u|e la|e l'|es)|(co-?)?presidee? par( le| la)?)\s*$`)

// speakers finds representatives ("le représentant du CMP"), functions
// before a colon and speaker lines ("COOPI : ...").
func speakers(p *people, u unit) {
	f := u.Text
	if m := speakerLine.FindStringSubmatch(f); m != nil && words(f) > 4 {
		if org, ok := normalize.Organization(m[1]); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: m[1]},
				Role: "intervenant", Raw: m[1], Source: u.Src})
		}
	}
	if !hasFunction(f) {
		return
	}
	for _, m := range representative.FindAllStringSubmatch(f, -1) {
		if org, ok := organization(m[1]); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: org, Role: "intervenant", Raw: m[0], Source: u.Src})
		}
	}
	if i := strings.Index(f, ":"); i > 0 && i < 120 {
		// "Le Directeur Général de la Santé et de l'Hygiène Publique: a souhaité ..."
		if org, role, ok := functionOrg(f[:i] + ","); ok && participating(org.Kind) {
			p.add(minutes.Participant{Organization: org, Role: role, Raw: f[:i], Source: u.Src})
		}
	}
}

// functionRe matches a function and the body it serves, just before a
// name or a colon: "le représentant de l’Organisation de la Santé (OMS) au
// Mali,", "directeur général de la santé et de l’hygiène publique,".
var functionRe = normalize.MustExpr(`(?i)(repr[ée]sentante?|directeur|directrice|coordonnateur|coordinateur|coordinatrice|chef|cheffe|responsable|pr[ée]sidente?|point focal|d[ée]l[ée]gu[ée]e?|secr[ée]taire|ministre)(\s+(g[ée]n[ée]ral|national|r[ée]gional|adjoint|ex[ée]cutif|pays)e?)?\s+(de la |de l'|de l’|du |des |de |d'|d’)\s*([^,:;()]{2,90}?)\s*(\(([A-Z][A-Za-z\-]{1,10})\))?(\s+(au|en|à|a) [A-ZÀ-Þ][\p{L}\- ]*)?\s*,\s*$`)

// directionOf names the body a director heads: "directeur général de la
// santé" serves the "Direction générale de la santé".
var directionOf = map[string]string{"general": "Direction générale", "national": "Direction nationale", "regional": "Direction régionale"}

// functionOrg reads the organization of a function written before a name:
// the acronym in parentheses, a known organization, or the direction a
// director heads. ok is false when before ends with no such function.
func functionOrg(before string) (minutes.Organization, string, bool) {
	m := functionRe.FindStringSubmatch(before)
	if m == nil {
		return minutes.Organization{}, "", false
	}
	role := strings.TrimSpace(m[0][:strings.Index(m[0], m[4])])
	body := strings.TrimSpace(m[5])
	if m[7] != "" {
		if org, ok := organization(m[7]); ok {
			return org, role, true
		}
	}
	if org, ok := organization(body); ok {
		return org, role, true
	}
	fn := normalize.Fold(m[1])
	if d, ok := directionOf[normalize.Fold(strings.TrimSpace(m[3]))]; ok && strings.HasPrefix(fn, "direct") {
		name := d + " " + m[4] + body
		if org, ok := organization(name); ok {
			return org, role, true
		}
		return minutes.Organization{Acronym: name, Name: name, Kind: "unknown", Raw: name}, role, true
	}
	return minutes.Organization{}, "", false
}

// capitalRun is a run of capitalised words, with the particles of names.
var capitalRun = normalize.MustExpr(`\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}[\p{L}'’\-]+|de|ould|ag|ben|el))*`)

// chairCue ends the words that introduce who chaired or led: "présidée
// par", "sous la direction d’", "a été animée par".
var chairCue = normalize.MustExpr(`\b(?:(?:presid|dirig|anim|moder|facilit|conduit)\pL*\s+par|sous la (?:co-?)?(?:presidence|direction|conduite|houlette|moderation|facilitation)\s+(?:de|du|des|d'|de la|de l'))\s*(?:le |la |l')?$`)

// appositives finds the people that prose names without a title, in
// apposition to their function or after who chaired: "le sous-préfet de
// Goma-Tsé-Tsé, Prosper Diatoulou, a indiqué", "le ministre de la Santé
// Rémy Lamah", "présidée par Alioune DIOP, membre du HCR", "le
// Lieutenant-général Constant Ndima". A name is two to four capitalised
// words that no article or preposition opens, that are no function, place
// or institution word, and that a function or a chair cue announces in
// the words just before it.
func appositives(p *people, u unit) {
	text := u.Text
	if u.InCell || !strings.ContainsAny(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || words(text) < 6 {
		return // prose only: cells hold functions and bodies ("Chargé de mission Transition Ecologique")
	}
	if !strings.Contains(text, "(") && !strings.Contains(text, " par ") && !strings.Contains(text, "sous la") && !mentionsFunction(text) {
		return // a name is accepted only beside a function, a rank, a chair cue or an organization in parentheses
	}
	for _, loc := range capitalRun.FindAllStringIndex(text, -1) {
		ws := strings.Fields(text[loc[0]:loc[1]])
		if len(ws) < 2 {
			continue // a name has two words at least
		}
		before := normalize.Fold(text[max(0, loc[0]-48):loc[0]]) // the chair cue and the word before
		chair := chairCue.MatchString(strings.TrimSpace(before))
		// words right after an article or a preposition are nouns, but
		// for the chair's name: "sous la direction d’Emilienne Raoul"
		if prev := lastWord(before); !chair && (prev == "le" || prev == "la" || prev == "les" || prev == "du" || prev == "des" || prev == "de" || prev == "l'" || prev == "l’" || prev == "d'" || prev == "au" || prev == "aux") {
			if len(ws) < 3 {
				continue
			}
			ws = ws[1:]
		}
		titled := false // a function or rank opens the run: "le Commissaire de Police Principal NIBIGIRA Edouard"
		for len(ws) > 0 && (functionWordsLex[trimWord(normalize.Fold(ws[0]))] || rankWords[normalize.Fold(ws[0])] || nameStop(ws[0]) || particle(ws[0])) {
			titled = titled || functionWordsLex[trimWord(normalize.Fold(ws[0]))] || rankWords[normalize.Fold(ws[0])]
			ws = ws[1:]
		}
		for len(ws) > 0 && particle(ws[len(ws)-1]) {
			ws = ws[:len(ws)-1] // "Commissariat de"
		}
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		name := strings.TrimRight(strings.Join(ws, " "), "’'")
		if !personShaped(ws) || !normalize.LooksLikePersonName(name) {
			continue
		}
		if !chair && !titled && !functionAfter(text[loc[1]:]) && !functionBefore(normalize.Fold(text[max(0, loc[0]-120):loc[0]])) {
			continue
		}
		if m := afterName.FindStringSubmatch(text[loc[1]:]); m != nil && m[2] != "" && strings.EqualFold(initials(text[loc[0]:loc[1]]), strings.TrimSpace(m[2])) {
			continue // "Plan Climat Air Energie Territorial (PCAET)": a name and its acronym
		}
		if _, named := p.where[normalize.PersonKey(name)]; named || p.knownSurname(name) {
			continue
		}
		x := minutes.Participant{Person: name, Role: "intervenant", Raw: name, Source: u.Src}
		if chair {
			x.Role = "président"
		}
		p.add(x)
	}
}

// rankWords are titles of rank written before a name.
var rankWords = set(nominal("général", "lieutenant-général!", "colonel!", "commandant!", "capitaine!", "lieutenant!", "sergent!", "adjudant!", "principal", "honorable", "excellence!", "sem!", "s.e.m.!", "s.e.!", "son!"))

// institution words are capitalised in names of bodies, never of people.
var institutionWords = set(cuePlaceNoun, cueAttendeeOrg, nominal("cluster", "santé!", "nation", "uni", "république", "coordination", "protection", "éducation!", "nutrition!", "sécurité!", "alimentaire",
	"humanitaire", "national", "régional", "état", "gouvernement", "système", "agence", "programme", "plan", "projet", "comité", "conseil", "commission",
	"mission", "police!", "armée", "force", "malien", "nigérien", "burkinabè!", "tchadien", "congolais!", "centrafricain", "haïtien", "guinéen", "burundais!", "mauritanien", "défense!", "intérieur!", "affaire", "excellence!", "zone!", "district!", "province!", "région!", "cercle!", "commune!", "territoire!", "ville!", "département!", "croix!", "rouge!",
	"union!", "européenne!", "africaine!", "ong!", "fonds!", "banque!", "mondiale!", "international", "cadre!", "groupe!", "secteur!", "plateforme!", "réunion!", "compte!", "rendu!"))

func nameStop(w string) bool { return institutionWords[trimWord(normalize.Fold(w))] }

// personShaped reports whether every word of a name can be a name's:
// not a function, an institution or a known place.
func personShaped(ws []string) bool {
	for _, w := range ws {
		f := trimWord(normalize.Fold(w))
		if functionWordsLex[f] || institutionWords[f] {
			return false
		}
		if _, ok := normalize.Region(w); ok {
			return false
		}
	}
	return true
}

// functionBefore reports whether a function is named in the last words
// of the folded text before a name, within its clause.
func functionBefore(before string) bool {
	if i := strings.LastIndexAny(before, ".;:!?"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '\'' || r == '’' })
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-12; i-- {
		if functionWordsLex[trimWord(ws[i])] && ws[i] != "co" && ws[i] != "point" {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	if i := strings.LastIndexAny(w, "'’"); i >= 0 && i < len(w)-len("’") {
		return w[:i+len(string(w[i]))]
	}
	return w
}

func particle(w string) bool {
	switch strings.ToLower(w) {
	case "de", "du", "des", "d", "ould", "ag", "ben", "el":
		return true
	}
	return false
}

// afterName is what follows a name in apposition: ", Ambassadeur, Chef
// de la délégation", " (ECHO)".
var afterName = normalize.MustExpr(`^\s*(?:,\s*(?:le |la |l'|l’)?([\p{L}-]+)|\(([^()]{2,60})\))`)

// functionAfter reports whether a function or an organization follows
// a name: "SEM Raul MATEUS PAULA, Ambassadeur", "Jordi Torres-Miralles
// (ECHO)".
func functionAfter(rest string) bool {
	m := afterName.FindStringSubmatch(rest)
	switch {
	case m == nil:
		return false
	case m[1] != "":
		return functionWordsLex[trimWord(normalize.Fold(m[1]))]
	}
	if _, ok := organization(m[2]); ok {
		return true
	}
	return opensWithAcronym(m[2])
}

// proseOrgs are the organizations prose names as taking part: who
// organized or facilitated ("organisée par ACTED"), who is reported
// ("Selon le HCR, …"), and an attendance phrase with its list in
// parentheses ("les organisations présentes (UEFA, TPO, GRAINES, …)").
var (
	organizedBy = normalize.MustExpr(`\b(?i:organis|convoqu|facilit|anim|co-?organis|initi)(?:é|ée|és|ées|e|ee) par (?:le |la |les |l'|l’)?([\p{Lu}][\p{L}\d&'’/-]*(?:\s+[\p{Lu}][\p{L}\d&'’/-]*){0,3})`)
	accordingTo = normalize.MustExpr(`(?:^|[\s,;(])(?i:selon) (?:le |la |les |l'|l’)?([\p{Lu}][\p{L}\d&'’/-]*(?:\s+[\p{Lu}][\p{L}\d&'’/-]*){0,3})\s*[,:]`)
)

func proseOrgs(p *people, u unit) {
	if u.InCell || len(u.Text) < 20 {
		return
	}
	for i, re := range []*normalize.Expr{organizedBy, accordingTo} {
		if !strings.Contains(u.Text, [...]string{" par ", "elon "}[i]) {
			continue // each expression behind its word
		}
		for _, m := range re.FindAllStringSubmatch(u.Text, -1) {
			name := strings.TrimRight(m[1], " .,;")
			if org, ok := organization(name); ok && participating(org.Kind) {
				p.add(minutes.Participant{Organization: org, Role: "intervenant", Raw: name, Source: u.Src})
			}
		}
	}
	// "les organisations présentes (A, B, …)": the words before each
	// parenthesis must be an attendance label that names organizations.
	text := u.Text
	for at := strings.IndexByte(text, '('); at > 0; {
		end := strings.IndexByte(text[at:], ')')
		if end < 0 {
			return
		}
		before := strings.Fields(text[max(0, at-60):at])
		if len(before) > 4 {
			before = before[len(before)-4:]
		}
		for n := len(before); n >= 2; n-- {
			if k, orgs := attendanceLabel(normalize.Fold(strings.Join(before[len(before)-n:], " "))); k == presentList && orgs {
				for _, e := range splitEntries(text[at+1 : at+end]) {
					listedOrg(p, e, "participant", false, u.Src)
				}
				break
			}
		}
		next := strings.IndexByte(text[at+end:], '(')
		if next < 0 {
			return
		}
		at += end + next
	}
}

// mentionsFunction reports whether a text holds a function or a rank
// word of the lexicon.
func mentionsFunction(text string) bool {
	for _, w := range labelWords(normalize.Fold(text)) {
		if t := trimWord(w); functionWordsLex[t] || rankWords[t] {
			return true
		}
		for _, part := range strings.Split(w, "-") { // "coordonnateur-résident", "sous-préfet"
			if functionWordsLex[part] || rankWords[part] {
				return true
			}
		}
	}
	return false
}
