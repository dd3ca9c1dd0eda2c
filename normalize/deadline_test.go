package normalize

import "testing"

var dueTests = []struct {
	raw, meeting string
	want         Deadline
}{
	// Délais cells of the corpus (eval/GOLD.md).
	{"48 heures", "2019-03-28", Deadline{"48 heures", "2019-03-30", "relative", ""}},
	{"Immédiat", "2025-03-19", Deadline{"Immédiat", "2025-03-19", "asap", ""}},
	{"immédiatement", "2025-03-19", Deadline{"immédiatement", "2025-03-19", "asap", ""}},
	{"dans la journée", "2012-02-27", Deadline{"dans la journée", "2012-02-27", "asap", ""}}, // the day of the meeting (Nouakchott)
	{"dès que possible", "2025-03-19", Deadline{"dès que possible", "2025-03-19", "asap", "dès"}},
	{"Avant fin mai 2025", "2025-03-19", Deadline{"Avant fin mai 2025", "2025-05-31", "month", "avant"}},
	{"Au plus tard fin mai 2025", "2025-03-19", Deadline{"Au plus tard fin mai 2025", "2025-05-31", "month", "au plus tard"}},
	{"D'ici fin 1è semestre 2025", "2025-03-19", Deadline{"D'ici fin 1è semestre 2025", "2025-06-30", "semester", "d'ici"}},
	{"1er semestre 2025", "2025-03-19", Deadline{"1er semestre 2025", "2025-06-30", "semester", ""}},
	{"2e semestre 2025", "2025-03-19", Deadline{"2e semestre 2025", "2025-12-31", "semester", ""}},
	{"2ème semestre 2025", "", Deadline{"2ème semestre 2025", "2025-12-31", "semester", ""}},
	{"second semestre 2024", "", Deadline{"second semestre 2024", "2024-12-31", "semester", ""}},
	{"fin 1 er semestre 2025", "", Deadline{"fin 1 er semestre 2025", "2025-06-30", "semester", ""}},
	{"1er trimestre 2025", "", Deadline{"1er trimestre 2025", "2025-03-31", "quarter", ""}},
	{"T1 2025", "", Deadline{"T1 2025", "2025-03-31", "quarter", ""}},
	{"T1-2024", "2024-01-18", Deadline{"T1-2024", "2024-03-31", "quarter", ""}},
	{"Q3 2025", "2025-03-19", Deadline{"Q3 2025", "2025-09-30", "quarter", ""}},
	{"T2 2025", "", Deadline{"T2 2025", "2025-06-30", "quarter", ""}},
	{"3ème trimestre 2025", "", Deadline{"3ème trimestre 2025", "2025-09-30", "quarter", ""}},
	{"T4 2025", "", Deadline{"T4 2025", "2025-12-31", "quarter", ""}},
	{"fin 2025", "", Deadline{"fin 2025", "2025-12-31", "year", ""}},
	{"2025", "", Deadline{"2025", "2025-12-31", "year", ""}},
	{"2024", "2024-01-18", Deadline{"2024", "2024-12-31", "year", ""}},
	{"courant 2025", "", Deadline{"courant 2025", "2025-12-31", "year", "courant"}},
	{"d'ici mars 2025", "2025-01-20", Deadline{"d'ici mars 2025", "2025-03-31", "month", "d'ici"}},
	{"septembre 2023", "2023-05-25", Deadline{"septembre 2023", "2023-09-30", "month", ""}},
	{"fin janvier 2024", "2024-01-18", Deadline{"fin janvier 2024", "2024-01-31", "month", ""}},
	{"Février – mars 2024", "2024-01-18", Deadline{"Février – mars 2024", "2024-03-31", "month", ""}},
	{"février 2024", "", Deadline{"février 2024", "2024-02-29", "month", ""}},
	{"en mai/juin", "2025-01-20", Deadline{"en mai/juin", "2025-06-30", "month", "en"}},
	{"en février", "2025-01-20", Deadline{"en février", "2025-02-28", "month", "en"}},
	{"fin septembre", "2025-07-03", Deadline{"fin septembre", "2025-09-30", "month", ""}},
	{"fin octobre", "2025-11-10", Deadline{"fin octobre", "2026-10-31", "month", ""}},
	{"septembre prochain", "2023-01-16", Deadline{"septembre prochain", "2023-09-30", "month", ""}},
	{"fin sept. 2025", "", Deadline{"fin sept. 2025", "2025-09-30", "month", ""}},
	{"fin janv. 2025", "", Deadline{"fin janv. 2025", "2025-01-31", "month", ""}},
	{"fév 2025", "", Deadline{"fév 2025", "2025-02-28", "month", ""}},
	{"avant fin févr. 2025", "", Deadline{"avant fin févr. 2025", "2025-02-28", "month", "avant"}},
	{"2nd semestre 2025", "", Deadline{"2nd semestre 2025", "2025-12-31", "semester", ""}},
	{"D’ici fin 1ère semestre 2025", "", Deadline{"D’ici fin 1ère semestre 2025", "2025-06-30", "semester", "d'ici"}},
	{"T3–2025", "", Deadline{"T3–2025", "2025-09-30", "quarter", ""}},
	{"1er trimestre", "2025-05-10", Deadline{"1er trimestre", "2026-03-31", "quarter", ""}},
	{"déc. 2025", "", Deadline{"déc. 2025", "2025-12-31", "month", ""}},
	{"jusqu’au 1er septembre", "2025-07-03", Deadline{"jusqu’au 1er septembre", "2025-09-01", "day", "jusqu'au"}},
	{"12 juin", "2025-06-04", Deadline{"12 juin", "2025-06-12", "day", ""}},
	{"limite 2 février", "2025-01-20", Deadline{"limite 2 février", "2025-02-02", "day", "limite"}},
	{"Samedi 25 à 21h00", "2025-01-20", Deadline{"Samedi 25 à 21h00", "2025-01-25", "day", ""}},
	{"le jeudi 18/04 à 18h", "2013-04-15", Deadline{"le jeudi 18/04 à 18h", "2013-04-18", "day", ""}},
	{"15/09", "2025-10-01", Deadline{"15/09", "2026-09-15", "day", ""}},
	{"15/04/2025", "", Deadline{"15/04/2025", "2025-04-15", "day", ""}},
	{"le 15 avril 2025", "", Deadline{"le 15 avril 2025", "2025-04-15", "day", ""}},
	{"avant le 15 avril 2025", "2025-03-19", Deadline{"avant le 15 avril 2025", "2025-04-15", "day", "avant"}},
	{"du 3 au 6 avril 2017", "", Deadline{"du 3 au 6 avril 2017", "2017-04-06", "day", ""}},
	{"dans 2 ou 3 semaines", "2024-01-18", Deadline{"dans 2 ou 3 semaines", "2024-02-08", "relative", ""}},
	{"dans 2 semaines", "2025-03-19", Deadline{"dans 2 semaines", "2025-04-02", "relative", ""}},
	{"dans un mois", "2025-03-19", Deadline{"dans un mois", "2025-04-19", "relative", ""}},
	{"dans les 48 heures", "2019-03-28", Deadline{"dans les 48 heures", "2019-03-30", "relative", ""}},
	{"sous 72h", "2019-03-28", Deadline{"sous 72h", "2019-03-31", "relative", ""}},
	{"J+7", "2019-03-28", Deadline{"J+7", "2019-04-04", "relative", ""}},
	{"sous huitaine", "2025-03-19", Deadline{"sous huitaine", "2025-03-27", "relative", ""}},
	{"Sous quinzaine", "2025-03-19", Deadline{"Sous quinzaine", "2025-04-03", "relative", ""}},
	{"première quinzaine de juin", "2025-03-19", Deadline{"première quinzaine de juin", "2025-06-15", "day", ""}},
	{"1ère quinzaine d'avril 2024", "", Deadline{"1ère quinzaine d'avril 2024", "2024-04-15", "day", ""}},
	{"deuxième quinzaine d'avril", "2025-03-19", Deadline{"deuxième quinzaine d'avril", "2025-04-30", "month", ""}},
	{"Dès la semaine prochaine", "2020-05-14", Deadline{"Dès la semaine prochaine", "2020-05-21", "relative", "dès"}},
	{"avant lundi prochain", "2013-02-11", Deadline{"avant lundi prochain", "2013-02-18", "day", "avant"}},
	{"d’ici la fin du mois", "2024-01-18", Deadline{"d’ici la fin du mois", "2024-01-31", "month", "d'ici"}},
	{"d’ici la fin du mois de mars", "2024-01-18", Deadline{"d’ici la fin du mois de mars", "2024-03-31", "month", "d'ici"}},
	{"fin du mois prochain", "2024-01-18", Deadline{"fin du mois prochain", "2024-02-29", "month", ""}},
	{"fin d'année", "2024-01-18", Deadline{"fin d'année", "2024-12-31", "year", ""}},
	// "fin de la semaine" is the Friday on or after the meeting (a
	// Thursday here), a Friday meeting's own day.
	{"fin de la semaine", "2024-01-18", Deadline{"fin de la semaine", "2024-01-19", "day", ""}},
	{"fin de la semaine", "2024-01-19", Deadline{"fin de la semaine", "2024-01-19", "day", ""}},
	{"fin de la semaine prochaine", "2024-01-18", Deadline{"fin de la semaine prochaine", "2024-01-26", "day", ""}},

	// Vague: the words stay, no date.
	{"prochaine réunion du Cluster Santé", "2019-03-28", Deadline{"prochaine réunion du Cluster Santé", "", "", ""}},
	{"d’ici la prochaine réunion", "2025-07-03", Deadline{"d’ici la prochaine réunion", "", "", "d'ici"}},
	{"dans les jours à venir", "2013-02-11", Deadline{"dans les jours à venir", "", "", ""}},
	{"dans les prochains jours", "2019-03-28", Deadline{"dans les prochains jours", "", "", ""}},
	{"dans un bref délai", "", Deadline{"dans un bref délai", "", "", ""}},
	{"à moyen terme", "2019-03-28", Deadline{"à moyen terme", "", "", ""}},
	{"mi-juillet", "2023-05-25", Deadline{"mi-juillet", "", "", ""}},
	{"mi-juillet 2023", "2023-05-25", Deadline{"mi-juillet 2023", "", "", ""}},
	{"à la mi-février", "2024-01-18", Deadline{"à la mi-février", "", "", ""}},
	{"2 mois", "", Deadline{"2 mois", "", "", ""}},
	{"2 mois", "2025-01-20", Deadline{"2 mois", "", "", ""}},
	{"pour le 26", "", Deadline{"pour le 26", "", "day", "pour"}},
	{"pour le 26", "2025-01-20", Deadline{"pour le 26", "2025-01-26", "day", "pour"}},
	{"à l'issue de la prochaine AG", "2025-06-04", Deadline{"à l'issue de la prochaine AG", "", "", ""}},
	{"continue", "2025-03-19", Deadline{"continue", "", "", ""}},
	{"Permanent", "2025-03-19", Deadline{"Permanent", "", "", ""}},
	{"date à définir", "2025-03-19", Deadline{"date à définir", "", "", ""}},
	{"  Immédiat ", "", Deadline{"Immédiat", "", "asap", ""}},
	{"48 heures", "", Deadline{"48 heures", "", "relative", ""}},
	{"fin septembre", "", Deadline{"fin septembre", "", "month", ""}},
	{"12 juin", "", Deadline{"12 juin", "", "day", ""}},

	// Not deadlines.
	{"par trimestre", "2025-03-19", Deadline{"par trimestre", "", "", ""}},
	{"chaque mois", "2025-03-19", Deadline{"chaque mois", "", "", ""}},
	{"une fois par mois", "2025-03-19", Deadline{"une fois par mois", "", "", ""}},
	{"OMS", "2025-03-19", Deadline{"OMS", "", "", ""}},
	{"", "2025-03-19", Deadline{}},
	{"31/02/2025", "", Deadline{"31/02/2025", "", "", ""}},
}

func TestDue(t *testing.T) {
	for _, tt := range dueTests {
		if got := Due(tt.raw, tt.meeting); got != tt.want {
			t.Errorf("Due(%q, %q) = %+v, want %+v", tt.raw, tt.meeting, got, tt.want)
		}
	}
}
