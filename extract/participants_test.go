package extract

import (
	"strings"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// The organizations of one attendance entry, as analysts write them.
func TestOrgsOf(t *testing.T) {
	for in, want := range map[string]string{
		"Université de La Rochelle / ADERA":       "Université de La Rochelle|ADERA",
		"Brest Métropole / service SIG":           "Brest Métropole",
		"Solutions & Co (ARD Pays de la Loire)":   "Solutions & Co",
		"Bureau d’études CDVIA - h.taxi@cdvia.fr": "CDVIA",
		"Association AMSS":                        "AMSS",
		"Association des Femmes Juristes du Mali": "Association des Femmes Juristes du Mali",
		"GIP ATGERI":                                  "GIP ATGERI",
		"Amis du Jardin, Dinan":                       "Amis du Jardin",
		"OCHA Gao":                                    "OCHA",
		"vigiliantes + mairie Lanvallay":              "vigiliantes|mairie Lanvallay",
		"Amap Ploubalay + conseiller municipal":       "Amap Ploubalay",
		"BearingPoint pour la Banque des Territoires": "BearingPoint",
		"DRH (Direction régionale de l'hydraulique)":  "DRH",
	} {
		var got []string
		for _, o := range orgsOf(in) {
			got = append(got, o.Acronym)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("orgsOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// A label/value row that is the header of an attendance table adds no
// one; the table's rows are its people.
func TestAttendanceHeaderNotAnEntry(t *testing.T) {
	tbl := &doc.Table{Rows: []doc.Row{
		row("Participants", "Autorité de rattachement"),
		row("Carole BARTHES", "Région Auvergne Rhône Alpes"),
		row("Arnauld GALLAIS", "Cerema"),
	}}
	m := Meeting(docOf(&doc.Heading{Level: 1, Text: "Compte-rendu du comité de pilotage du 18 janvier 2024"}, tbl))
	var got []string
	for _, p := range m.Participants {
		got = append(got, p.Person+" ["+p.Organization.Acronym+"]")
	}
	if want := "Carole BARTHES [Région Auvergne Rhône Alpes]|Arnauld GALLAIS [Cerema]"; strings.Join(got, "|") != want {
		t.Errorf("participants = %q, want %q", got, want)
	}
}

// Organizations named through their representatives in an attendance
// sentence; anything but known organizations is left to the other rules.
func TestRepresentedOrgs(t *testing.T) {
	for in, want := range map[string]string{
		"les représentants de l'OMS":              "OMS",
		"de la DRS et de la Protection civile":    "DRS|Protection civile",
		"du PAM":                                  "PAM",
		"de l’association des jeunes de Tin Hama": "",
		"Dr Fanta Diarra":                         "",
		"les représentants des conseils citoyens": "",
	} {
		if got := strings.Join(representedOrgs(in), "|"); got != want {
			t.Errorf("representedOrgs(%q) = %q, want %q", in, got, want)
		}
	}
}

// The chair named in a sentence, with the organization of the function
// in apposition.
func TestChairInText(t *testing.T) {
	m := Meeting(docOf(
		&doc.Heading{Level: 1, Text: "Réunion inter-cluster de Gao"},
		para("Ont pris part à la réunion : les représentants de l'OMS, de l'UNICEF, du PAM et de MSF."),
		para("La réunion a débuté à 10h sous la présidence de Mme Aïcha Maïga, cheffe du bureau OCHA de Gao."),
	))
	var got []string
	for _, p := range m.Participants {
		got = append(got, p.Title+" "+p.Person+" ["+p.Organization.Acronym+"] "+p.Role)
	}
	want := "  [WHO] participant|  [UNICEF] participant|  [WFP] participant|  [MSF] participant|Mme Aïcha Maïga [OCHA] président"
	if strings.Join(got, "|") != want {
		t.Errorf("participants = %q, want %q", strings.Join(got, "|"), want)
	}
}
