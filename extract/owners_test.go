package extract

import (
	"strings"
	"testing"

	"github.com/sahelim/minutes/normalize"
)

func TestSplitOwnerText(t *testing.T) {
	tests := map[string]string{
		"OCHA- CCP":               "OCHA|CCP",
		"OCHA-CCP":                "OCHA|CCP",
		"Coordination et acteurs": "Coordination|acteurs",
		"Coordination du cluster santé (PF HeRAMS/SSA)": "Coordination du cluster santé (PF HeRAMS/SSA)",
		"ABA-ROLI":             "ABA-ROLI",
		"Croix-Rouge malienne": "Croix-Rouge malienne",
		"Equipe projet BdT Cerema / BearingPoint": "Equipe projet BdT Cerema|BearingPoint",
		"Quentin, Valentin et Rafa":               "Quentin|Valentin|Rafa",
	}
	for in, want := range tests {
		if got := strings.Join(splitOwnerText(in), "|"); got != want {
			t.Errorf("splitOwnerText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOwnerLine(t *testing.T) {
	tests := []struct{ in, owners string }{
		{"Responsable : CCP", "CCP"},
		{"Responsables/ OCHA-CCP", "OCHA-CCP"},
		{"Responsables ;CCP", "CCP"},
		{"Responsables : Acteurs Humanitaires", "Acteurs Humanitaires"},
		{"Point focal : OMS", "OMS"},
	}
	for _, tt := range tests {
		got, ok := ownerLine(tt.in)
		if !ok || got != tt.owners {
			t.Errorf("ownerLine(%q) = %q, %v, want %q", tt.in, got, ok, tt.owners)
		}
	}
	if _, ok := ownerLine("Rédaction d'une note sur la situation de protection"); ok {
		t.Error("an action read as an owner line")
	}
}

func TestTrailingOwner(t *testing.T) {
	tests := []struct{ in, text, owner string }{
		{"Demander au HCR et au CICR de fournir des informations sur la situation des réfugiés nigériens au Mali/ Ménaka/ CCP",
			"Demander au HCR et au CICR de fournir des informations sur la situation des réfugiés nigériens au Mali/ Ménaka", "CCP"},
		{"Plaidoyer auprès de la POC et la coordinatrice humanitaire/CCP-OCHA", "Plaidoyer auprès de la POC et la coordinatrice humanitaire", "CCP-OCHA"},
		{"Revoir les zones prioritaires d'intervention afin de s'adapter à l'évolution des zones en crise/",
			"Revoir les zones prioritaires d'intervention afin de s'adapter à l'évolution des zones en crise", ""},
		{"Faire le point sur Mopti/Ségou", "Faire le point sur Mopti/Ségou", ""},
	}
	for _, tt := range tests {
		text, owner := trailingOwner(tt.in)
		if text != tt.text || owner != tt.owner {
			t.Errorf("trailingOwner(%q) = %q, %q, want %q, %q", tt.in, text, owner, tt.text, tt.owner)
		}
	}
}

func TestOwnerCanonical(t *testing.T) {
	tests := []struct{ raw, acronym, person string }{
		{"OMS", "WHO", ""},
		{"HCR", "UNHCR", ""},
		{"CCP", "CCP", ""},
		{"Coordination du cluster santé", "", ""},
		{"Dr AG Zakaria (Coordo. WHE OMS)", "", "AG Zakaria (Coordo. WHE OMS)"},
		{"@yann", "", "yann"},
	}
	for _, tt := range tests {
		o := owner(tt.raw)
		if o.Organization.Acronym != tt.acronym || o.Person != tt.person || o.Raw != tt.raw {
			t.Errorf("owner(%q) = %+v, want acronym %q person %q", tt.raw, o, tt.acronym, tt.person)
		}
	}
}

// Owner columns under any header or none, and owners named after a
// group's noun (Lubumbashi nutrition, Abala camp, UNICEF Mali).
func TestOwnerCues(t *testing.T) {
	for _, h := range []string{"Responsables", "RESPONSABILITES", "Par qui", "Acteurs", "Structure", "Adressée à", "Point focal", "Lead"} {
		if !ownerHeader.MatchString(normalize.Fold(h)) {
			t.Errorf("ownerHeader does not match %q", h)
		}
	}
	for _, h := range []string{"Actions à prendre", "Échéance", "Niveau de réalisation"} {
		if ownerHeader.MatchString(normalize.Fold(h)) {
			t.Errorf("ownerHeader matches %q", h)
		}
	}
	for _, tc := range []struct {
		cell string
		want bool
	}{
		{"DPS/pronanut, cluster", true},
		{"Membres du Cluster", true},
		{"OCHA, UNICEF", true},
		{"La lettre a été envoyée au ministre le 5 janvier", false},
	} {
		if got := ownerCell(tc.cell); got != tc.want {
			t.Errorf("ownerCell(%q) = %v, want %v", tc.cell, got, tc.want)
		}
	}
	if got := cleanOwner("les partenaires MSF CH"); got != "MSF CH" {
		t.Errorf("cleanOwner = %q, want MSF CH", got)
	}
	if got := cleanOwner("Acteurs Coordination"); got != "Acteurs Coordination" {
		t.Errorf("cleanOwner = %q, want it whole", got)
	}
}
