package extract

import (
	"strings"
	"testing"
)

func TestPlaceOnly(t *testing.T) {
	for in, want := range map[string]string{
		"UNHCR – Bamako, 5 Avril 2017":                 "UNHCR – Bamako",
		"Grand Hôtel de Bamako, du 19 au 20 mars 2025": "Grand Hôtel de Bamako",
		"OMS, Bamako":                          "OMS, Bamako",
		"Salle de réunion OCHA, le 12/05/2022": "Salle de réunion OCHA",
	} {
		if got := placeOnly(in); got != want {
			t.Errorf("placeOnly(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitLabel(t *testing.T) {
	tests := []struct{ in, label, value string }{
		{"Lieu et date : UNHCR – Bamako, 5 Avril 2017", "Lieu et date", "UNHCR – Bamako, 5 Avril 2017"},
		{"Présent.es : Charlotte, Valentin", "Présent.es", "Charlotte, Valentin"},
		{"Ordre du jour :", "Ordre du jour", ""},
		{"Nombre de participants : 18", "Nombre de participants", "18"},
	}
	for _, tt := range tests {
		label, value, ok := splitLabel(tt.in)
		if !ok || label != tt.label || value != tt.value {
			t.Errorf("splitLabel(%q) = %q, %q, %v", tt.in, label, value, ok)
		}
	}
	for _, in := range []string{
		"Il a expliqué que c'est un problème. Les points de suivi : voir annexe",
		"Plusieurs points ont été soulignés dans les divers de la réunion du mois, notamment :",
	} {
		if _, _, ok := splitLabel(in); ok {
			t.Errorf("splitLabel(%q) found a label", in)
		}
	}
}

func TestStripNumber(t *testing.T) {
	for in, want := range map[string]string{
		"1. Suivi du plan d'action":                     "Suivi du plan d'action",
		"2- Présentation (DNDS)":                        "Présentation (DNDS)",
		"iii. Présentation introductive de la retraite": "Présentation introductive de la retraite",
		"a) Divers,":                "Divers",
		"• Point sur les adhésions": "Point sur les adhésions",
		"2024 en chiffres":          "2024 en chiffres",
	} {
		if got := stripNumber(in); got != want {
			t.Errorf("stripNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStatusOf(t *testing.T) {
	for in, want := range map[string]string{
		"Fait": "done", "Réalisé": "done", "Terminée": "done", "En cours": "in_progress",
		"Partiellement réalisé": "in_progress", "Non fait": "open", "Non réalisé": "open", "Pas encore": "open", "": "",
		"La recommandation est reconduite car le rapport n’a pas été fait": "open",
		"Le rapport n'a pas encore été réalisé":                            "open",
		"Réunion reportée, à suivre":                                       "open",
		"Activité exécutée le 3 mars":                                      "done",
		"Non fait au niveau de Mopti, fait à Gao":                          "open",
	} {
		if got := statusOf(in); got != want {
			t.Errorf("statusOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestYearlessAndDuration(t *testing.T) {
	if d, ok := yearless("Compte rendu réunion du 11 février", "2013-02-14"); !ok || d != "2013-02-11" {
		t.Errorf("yearless = %q, %v, want 2013-02-11", d, ok)
	}
	if _, ok := yearless("Compte rendu réunion du 11 mars", "2013-02-14"); ok {
		t.Error("yearless took a day after the date it is near")
	}
	if d := durationRe.FindStringSubmatch("duree de la reunion : 1 heure 30"); d == nil || d[1] != "1" || d[3] != "30" {
		t.Errorf("durationRe = %q, want 1 and 30", d)
	}
	if got := addDuration("18:30", "1", "30"); got != "20:00" {
		t.Errorf("addDuration = %q, want 20:00", got)
	}
}

func TestFoldLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Date/Heure": "date et heure", "Lieu de la réunion": "lieu", "Objet de la séance": "objet",
		"Date de la rencontre": "date", "Lieu et date": "lieu et date", "ORDRE DU JOUR": "ordre du jour",
	} {
		if got := foldLabel(in); got != want {
			t.Errorf("foldLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLabelSegments(t *testing.T) {
	for in, want := range map[string]string{
		"Date : 07/09/2023 – Heure : 10h00 à 12h00 – Lieu : Bureau UNICEF Gao":  "Date : 07/09/2023|Heure : 10h00 à 12h00|Lieu : Bureau UNICEF Gao",
		"Facilitation : Mme Touré (UNICEF), Co-facilitation : M. Cissé (SCI)":   "Facilitation : Mme Touré (UNICEF)|Co-facilitation : M. Cissé (SCI)",
		"Lieu et date : UNHCR – Bamako, 5 Avril 2017":                           "Lieu et date : UNHCR – Bamako, 5 Avril 2017",
		"Date : 3 avril 2025 — Lieu : Bureau OCHA Mopti — Heure : 9h00 à 11h30": "Date : 3 avril 2025|Lieu : Bureau OCHA Mopti|Heure : 9h00 à 11h30",
		"Présents : UNHCR, OIM, PAM":                                            "Présents : UNHCR, OIM, PAM",
	} {
		if got := strings.Join(labelSegments(in), "|"); got != want {
			t.Errorf("labelSegments(%q) = %q, want %q", in, got, want)
		}
	}
}
