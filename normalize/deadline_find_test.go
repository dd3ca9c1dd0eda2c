package normalize

import "testing"

func TestFindDue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Les partenaires doivent soumettre leurs plans d'ici fin mai 2025.", "d'ici fin mai 2025"},
		{"Une note conceptuelle devra être prête dans les 48 heures", "dans les 48 heures"},
		{"Il est donc important de ne pas traîner de notre côté (ie: avant lundi prochain) afin d'établir", "avant lundi prochain"},
		{"Création des documents à imprimer pour le 26.", "pour le 26"},
		{"Recueillir les synthèses des commissions (pour le 26)", "pour le 26"},
		{"L’idéal serait d’avoir défini les choix d’implémentation : fin septembre.", "fin septembre"},
		{"publication fin septembre des versions initiales (v1) des différents profils", "fin septembre"},
		{"Si on veut participer, c'est à décider d'ici mars 2025 !", "d'ici mars 2025"},
		{"appel à ordre du jour → @Amaury limite 2 février pour les propositions", "limite 2 février"},
		{"À publier avec ce qu'on a. Publication en février.", "en février"},
		{"Rockaround va voir comment continuer en mai/juin", "en mai/juin"},
		{"créer des réunions additionnelles. Samedi 25 à 21h00 ? Annoncer sur le forum", "Samedi 25 à 21h00"},
		{"Prochaine étape le CA le jeudi 18/04 à 18h: @yann et @jerome y feront une présentation.", "le jeudi 18/04 à 18h"},
		{"procédure de silence vaut approbation pour #69 jusqu’au 1er septembre, débattre de #68", "jusqu’au 1er septembre"},
		{"intégration des décisions actées, dans le projet de révision d’ici la prochaine réunion", "d’ici la prochaine réunion"},
		{"les données pourront être transmises d’ici la fin du mois de mars", "d’ici la fin du mois de mars"},
		{"la Banque des Territoires a demandé aux participants d’ici la fin du mois.", "d’ici la fin du mois"},
		{"Les données pourront être transmises à France Foncier + dans 2 ou 3 semaines", "dans 2 ou 3 semaines"},
		{"Dès la semaine prochaine, il faudra reprendre les pesées.", "Dès la semaine prochaine"},
		{"OCHA va organiser une mission d'évaluation conjointe la semaine prochaine.", "la semaine prochaine"},
		{"Le rapport sera partagé le mois prochain.", "le mois prochain"},
		{"Les partenaires transmettront leurs données sous huitaine.", "sous huitaine"},
		{"soumettre leurs rapports 4W au plus tard le 15 de chaque mois.", ""},
		{"Elle sera présentée à la fin de la semaine prochaine.", "fin de la semaine prochaine"},
		{"création d’un comité des usagers des transports publics en septembre prochain", "en septembre prochain"},
		{"une mise à disposition pour test au T1-2024 auprès des membres du COPIL", "T1-2024"},
		{"Le rendu final à la DGALN est prévu fin janvier 2024", "fin janvier 2024"},
		{"Comité de pilotage mi-juillet 2023 (date à fixer)", "mi-juillet 2023"},
		{"IMC prévoit de faire une évaluation rapide a Bankass dans les prochains jours.", "dans les prochains jours"},
		{"planifier une évaluation multisectorielle dans un bref délai", "dans un bref délai"},
		{"il serait opportun d'étendre ces axes vers une approche plus régionale (Mopti) à moyen terme.", "à moyen terme"},
		{"Le HCC à souhaité que la MINUSMA puisse être invité à la prochaine réunion du Cluster Santé afin de développer", "prochaine réunion du Cluster Santé"},
		{"il est nécessaire que le CA vote pour celle-ci, sans doute à l'issue de la prochaine AG", "à l'issue de la prochaine AG"},
		{"une migration du serveur est prévue dans les jours à venir", "dans les jours à venir"},
		{"Finaliser la cartographie au plus tard le 15 avril 2025.", "au plus tard le 15 avril 2025"},
		{"Mettre à jour le plan avant le 1er trimestre 2025", "avant le 1er trimestre 2025"},
		{"Partager la note dès que possible avec les membres", "dès que possible"},
		{"Rapport attendu d'ici fin 1è semestre 2025", "d'ici fin 1è semestre 2025"},
		{"Celles-ci se déclinent en objectifs d’ici à 2030.", "d’ici à 2030"},
		{"une nouvelle version, disponible courant 2024, sera de fournir plus de services", "courant 2024"},
		// Not deadlines.
		{"Réunion du lundi 20 janvier 2025", ""},
		{"Notre objectif est donc de récupérer des fiches action à la fin des 2h.", ""},
		{"Des discussions ont eu lieu avec des 2 partenaires sur le choix des 1ères machines.", ""},
		{"OCHA va renforcer le comité veille de Segou avec une participation au moins une fois par mois dans les réunions", ""},
		{"L’ICC recommande une analyse approfondie des besoins des IDPs, qui doit être annexée aux rapports CMP par trimestre si possible.", ""},
		{"Avant d'entamer le suivi du plan d'action, M. Tunga d'OCHA a exposé les conclusions de la mission du 24 février au 1er mars 2017", ""},
		{"IMC à mener une mission exploratoire en décembre 2018 dans le cercle de Bankass", "en décembre 2018"},
		{"Renforcer la coordination des interventions d'urgence humanitaire à Bankass", ""},
		{"La formation du sous cluster VBG sur la gestion clinique de viol du 3 au 6 avril 2017", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FindDue(tt.in); got != tt.want {
			t.Errorf("FindDue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsDeadline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"48 heures", true},
		{"Immédiat", true},
		{"Avant fin mai 2025", true},
		{"D'ici fin 1è semestre 2025", true},
		{"1er semestre 2025", true},
		{"T1-2024", true},
		{"Février – mars 2024", true},
		{"Samedi 25 à 21h00", true},
		{"le jeudi 18/04 à 18h", true},
		{"pour le 26", true},
		{"prochaine réunion du Cluster Santé", true},
		{"à l'issue de la prochaine AG", true},
		{"dans les prochains jours", true},
		{"à moyen terme", true},
		{"continue", true},
		{"Permanent", true},
		{"date à définir", true},
		{"2 mois", true},
		{"15/04/2025", true},
		{"fin 2025", true},
		{"courant 2025", true},
		{"HRP 2019", false},
		{"Plan de réponse humanitaire 2025", false},
		{"par trimestre", false},
		{"chaque mois", false},
		{"une fois par mois", false},
		{"OMS", false},
		{"Coordination", false},
		{"Dr AG Zakaria (Coordo. WHE OMS)", false},
		{"Responsable : CCP", false},
		{"Fait", false},
		{"En cours", false},
		{"21 Participants", false},
		{"Une note conceptuelle devra être prête dans les 48 heures", false},
		{"Renforcer la coordination des interventions d'urgence humanitaire à Bankass", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsDeadline(tt.in); got != tt.want {
			t.Errorf("IsDeadline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFindDueSameDayAndDelay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Le prochain communiqué sera publié dans la journée.", "dans la journée"},
		{"prendre immédiatement les dispositions pour le village", "immédiatement"},
		{"Les rapports seront partagés dans un délai de 3 semaines.", "dans un délai de 3 semaines"},
		{"L’enterrement est prévu pour ce Vendredi, 3 Avril 2015, sous la supervision de l’Administration communale.", "pour ce Vendredi, 3 Avril 2015"},
		{"J’ai prévu une réunion avec les chefs de village ce 30 avril.", "ce 30 avril"},
	} {
		if got := FindDue(tc.in); got != tc.want {
			t.Errorf("FindDue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	d := Due("dans un délai de 3 semaines", "2024-05-02")
	if d.Date != "2024-05-23" {
		t.Errorf("Due(dans un délai de 3 semaines) = %+v, want 2024-05-23", d)
	}
}
