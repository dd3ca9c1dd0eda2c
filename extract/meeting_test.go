package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/extract/doc/doctest"
)

// TestMeetingGolden extracts every fixture and compares what was found,
// with its provenance, with testdata/NAME.meeting. Review a changed
// golden like code: it is the extraction's behaviour on real reports.
func TestMeetingGolden(t *testing.T) {
	var files []string
	for _, ext := range []string{"pdf", "docx", "html"} {
		files = append(files, doctest.Fixtures(t, ext, "../testdata/corpus", "../testdata/general", "../testdata/field", "../testdata/synthetic")...)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			_, m, err := Options{}.File(data)
			if err != nil {
				t.Fatalf("File(%s): %v", name, err)
			}
			doctest.Golden(t, filepath.Join("testdata", name+".meeting"), FormatMeeting(m))
		})
	}
}

// docOf builds a document from blocks, numbered as a reader would.
func docOf(blocks ...doc.Block) *doc.Document {
	d := &doc.Document{Format: doc.DOCX, Blocks: blocks}
	d.Renumber()
	return d
}

func para(s string) *doc.Paragraph { return &doc.Paragraph{Text: s} }

func item(marker, s string) *doc.ListItem { return &doc.ListItem{Level: 1, Marker: marker, Text: s} }

func cell(blocks ...doc.Block) doc.Cell { return doc.Cell{Blocks: blocks} }

func row(cells ...string) doc.Row {
	var r doc.Row
	for _, c := range cells {
		if c == "" {
			r.Cells = append(r.Cells, doc.Cell{})
			continue
		}
		r.Cells = append(r.Cells, cell(para(c)))
	}
	return r
}

// A header table as cluster santé minutes write it, then an action table
// whose owner and deadline columns are found by their header words.
func TestMeetingFromTables(t *testing.T) {
	header := &doc.Table{Rows: []doc.Row{
		row("REUNION", "Réunion Ad'hoc Cluster Santé : Situation de Bankass Région de Mopti", "PARTICIPANTS"),
		row("DATE", "28 Mars 2019", "21 Participants"),
		row("HEURE", "15H -16H30", ""),
		row("LIEU", "OMS, Bamako", ""),
	}}
	actions := &doc.Table{Rows: []doc.Row{
		row("Points", "Actions", "Responsable", "Délai", "Statut"),
		row("1. Divers", "Rédiger la note conceptuelle", "OMS", "48 heures", "En cours"),
		row("", "Partager le rapport d'évaluation", "OCHA / HCR", "fin avril 2019", "Fait"),
	}}
	m := Meeting(docOf(header, actions))
	check := func(field, got, want string) {
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("title", m.Title, "Réunion Ad'hoc Cluster Santé : Situation de Bankass Région de Mopti")
	check("date", m.Date, "2019-03-28")
	check("start", m.StartTime, "15:00")
	check("end", m.EndTime, "16:30")
	check("location", m.Location, "OMS, Bamako")
	check("region", m.Region, "Bamako")
	check("cluster", m.Cluster, "Cluster Santé")
	if m.ParticipantCount != 21 {
		t.Errorf("participant count = %d, want 21", m.ParticipantCount)
	}
	if len(m.Actions) != 2 {
		t.Fatalf("actions = %d, want 2: %+v", len(m.Actions), m.Actions)
	}
	a := m.Actions[0]
	check("owner", a.Owners[0].Organization.Acronym, "WHO")
	check("due", a.Due, "2019-03-30")
	check("status", a.Status, "in_progress")
	check("source", a.Source.Ref(), "#1 r2c2")
	b := m.Actions[1]
	check("second owner", b.Owners[1].Organization.Acronym, "UNHCR")
	check("second due", b.Due, "2019-04-30")
	check("done", b.Status, "done")
}

// Narrative minutes: an agenda list after its label, attendance and
// excused lists, commitments in the text.
func TestMeetingFromText(t *testing.T) {
	d := docOf(
		&doc.Heading{Level: 1, Text: "Compte rendu de la réunion du cluster protection du 5 avril 2017"},
		para("Lieu : UNHCR – Bamako"),
		para("Participants : UNHCR, OIM, MINUSMA (CAD, POC), Hanan TALBI, NRC"),
		para("Excusés : Jean Dupont"),
		para("Ordre du jour :"),
		item("1.", "Suivi du plan d'action"),
		item("2.", "Divers"),
		&doc.Heading{Level: 2, Text: "1. Suivi du plan d'action"},
		para("OCHA va partager la cartographie des acteurs d'ici fin mai 2017. Il a été rappelé que la réunion est mensuelle."),
	)
	m := Meeting(d)
	if m.Date != "2017-04-05" || m.Location != "UNHCR – Bamako" {
		t.Errorf("date, location = %q, %q", m.Date, m.Location)
	}
	var agenda []string
	for _, a := range m.Agenda {
		agenda = append(agenda, a.Title)
	}
	if strings.Join(agenda, "|") != "Suivi du plan d'action|Divers" {
		t.Errorf("agenda = %q", agenda)
	}
	var present, excused []string
	for _, p := range m.Participants {
		who := p.Organization.Acronym
		if p.Person != "" {
			who = p.Person
		}
		if p.Excused {
			excused = append(excused, who)
		} else {
			present = append(present, who)
		}
	}
	if strings.Join(present, "|") != "UNHCR|IOM|MINUSMA|Hanan TALBI|NRC|OCHA" || strings.Join(excused, "|") != "Jean Dupont" {
		t.Errorf("present = %q, excused = %q", present, excused)
	}
	if len(m.Actions) != 1 {
		t.Fatalf("actions = %+v, want one", m.Actions)
	}
	a := m.Actions[0]
	if a.Owners[0].Organization.Acronym != "OCHA" || a.DueRaw != "d'ici fin mai 2017" || a.Due != "2017-05-31" || a.Agenda != 0 {
		t.Errorf("action = %+v", a)
	}
}

// Headers of other action plans: "Qui / Quoi / Quand", a follow-up table
// with a status column, "Activités" beside an owner column.
func TestActionTableHeaders(t *testing.T) {
	tests := []struct {
		header []string
		row    []string
		owner  string
		due    string
		status string
	}{
		{[]string{"Quoi", "Qui", "Quand"}, []string{"Partager la cartographie des acteurs", "OCHA", "fin juin 2025"}, "OCHA", "2025-06-30", "open"},
		{[]string{"Recommandations de la dernière réunion", "Responsable", "Niveau de mise en œuvre"}, []string{"Mettre à jour la liste des points focaux", "UNICEF", "Réalisé"}, "UNICEF", "", "done"},
		{[]string{"Activités", "Responsables", "Période"}, []string{"Organiser une mission conjointe à Gao", "PAM / FAO", "T3 2025"}, "WFP", "2025-09-30", "open"},
		{[]string{"Actions", "Responsable", "Délai de mise en œuvre", "Statut"}, []string{"Former les relais communautaires", "UNFPA", "fin juin 2025", "Non réalisé"}, "UNFPA", "2025-06-30", "open"},
		{[]string{"Actions", "Responsable", "Délai"}, []string{"Partager la liste des sites", "OIM", "15 jours"}, "IOM", "2025-05-20", "open"},
	}
	for _, tt := range tests {
		tbl := &doc.Table{Rows: []doc.Row{row(tt.header...), row(tt.row...)}}
		m := Meeting(docOf(para("Réunion du cluster sécurité alimentaire du 5 mai 2025"), tbl))
		if len(m.Actions) != 1 {
			t.Errorf("%q: actions = %+v, want one", tt.header, m.Actions)
			continue
		}
		a := m.Actions[0]
		if a.Owners[0].Organization.Acronym != tt.owner || a.Due != tt.due || a.Status != tt.status {
			t.Errorf("%q: owner %q due %q status %q, want %q %q %q", tt.header, a.Owners[0].Organization.Acronym, a.Due, a.Status, tt.owner, tt.due, tt.status)
		}
	}
	// "Activités réalisées" alone is a report of what was done.
	tbl := &doc.Table{Rows: []doc.Row{row("Activités", "Observations"), row("Distribution de kits à Ménaka", "RAS")}}
	if m := Meeting(docOf(tbl)); len(m.Actions) != 0 {
		t.Errorf("a table of activities without owner or deadline gave actions: %+v", m.Actions)
	}
}

func TestClusterName(t *testing.T) {
	for in, want := range map[string]string{
		"CLUSTER SANTE": "Cluster Santé", "Inter-cluster": "ICC", "cluster Nutrition": "Cluster Nutrition",
		"CLUSTER PROTECTION": "Cluster Protection", "sous-cluster WASH": "Sous-cluster WASH",
		"Cluster Abris": "Cluster Abris/AME", "CLUSTER EAU": "Cluster WASH", "cluster EHA": "Cluster WASH",
		"Cluster Sécurité alimentaire": "Cluster Sécurité Alimentaire", "CLUSTER EDUCATION": "Cluster Éducation",
		"cluster Logistique": "Cluster Logistique", "Cluster Sahel": "Cluster Sahel",
		"SOUS-CLUSTER SANTE": "Sous-cluster Santé", "Sous-cluster Abris": "Sous-cluster Abris/AME", "Sous-cluster Santé": "Sous-cluster Santé",
	} {
		if got := clusterName(in); got != want {
			t.Errorf("clusterName(%q) = %q, want %q", in, got, want)
		}
	}
}

// The next meeting's date and time are not this meeting's.
func TestNextMeetingIsNotTheMeeting(t *testing.T) {
	m := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "Compte rendu de la réunion de coordination humanitaire"},
		para("Prochaine réunion : jeudi 5 mars 2020 à 10h à OCHA"),
		para("Les partenaires ont présenté leurs activités."),
	))
	if m.Date != "" || m.StartTime != "" {
		t.Errorf("date, time = %q, %q from the next meeting's line", m.Date, m.StartTime)
	}
}

// English headers of an action-point table.
func TestActionPointsInEnglish(t *testing.T) {
	tbl := &doc.Table{Rows: []doc.Row{row("Action points", "Responsible", "Deadline"), row("Partager le plan de contingence", "OCHA", "15/07/2024")}}
	m := Meeting(docOf(para("Réunion inter-cluster du 2 juillet 2024"), tbl))
	if len(m.Actions) != 1 || m.Actions[0].Owners[0].Organization.Acronym != "OCHA" || m.Actions[0].Due != "2024-07-15" {
		t.Errorf("actions = %+v", m.Actions)
	}
}

// An action with its owner and deadline in parentheses.
func TestInlineOwner(t *testing.T) {
	text, owner, due, ok := inlineOwner("Organiser une mission conjointe d'évaluation à Bandiagara (Responsable : OCHA, délai : fin mai 2022)")
	if !ok || text != "Organiser une mission conjointe d'évaluation à Bandiagara" || owner != "OCHA" || due != "fin mai 2022" {
		t.Errorf("inlineOwner = %q, %q, %q, %v", text, owner, due, ok)
	}
	if _, _, _, ok := inlineOwner("Responsable : CCP"); ok {
		t.Error("an owner line alone read as an action with an owner")
	}
	text, owner, due, ok = inlineOwner("Organiser un atelier sur les principes humanitaires – Responsable : OCHA – Échéance : 1er trimestre 2023")
	if !ok || text != "Organiser un atelier sur les principes humanitaires" || owner != "OCHA" || due != "1er trimestre 2023" {
		t.Errorf("inlineOwner with dashes = %q, %q, %q, %v", text, owner, due, ok)
	}
}

// A list item that opens with its owners and a colon; a label before a
// colon is not an owner.
func TestListActionOwnerFirst(t *testing.T) {
	a := listAction("UNICEF et IRC : renforcer la prise en charge psychosociale des enfants déplacés, dès que possible.")
	if a.Text != "renforcer la prise en charge psychosociale des enfants déplacés, dès que possible." || a.OwnerRaw != "UNICEF et IRC" || len(a.Owners) != 2 || a.DueRaw != "dès que possible" {
		t.Errorf("listAction = %+v", a)
	}
	if a := listAction("Important : amener un aspirateur pour nettoyer la salle !"); a.OwnerRaw != "" {
		t.Errorf("a label read as an owner: %+v", a)
	}
}

func TestInitials(t *testing.T) {
	for in, want := range map[string]string{
		"Agence Nationale de la Cohésion des Territoires":         "ANCT",
		"Direction Générale des Entreprises":                      "DGE",
		"Ministère de la santé et du développement social":        "MSDS",
		"Direction générale de la santé et de l’hygiène publique": "DGSHP",
	} {
		if got := initials(in); got != want {
			t.Errorf("initials(%q) = %q, want %q", in, got, want)
		}
	}
}

// Under a letterhead styled as headings, the title is the line that opens
// as minutes.
func TestTitleUnderLetterhead(t *testing.T) {
	m := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "REPUBLIQUE DU MALI"},
		para("Un Peuple – Un But – Une Foi"),
		para("COMPTE RENDU DE LA REUNION DU CLUSTER NUTRITION"),
		para("Date : 12/05/2022"),
	))
	if m.Title != "COMPTE RENDU DE LA REUNION DU CLUSTER NUTRITION" || m.Date != "2022-05-12" {
		t.Errorf("title, date = %q, %q", m.Title, m.Date)
	}
}

// Minutes without heading styles: numbered section lines are the agenda,
// a numbered list of short items is not.
func TestNumberedSections(t *testing.T) {
	m := Meeting(docOf(
		para("Compte rendu de la réunion du cluster WASH du 3 mars 2021"),
		para("1. Situation des points d'eau"),
		para("Les partenaires ont présenté la situation des forages à Gao."),
		para("2. Réponse aux déplacés"),
		&doc.ListItem{Level: 1, Marker: "1.", Text: "distribution de kits"},
		&doc.ListItem{Level: 1, Marker: "2.", Text: "réhabilitation de latrines"},
		para("3. Divers"),
		para("Rien à signaler."),
	))
	var got []string
	for _, a := range m.Agenda {
		got = append(got, a.Title)
	}
	if strings.Join(got, " | ") != "Situation des points d'eau | Réponse aux déplacés | Divers" {
		t.Errorf("agenda = %q", got)
	}
}

// Minutes kept as an outline: the top-level bullets with bullets under
// them are the topics; a legend without children is not.
func TestOutlineTopics(t *testing.T) {
	m := Meeting(docOf(
		&doc.Heading{Level: 2, Text: "Réunion du lundi 20 janvier 2025"},
		item("•", "✅ Terminé"),
		item("•", "❌ Pas commencé"),
		item("•", "Points rapides"),
		&doc.ListItem{Level: 2, Marker: "–", Text: "Nettoyage des fichiers du Google Drive"},
		item("•", "Points importants"),
		&doc.ListItem{Level: 2, Marker: "–", Text: "Date de l'AGO décidée au 1er mars"},
	))
	var got []string
	for _, a := range m.Agenda {
		got = append(got, a.Title)
	}
	if strings.Join(got, " | ") != "Points rapides | Points importants" {
		t.Errorf("agenda = %q", got)
	}
}

// A section that names the discussion as a whole gives way to its
// subsections; the sections around it stay agenda points.
func TestDiscussionSectionAgenda(t *testing.T) {
	m := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "Compte-rendu du comité de pilotage du 18 janvier 2024"},
		&doc.Heading{Level: 2, Text: "1. Participants"},
		para("Carole BARTHES, Région Auvergne Rhône Alpes"),
		&doc.Heading{Level: 2, Text: "2. Synthèse des échanges"},
		&doc.Heading{Level: 3, Text: "Introduction"},
		para("La Banque des Territoires a introduit le comité."),
		&doc.Heading{Level: 3, Text: "Chantier 1 – Cadrage des besoins"},
		&doc.Heading{Level: 4, Text: "Rappel du périmètre fonctionnel"},
		para("La Banque des Territoires a rappelé le périmètre du portail."),
		&doc.Heading{Level: 3, Text: "Chantier 4 – Animation"},
		para("Le plan de communication a été présenté."),
		&doc.Heading{Level: 2, Text: "3. Prochaines étapes"},
		para("Lancement du portail en mars."),
	))
	var got []string
	for _, a := range m.Agenda {
		got = append(got, a.Title)
	}
	want := "Introduction | Chantier 1 – Cadrage des besoins | Chantier 4 – Animation | Prochaines étapes"
	if strings.Join(got, " | ") != want {
		t.Errorf("agenda = %q, want %q", got, want)
	}
}

// An agenda stated in a sentence; a sentence that announces a list is
// left to the list.
func TestProseAgenda(t *testing.T) {
	for in, want := range map[string]string{
		"Patrick Bourrassaut introduit l’ordre du jour du Comité consacré à la présentation du Plan Climat Air Energie Territorial.":                "présentation du Plan Climat Air Energie Territorial",
		"La séance est ouverte à 10h. L'ordre du jour portait sur le bilan de la campagne de vaccination ; la préparation de la saison des pluies.": "bilan de la campagne de vaccination | préparation de la saison des pluies",
		"L'ordre du jour porte sur les points suivants :":                                         "",
		"Le président rappelle l'ordre du jour de la réunion.":                                    "",
		"L'ordre du jour portait sur l'examen des comptes ; lecture du PV de la dernière séance.": "examen des comptes | lecture du PV de la dernière séance",
	} {
		var got []string
		for _, a := range proseAgenda(units(docOf(para(in)))) {
			got = append(got, a.Title)
		}
		if strings.Join(got, " | ") != want {
			t.Errorf("proseAgenda(%q) = %q, want %q", in, got, want)
		}
	}
}

// A recommendation carried over to a new table with a new deadline stays
// beside the old one; the same row twice is one action.
func TestCarriedOverAction(t *testing.T) {
	old := &doc.Table{Rows: []doc.Row{
		row("Recommandations", "Responsables", "Délai", "Niveau de mise en œuvre"),
		row("Organiser la formation sur la gestion clinique du viol à Ségou", "MdM-B, IMC", "Fin février 2024", "Non réalisé"),
	}}
	carried := &doc.Table{Rows: []doc.Row{
		row("Recommandations", "Responsables", "Délai"),
		row("Organiser la formation sur la gestion clinique du viol à Ségou", "MdM-B, IMC", "Avril 2024"),
		row("Organiser la formation sur la gestion clinique du viol à Ségou", "MdM-B, IMC", "Avril 2024"),
	}}
	m := Meeting(docOf(para("Réunion du sous-groupe VBG du 12/03/2024"), old, carried))
	var got []string
	for _, a := range m.Actions {
		got = append(got, a.Due)
	}
	if strings.Join(got, "|") != "2024-02-29|2024-04-30" {
		t.Errorf("deadlines = %q, want the old and the new one", got)
	}
}

// "Participants : 21 participants de 15 organisations" is a count, not a
// list of attendees.
func TestHeadcountNotAnAttendee(t *testing.T) {
	tbl := &doc.Table{Rows: []doc.Row{row("Date", "12/03/24"), row("Participants", "21 participants de 15 organisations")}}
	m := Meeting(docOf(para("Compte rendu de la réunion ordinaire du sous-groupe VBG"), tbl))
	if len(m.Participants) != 0 || m.ParticipantCount != 21 {
		t.Errorf("participants %+v, count %d", m.Participants, m.ParticipantCount)
	}
}

// Minutes name a meeting; a document with sections and a date that does
// not (a guide, a plan, a form) is "other".
func TestKind(t *testing.T) {
	guide := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "Plan de transport actif de la municipalité"},
		para("Version du 4 juin 2021"),
		&doc.Heading{Level: 2, Text: "Contexte"},
		para("Le réseau cyclable compte 12 km."),
		&doc.Heading{Level: 2, Text: "Orientations"},
		para("Le plan propose trois orientations."),
	))
	if guide.Kind != "other" || len(guide.Agenda) != 0 || len(guide.Actions) != 0 {
		t.Errorf("a plan with sections and a date is %q with agenda %+v and actions %+v, want other and neither", guide.Kind, guide.Agenda, guide.Actions)
	}
	cr := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "Compte rendu de la réunion du cluster WASH"},
		para("Date : 4 juin 2021"),
		&doc.Heading{Level: 2, Text: "Situation des points d'eau"},
		para("Trois forages sont en panne."),
		&doc.Heading{Level: 2, Text: "Divers"},
		para("Néant."),
	))
	if cr.Kind != "minutes" {
		t.Errorf("minutes are %q, want minutes", cr.Kind)
	}
}

// A title that runs into the place before the date: the place is the
// part after the last dash.
func TestPlaceAfterTitle(t *testing.T) {
	m := Meeting(docOf(&doc.Heading{Level: 2, Text: "Réunion hebdomadaire de coordination WASH – Tombouctou – mardi 8 avril 2025"}))
	if m.Location != "Tombouctou" || m.Date != "2025-04-08" {
		t.Errorf("location %q date %q", m.Location, m.Date)
	}
}

// A procès-verbal whose top gives the day without the year, dated by its
// metadata title; the secretary named on the line after the label; a bold
// sentence that closes the meeting is not an agenda point.
func TestProcesVerbal(t *testing.T) {
	d := docOf(
		&doc.Heading{Level: 1, Text: "PROCÈS-VERBAL Séance publique tenue le 20 juin, à 16h00 à la salle du conseil"},
		para("Secrétaire :"),
		para("Mme Ariane Bélanger, greffière adjointe, Service du greffe"),
		&doc.Heading{Level: 2, Text: "1. Ouverture de la séance"},
		para("La séance est ouverte à 16h00."),
		&doc.Heading{Level: 2, Text: "2. Adoption de l’ordre du jour"},
		para("L’ordre du jour de la séance est adopté."),
		&doc.Heading{Level: 2, Text: "La séance est levée à 16h05."},
	)
	d.Title = "Comité de démolition - Procès-verbal de la séance publique du 20 juin 2023"
	m := Meeting(d)
	if m.Date != "2023-06-20" {
		t.Errorf("date = %q, want 2023-06-20 from the metadata title", m.Date)
	}
	if len(m.Participants) == 0 || m.Participants[0].Person != "Ariane Bélanger" || m.Participants[0].Role != "rapporteur" {
		t.Errorf("participants = %+v", m.Participants)
	}
	var got []string
	for _, a := range m.Agenda {
		got = append(got, a.Title)
	}
	if strings.Join(got, " | ") != "Ouverture de la séance | Adoption de l’ordre du jour" {
		t.Errorf("agenda = %q", got)
	}
	// A metadata date the text does not repeat is not trusted.
	d2 := docOf(&doc.Heading{Level: 1, Text: "Compte rendu de la réunion du cluster"}, para("Présents : OCHA, UNHCR"))
	d2.Title = "CR réunion 12 mars 2019"
	if m := Meeting(d2); m.Date != "" {
		t.Errorf("date = %q from a metadata title the text does not repeat", m.Date)
	}
}

// Minutes that open with a sentence: the place where the meeting "s'est
// tenue", the head count in brackets, and a deadline labelled after the
// owners in brackets.
func TestOpeningSentence(t *testing.T) {
	m := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "Compte rendu de la réunion mensuelle du cluster santé régional de Ségou"},
		para("Le mercredi 12 juin 2024 s'est tenue dans la salle de conférence de la DRS de Ségou la réunion mensuelle du cluster santé, de 10 heures à 12 heures 30. Vingt-deux (22) participants représentant 14 structures y ont pris part."),
		para("Recommandations :"),
		item("•", "Renforcer la surveillance à base communautaire à Markala (DRS, OMS) – délai : 30 juin 2024"),
	))
	if m.Location != "salle de conférence de la DRS de Ségou" || m.ParticipantCount != 22 || m.StartTime != "10:00" || m.EndTime != "12:30" {
		t.Errorf("location %q count %d times %s–%s", m.Location, m.ParticipantCount, m.StartTime, m.EndTime)
	}
	if len(m.Actions) != 1 || m.Actions[0].Text != "Renforcer la surveillance à base communautaire à Markala" || len(m.Actions[0].Owners) != 2 || m.Actions[0].Due != "2024-06-30" {
		t.Errorf("actions = %+v", m.Actions)
	}
}

// An owner cell merged over several rows (w:vMerge, rowspan) owns each of
// them, and so does a merged deadline.
func TestMergedOwnerCell(t *testing.T) {
	tbl := &doc.Table{Rows: []doc.Row{
		row("N°", "Action", "Responsable", "Échéance"),
		row("1", "Partager la note de plaidoyer sur l’état civil", "UNHCR / DRC", "30 novembre 2023"),
		row("2", "Organiser une formation sur les principes de protection", "", ""),
	}}
	tbl.Rows[2].Cells[2].Continued = true
	tbl.Rows[2].Cells[3].Continued = true
	m := Meeting(docOf(para("Réunion du cluster protection du 21 novembre 2023"), tbl))
	if len(m.Actions) != 2 {
		t.Fatalf("actions = %+v", m.Actions)
	}
	a := m.Actions[1]
	if a.OwnerRaw != "UNHCR / DRC" || len(a.Owners) != 2 || a.Due != "2023-11-30" {
		t.Errorf("second action: owner %q (%d) due %q", a.OwnerRaw, len(a.Owners), a.Due)
	}
}
