package normalize

import "testing"

func TestDate(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"28 Mars 2019", "2019-03-28", "", true},
		// a year of two digits, a month between slashes, a year glued to
		// its month (Bamako PV, an RDC cluster, Abala camp)
		{"31 mars 21", "2021-03-31", "", true},
		{"03/Mars/2020", "2020-03-03", "", true},
		{"le jeudi 18 octobre2012 sous la présidence", "2012-10-18", "", true},
		{"le 12 mars 15h30", "", "", false},
		{"Ce Jeudi, le 2ème Jour du Mois d’Avril 2015, s’est déroulée", "2015-04-02", "", true},
		{"L’An deux mille seize et le vendredi 15 Janvier s’est tenue la rencontre", "2016-01-15", "", true},
		{"Reunion Groupe Sante #7 - 21 October 2016 – 10AM", "2016-10-21", "", true},
		{"mardi, 20 Février 2018", "2018-02-20", "", true},
		{"1er mars 2025", "2025-03-01", "", true},
		{"1 er mars 2025", "2025-03-01", "", true},
		{"1ᵉʳ mars 2025", "2025-03-01", "", true},
		{"05/04/2017", "2017-04-05", "", true},
		{"5-4-2017", "2017-04-05", "", true},
		{"2017-04-05", "2017-04-05", "", true},
		{"du 19 au 20 mars 2025", "2025-03-19", "2025-03-20", true},
		{"du 3 au 6 avril 2017", "2017-04-03", "2017-04-06", true},
		{"19-20 mars 2025", "2025-03-19", "2025-03-20", true},
		{"19 – 20 mars 2025", "2025-03-19", "2025-03-20", true},
		{"du 28 février au 2 mars 2025", "2025-02-28", "2025-03-02", true},
		{"du 28 décembre au 3 janvier 2025", "2024-12-28", "2025-01-03", true},
		{"du 05/04/2017 au 07/04/2017", "2017-04-05", "2017-04-07", true},
		{"le 16 janvier 2020", "2020-01-16", "", true},
		{"20 fév. 2018", "2018-02-20", "", true},
		{"20 févr. 2018", "2018-02-20", "", true},
		{"3 sept. 2019", "2019-09-03", "", true},
		{"Lundi 20 janvier 2025", "2025-01-20", "", true},
		{"4 juin 2025", "2025-06-04", "", true},
		{"18 janvier 2024", "2024-01-18", "", true},
		{"11/07/25", "2025-07-11", "", true},
		{"Lieu et date : UNHCR – Bamako, 5 Avril 2017", "2017-04-05", "", true},
		{"la mission du 24 février au 1er mars 2017 de monitoring", "2017-02-24", "2017-03-01", true},
		{"Bamako, le 31/02/2019 puis le 02/03/2019", "2019-03-02", "", true},
		{"30 février 2019", "", "", false},
		{"HRP 2019", "", "", false},
		{"mars 2025", "", "", false},
		{"15H -16H30", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		start, end, ok := Date(tt.in)
		if start != tt.start || end != tt.end || ok != tt.ok {
			t.Errorf("Date(%q) = %q, %q, %v, want %q, %q, %v", tt.in, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestTime(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"15H -16H30", "15:00", "16:30", true},
		{"de 9h à 12h30", "09:00", "12:30", true},
		// ends written with their unit or a verb of ending (UNICEF
		// Mali, WASH Sud-Kivu, sous-cluster Beni, a Burkina PV).
		{"Heure : 10h30 min à 12h00", "10:30", "12:00", true},
		{"Réunion démarrée à 14 H30 - clôturée à 16 H 00’", "14:30", "16:00", true},
		{"démarrée à 8h35 et terminée à 10h40", "08:35", "10:40", true},
		{"entre 9h et 11h", "09:00", "11:00", true},
		{"14h40’–16h27’", "14:40", "16:27", true},
		{"ouvert les travaux à 15h 30 mn.", "15:30", "", true},
		{"9h00-12h00", "09:00", "12:00", true},
		{"18h30", "18:30", "", true},
		{"21h15–22h38", "21:15", "22:38", true},
		{"10:00 – 12:00", "10:00", "12:00", true},
		{"à 14 heures", "14:00", "", true},
		{"de 9 heures à 12 heures", "09:00", "12:00", true},
		{"14 heures 30", "14:30", "", true},
		{"Heure : 15H", "15:00", "", true},
		{"Samedi 25 à 21h00", "21:00", "", true},
		{"le jeudi 18/04 à 18h", "18:00", "", true},
		{"48 heures", "", "", false},
		{"dans les 48 heures", "", "", false},
		{"pendant 2h", "", "", false},
		{"24h", "", "", false},
		{"28 Mars 2019", "", "", false},
		{"10:75", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		start, end, ok := Time(tt.in)
		if start != tt.start || end != tt.end || ok != tt.ok {
			t.Errorf("Time(%q) = %q, %q, %v, want %q, %q, %v", tt.in, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

func TestTimeAMPM(t *testing.T) {
	for _, tc := range []struct{ in, start string }{{"21 October 2016 – 10AM", "10:00"}, {"2PM", "14:00"}, {"12:30 pm", "12:30"}} {
		if got, _, _ := Time(tc.in); got != tc.start {
			t.Errorf("Time(%q) = %q, want %q", tc.in, got, tc.start)
		}
	}
}
