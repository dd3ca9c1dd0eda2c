package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

func TestNominalForms(t *testing.T) {
	for _, tc := range []struct {
		lemma string
		want  []string
	}{
		{"présent", []string{"present", "presente", "presents", "presentes", "present.e.s", "present(e)s"}},
		{"représenté", []string{"represente", "representee", "representes", "representees"}},
		{"observateur/observatrice", []string{"observateur", "observatrice", "observateurs", "observatrices"}},
		{"membre", []string{"membre", "membres"}},
		{"principal", []string{"principaux", "principale", "principales"}},
	} {
		got := nominal(tc.lemma)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("nominal(%q) lacks %q: %v", tc.lemma, w, got)
			}
		}
	}
}

func TestVerbForms(t *testing.T) {
	for _, tc := range []struct {
		verb string
		want []string
	}{
		{"charger", []string{"charge", "chargera", "chargeront", "chargerait", "chargee", "chargees", "chargeait"}},
		{"participer", []string{"participe", "participent", "participera", "participaient"}},
		{"prendre:prend,prenn,prendr,pris", []string{"prend", "prennent", "prendra", "prendront", "pris", "prise"}},
	} {
		got := verb(tc.verb)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("verb(%q) lacks %q: %v", tc.verb, w, got)
			}
		}
	}
}

// Attendance labels as real minutes write them (UNHCR Mopti tables, the
// Mali ministry portal, cluster santé RCA, Abala camp, a Burkina PV, the
// sample corpus) and what must not be read as one.
func TestAttendanceLabel(t *testing.T) {
	for _, tc := range []struct {
		label string
		kind  attendance
		orgs  bool
	}{
		{"Organisations et partenaires (membres) présentes", presentList, true},
		{"Observateurs & partenaires présents", presentList, true},
		{"Organisations (membres) Absentes", absentList, true},
		{"Organisations (membres) Excusées", absentList, true},
		{"Structures présentes à la réunion", presentList, true},
		{"Structures représentées", presentList, true},
		{"Organisations présents", presentList, true},
		{"Partenaires participants", presentList, true},
		{"Participants", presentList, false},
		{"Participant.e.s", presentList, false},
		{"Liste de présence", presentList, false},
		{"Présents", presentList, false},
		{"Étaient présents", presentList, false},
		{"Étaient représentés", presentList, false},
		{"Les organisations suivantes étaient représentées", presentList, true},
		{"Ont pris part à la réunion", presentList, false},
		{"Personnes excusées", absentList, false},
		{"13 structures", presentList, true},
		{"Participation", presentList, false},
		// not attendance
		{"Nombre de participants", notAttendance, false},
		{"Présentation des nouveaux participants", notAttendance, false},
		{"Le Représentant de l'OMS", notAttendance, false},
		{"Présence de bailleurs traditionnels", notAttendance, false},
		{"Lieu de la prochaine réunion", notAttendance, false},
		{"Mot de bienvenue et présentation des participants", notAttendance, false},
	} {
		kind, orgs := attendanceLabel(normalize.Fold(tc.label))
		if kind != tc.kind || kind != notAttendance && orgs != tc.orgs {
			t.Errorf("attendanceLabel(%q) = %v, %v; want %v, %v", tc.label, kind, orgs, tc.kind, tc.orgs)
		}
	}
}

func TestFieldLabel(t *testing.T) {
	for _, tc := range []struct {
		label string
		set   wordSet
		want  bool
	}{
		{"Lieu", placeWordsLex, true},
		{"Lieu & heure", placeWordsLex, true},
		{"Lieu & heure", timeWords, true},
		{"Lieu et date", dateWords, true},
		{"Date de la réunion", dateWords, true},
		{"Province – lieu", placeWordsLex, true},
		{"Timing", timeWords, true},
		{"Heure de début", timeWords, true},
		{"Lieu de la prochaine réunion", placeWordsLex, false},
		{"Durée de la réunion", timeWords, false},
		{"Objectif", placeWordsLex, false},
	} {
		if got := fieldLabel(foldLabel(tc.label), tc.set); got != tc.want {
			t.Errorf("fieldLabel(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}

// The place a sentence says the meeting was held in, from minutes of
// Nouakchott, Niamey, Abala, Bamako, Bunyakiri and Nzérékore.
func TestHeldIn(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Le jeudi 16 février 2012, la 1ère réunion de coordination a eu lieu à 10h00 dans les locaux du Haut Commissariat des Nations Unies pour les Réfugiés (UNHCR) à Nouakchott.", "locaux du Haut Commissariat des Nations Unies pour les Réfugiés (UNHCR) à Nouakchott"},
		{"Le mercredi 24 janvier 2018 s’est tenue à l’hôtel Soluxe de Niamey, la troisième session du Cadre de Concertation.", "hôtel Soluxe de Niamey"},
		{"La réunion s’est tenue dans le hangar de distribution du camp d’Abala.", "hangar de distribution du camp d’Abala"},
		{"les organisations humanitaires ont tenu leur réunion mensuelle dans la grande salle du bureau administratif du ressort de Bunyakiri", "grande salle du bureau administratif du ressort de Bunyakiri"},
		{"Une réunion de crise se tient ce vendredi matin à la préfecture de Nzérékore.", "préfecture de Nzérékore"},
		{"La réunion a été organisée par ACTED dans le cadre du suivi.", ""},
	} {
		got := ""
		if m := heldIn.FindStringSubmatch(tc.text); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("heldIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestCutFunction(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Houzibe FOBA Associate Field Officer", "Houzibe FOBA"},
		{"Richard FOTSING Coordonnateur du cluster santé et président", "Richard FOTSING"},
		{"Arsène BIRINGANINE ELIMU, Co facilitateur", "Arsène BIRINGANINE ELIMU,"},
		{"Coordonnateur du Cluster Santé", "Coordonnateur du Cluster Santé"},
		{"Laurent de Valensart", "Laurent de Valensart"},
	} {
		if got := cutFunction(tc.in); got != tc.want {
			t.Errorf("cutFunction(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// People named in prose without a title, from a Goma crisis meeting, a
// Pool coordination (Congo), a Conakry ministerial meeting, an Abala camp
// meeting and a Burundi platform; and what is no person.
func TestAppositives(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Le gouverneur militaire du Nord-Kivu, le Lieutenant-général Constant Ndima a présidé dimanche une réunion de crise.", []string{"Constant Ndima"}},
		{"Seule autorité du Pool à participer, le sous-préfet de Goma-Tsé-Tsé, Prosper Diatoulou, a indiqué que les besoins sont grands.", []string{"Prosper Diatoulou"}},
		{"Une rencontre a mobilisé hier à Conakry le ministre de la Santé Rémy Lamah et les chefs des délégations.", []string{"Rémy Lamah"}},
		{"La réunion a été organisée par ACTED le vendredi 20 avril 2012 et présidée par Alioune DIOP, membre du HCR.", []string{"Alioune DIOP"}},
		{"La Réunion était présidée par le Président de la Plateforme Nationale, le Commissaire de Police Principal NIBIGIRA Edouard.", []string{"NIBIGIRA Edouard"}},
		{"La coordinatrice du Cluster Santé Mali a présenté le Plan de Réponse Humanitaire.", nil},
		{"Le représentant de la Direction Régionale de la Santé a rappelé les priorités.", nil},
	} {
		p := &people{seen: map[string]bool{}, where: map[string]string{}}
		appositives(p, unit{Text: tc.text, Kind: "paragraph"})
		var got []string
		for _, x := range p.list {
			got = append(got, x.Person)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("appositives(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAgendaLabel(t *testing.T) {
	for _, tc := range []struct {
		label string
		want  bool
	}{
		{"Ordre du jour", true},
		{"Points d’ordre du jour", true},
		{"Points inscrits à l’ordre du jour", true},
		{"A l’ordre du jour figurait quatre points", true},
		{"L’ordre du jour de la rencontre", true},
		{"Agenda de la réunion", true},
		{"Ordre du jour de la prochaine réunion", false},
		{"Suivi des points de l’ordre du jour précédent", false},
	} {
		if got := isAgendaLabel(normalize.Fold(tc.label)); got != tc.want {
			t.Errorf("isAgendaLabel(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}

// Points and sub-points as agendas write them: numbered paragraphs with
// bullets under them (cluster SA N'Djamena, cluster santé Bangui), "2."
// then "b." (secteur SA Haïti), and a flat list.
func TestTopLevel(t *testing.T) {
	p := func(s string) unit { return unit{Kind: "paragraph", Text: s} }
	li := func(marker, s string, level int) unit {
		return unit{Kind: "list_item", Marker: marker, Text: s, Level: level}
	}
	for _, tc := range []struct {
		in   []unit
		want []string
	}{
		{[]unit{p("1. Situation humanitaire"), li("•", "Mise à jour du ciblage", 1), p("2. Divers"), li("•", "Journée de coordination", 1)},
			[]string{"1. Situation humanitaire", "2. Divers"}},
		{[]unit{li("1.", "Introduction", 1), li("2.", "Mise à jour HNO-HRP", 1), li("a.", "Rappel des produits", 2), li("3.", "Divers", 1)},
			[]string{"Introduction", "Mise à jour HNO-HRP", "Divers"}},
		{[]unit{li("•", "Analyse de la situation", 1), li("•", "Divers", 1)},
			[]string{"Analyse de la situation", "Divers"}},
	} {
		var got []string
		for _, u := range topLevel(tc.in) {
			got = append(got, u.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("topLevel = %q, want %q", got, tc.want)
		}
	}
}

func TestPresenterNames(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"Introduction, Kalil (5 min)", []string{"Kalil"}},
		{"Suivi Points action, 5 min, Daouda", []string{"Daouda"}},
		{"GTT-SIN, Marie, (10 min)", []string{"Marie"}},
		{"Divers, 5 min, Kévin et Amanda", []string{"Kévin", "Amanda"}},
		{"Divers, Tous (10min)", nil},
		{"Tour de table, Partenaire (30 min)", nil},
		{"Mise à jour HNO-HRP 2021 (Fabien Tallec)", []string{"Fabien Tallec"}},
		{"Mise à jour du format de la matrice 4W (IMO et Fabien Tallec)", []string{"Fabien Tallec"}},
		{"Présentation de la situation épidémiologique (Hépatite E, Rougeole, Coqueluche)", nil},
		{"Présentation Situation humanitaire et sanitaire à Maloum (AHA)", nil},
	} {
		if got := presenterNames(tc.title); !slices.Equal(got, tc.want) {
			t.Errorf("presenterNames(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// An agenda given in a sentence after a colon (Bunyakiri, a Burkina PV).
func TestAnnouncedPoints(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Sous la modération de M. John, les échanges se sont articulés autour de quatre points principaux : l’accueil des participants, la relecture du compte rendu précédent, la mise à jour des activités des partenaires et un plaidoyer sur les conditions sécuritaires et logistiques.",
			[]string{"accueil des participants", "relecture du compte rendu précédent", "mise à jour des activités des partenaires", "plaidoyer sur les conditions sécuritaires et logistiques"}},
		{"La réunion a porté sur trois points : le bilan de la campagne ; la planification 2020 ; les divers.", []string{"bilan de la campagne", "planification 2020", "divers"}},
		{"Les échanges ont porté sur les points suivants :", nil},
	} {
		var got []string
		for _, it := range announcedPoints(unit{Text: tc.text, Kind: "paragraph"}) {
			got = append(got, it.Title)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("announcedPoints(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Points announced in a sentence and given as the numbered sections that
// follow (UNHCR Nouakchott, PDF and DOCX producers).
func TestAnnouncedSections(t *testing.T) {
	h := func(level int, s string) unit { return unit{Kind: "heading", Level: level, Text: s} }
	us := []unit{
		{Kind: "paragraph", Text: "La réunion portait sur les points suivants :"},
		h(2, "1. Bilan de la situation des réfugiés maliens en Mauritanie"),
		h(3, "Statistiques :"),
		{Kind: "paragraph", Text: "32 324 réfugiés maliens ont trouvé refuge."},
		h(2, "2. Assistance"),
		h(1, "Annexe"),
		h(2, "1. Liste des participants"),
	}
	var got []string
	for _, it := range announcedSections(us) {
		got = append(got, it.Title)
	}
	if want := []string{"Bilan de la situation des réfugiés maliens en Mauritanie", "Assistance"}; !slices.Equal(got, want) {
		t.Errorf("announcedSections = %q, want %q", got, want)
	}
}

// Organizations prose names as taking part (Abala camp, a Ouagadougou
// briefing, Bunyakiri) and attendance entries joined by a spaced slash or
// a full stop (UNHCR Mopti).
func TestProseOrgs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"La troisième réunion de coordination a été organisée par ACTED le vendredi 20 avril 2012.", []string{"ACTED"}},
		{"Selon le HCR, les leaders communautaires sont entrain de revenir sur les sites.", []string{"UNHCR"}},
		{"Alors que les organisations présentes (UEFA, TPO, GRAINES, etc) poursuivent des projets d’envergure.", []string{"UEFA", "TPO", "GRAINES"}},
		{"La réunion a été organisée par la suite du retard.", nil},
	} {
		p := &people{seen: map[string]bool{}, where: map[string]string{}}
		proseOrgs(p, unit{Text: tc.text, Kind: "paragraph"})
		var got []string
		for _, x := range p.list {
			got = append(got, x.Organization.Acronym)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("proseOrgs(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	for in, want := range map[string][]string{
		"NRC, ENDA-MALI / MINUSMA, OCHA":                {"NRC", "ENDA-MALI", "MINUSMA", "OCHA"},
		"NRC, CRS. DRSES, SIF":                          {"NRC", "CRS", "DRSES", "SIF"},
		"Juliette - vigiliantes / Extinction Rebellion": {"Juliette - vigiliantes / Extinction Rebellion"},
	} {
		if got := splitEntries(in); !slices.Equal(got, want) {
			t.Errorf("splitEntries(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordsCountsLikeFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " Date :  22 Mars\t2012 ", "Lieu\u00a0: salle", "un\u2009deux\u202ftrois", "x\ny"} {
		if got, want := words(s), len(strings.Fields(s)); got != want {
			t.Errorf("words(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestDatelinePlace(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Goma, le 12 mars 2019", "Goma"},
		{"Une rencontre a mobilisé hier, mardi 02 mars 2021 à Conakry le ministre de la Santé", "Conakry"},
		{"Le 16 décembre 2015 à Cavan s'est tenue la réunion", "Cavan"},
		{"Compte rendu, 12 mars 2019", ""},
	} {
		m := &minutes.Meeting{Sources: map[string]minutes.Source{}}
		datelinePlace(m, []unit{{Text: tc.text, Kind: "paragraph"}})
		if m.Location != tc.want {
			t.Errorf("datelinePlace(%q) = %q, want %q", tc.text, m.Location, tc.want)
		}
	}
	for in, want := range map[string][]string{"OMS - UNICEF - OCHA - MSF": {"OMS", "UNICEF", "OCHA", "MSF"}, "ENDA- MALI": {"ENDA- MALI"}} {
		if got := splitEntries(in); !slices.Equal(got, want) {
			t.Errorf("splitEntries(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGenericGroup(t *testing.T) {
	for name, want := range map[string]bool{
		"Agences du Système des Nations Unies":        true,
		"Organisations Non Gouvernementales":          true,
		"Représentants de la communauté diplomatique": true,
		"Agences UN":                        true,
		"Société civile etc":                true,
		"Cluster Nutrition Hubs":            true,
		"ONG Imidierar":                     false,
		"Agence Française de Développement": false,
		"Croix Rouge":                       false,
	} {
		if got := genericGroup(name); got != want {
			t.Errorf("genericGroup(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestRoleForm(t *testing.T) {
	for in, want := range map[string]string{
		"Directeur Général":                       "directeur général",
		"directeur général":                       "directeur général",
		"Représentant":                            "représentant",
		"ICLA Officer":                            "ICLA officer",
		"Chargé de mission Transition Ecologique": "chargé de mission Transition Ecologique",
		"participant":                             "participant",
	} {
		if got := roleForm(in); got != want {
			t.Errorf("roleForm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPageChrome(t *testing.T) {
	for s, want := range map[string]bool{
		"Accueil › Afrique › Guinée":                   true,
		"© Afrikipresse — Tous droits réservés":        true,
		"Copyright © 2016 Groupe Santé":                true,
		"Présentation › suivi des recommandations":     false,
		"Le cluster a présenté la situation à Ménaka.": false,
	} {
		if got := pageChrome(s); got != want {
			t.Errorf("pageChrome(%q) = %v, want %v", s, got, want)
		}
	}
}

// Header labels that run on after the previous value, found by what the
// words before the colon name (UNHCR Ouagadougou, UNHCR Mopti).
func TestRunOnLabels(t *testing.T) {
	for in, want := range map[string][]string{
		"Date : 22 Mars 2012 Lieu : Salle de réunion de l’UNHCR, Ouagadougou Présidence : Roger Ebanda": {"Date : 22 Mars 2012", "Lieu : Salle de réunion de l’UNHCR, Ouagadougou", "Présidence : Roger Ebanda"},
		"Lieu et date : Mopti, 25/02/2020 Nombre de participants : 27":                                  {"Lieu et date : Mopti, 25/02/2020", "Nombre de participants : 27"},
		"Objet : Réunion du cluster Santé Mali : état des lieux":                                        {"Objet : Réunion du cluster Santé Mali : état des lieux"},
	} {
		if got := labelSegments(in); !slices.Equal(got, want) {
			t.Errorf("labelSegments(%q) = %q, want %q", in, got, want)
		}
	}
}
