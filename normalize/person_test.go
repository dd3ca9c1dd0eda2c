package normalize

import "testing"

func TestPersonName(t *testing.T) {
	tests := []struct {
		raw  string
		want Person
	}{
		{"Dr AG Zakaria", Person{"Dr", "AG Zakaria"}},
		{"Dr AG Zakaria (Coordo. WHE OMS)", Person{"Dr", "AG Zakaria"}},
		{"Dr Coulibaly (MDO OMS Mopti)", Person{"Dr", "Coulibaly"}},
		{"M. Tunga", Person{"M.", "Tunga"}},
		{"Mme Hanan TALBI", Person{"Mme", "Hanan TALBI"}},
		{"TALBI Hanan", Person{"", "Hanan TALBI"}},
		{"Hanan TALBI, NRC", Person{"", "Hanan TALBI"}},
		{"Docteur Traoré", Person{"Dr", "Traoré"}},
		{"Pr. Ogobara DOUMBO", Person{"Pr", "Ogobara DOUMBO"}},
		{"Professeur Samba Sow", Person{"Pr", "Samba Sow"}},
		{"Mlle Aminata Diallo", Person{"Mlle", "Aminata Diallo"}},
		{"Madame Kadiatou  Keita", Person{"Mme", "Kadiatou Keita"}},
		{"Monsieur le Dr Bakary Sangaré", Person{"Dr", "Bakary Sangaré"}},
		{"Laurent de Valensart, intérim du Coordinateur du CP (UNHCR).", Person{"", "Laurent de Valensart"}},
		{"Oulematou dite Saran Sall,Associée à la coordination du Cluster Protection", Person{"", "Oulematou dite Saran Sall"}},
		{"DIARRA Aminata Ba", Person{"", "Aminata Ba DIARRA"}},
		{"AG ZAKARIA Mohamed", Person{"", "Mohamed AG ZAKARIA"}},
		{"Patrick Kaboré", Person{"", "Patrick Kaboré"}},
		{"Cheick Tidiane Amadou Traoré", Person{"", "Cheick Tidiane Amadou Traoré"}},
		{"Dr", Person{"", "Dr"}},
		{"", Person{}},
	}
	for _, tt := range tests {
		if got := PersonName(tt.raw); got != tt.want {
			t.Errorf("PersonName(%q) = %+v, want %+v", tt.raw, got, tt.want)
		}
	}
}

func TestPersonKey(t *testing.T) {
	same := [][]string{
		{"TALBI Hanan", "Hanan Talbi", "Dr Hanan TALBI", "Mme Hanan TALBI, NRC"},
		{"Dr AG Zakaria", "AG Zakaria", "Zakaria Ag"},
		{"Cheick Tidiane Amadou Traoré", "TRAORE Cheick Tidiane Amadou"},
	}
	for _, names := range same {
		want := PersonKey(names[0])
		for _, n := range names[1:] {
			if got := PersonKey(n); got != want {
				t.Errorf("PersonKey(%q) = %q, want %q (as %q)", n, got, want, names[0])
			}
		}
	}
	if a, b := PersonKey("Hanan TALBI"), PersonKey("Hanan TRAORE"); a == b {
		t.Errorf("PersonKey(%q) = PersonKey(%q) = %q, want different", "Hanan TALBI", "Hanan TRAORE", a)
	}
}

func TestLooksLikePersonName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Hanan TALBI", true},
		{"TALBI Hanan", true},
		{"Dr AG Zakaria", true},
		{"M. Tunga", true},
		{"Tunga", true},
		{"Laurent de Valensart", true},
		{"Oulematou dite Saran Sall", true},
		{"Cheick Tidiane Amadou Traoré", true},
		{"Jean-Paul Peulet", true},
		{"Aïssata N'Diaye", true},
		{"OMS", false},
		{"UNHCR", false},
		{"MINUSMA (CAD, POC)", false},
		{"Croix-Rouge malienne", false},
		{"Responsable", false},
		{"Coordination", false},
		{"Point focal", false},
		{"Lieu", false},
		{"Date", false},
		{"Bamako", false},
		{"ABCD", false},
		{"21 Participants", false},
		{"Agences UN", false},
		{"Acteurs Humanitaires", false},
		{"Coordo WHE", false},
		{"Direction régionale de la santé de Mopti", false},
		{"une réunion du cluster", false},
		{"de la", false},
		{"Jean Paul Marie Louis Pierre Henri", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := LooksLikePersonName(tt.in); got != tt.want {
			t.Errorf("LooksLikePersonName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
