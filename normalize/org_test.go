package normalize

import (
	"strings"
	"testing"
)

func TestOrganization(t *testing.T) {
	tests := []struct {
		raw     string
		acronym string
		kind    string
		ok      bool
	}{
		{"OMS", "WHO", "un", true},
		{"l'OMS", "WHO", "un", true},
		{"l’OMS", "WHO", "un", true},
		{"WHO", "WHO", "un", true},
		{"Organisation Mondiale de la Santé", "WHO", "un", true},
		{"organisation mondiale de la sante", "WHO", "un", true},
		{"HCR", "UNHCR", "un", true},
		{"le HCR", "UNHCR", "un", true},
		{"UNHCR", "UNHCR", "un", true},
		{"OIM", "IOM", "un", true},
		{"PAM", "WFP", "un", true},
		{"Unicef", "UNICEF", "un", true},
		{"BCAH", "OCHA", "un", true},
		{"UNOCHA", "OCHA", "un", true},
		{"d'OCHA", "OCHA", "un", true},
		{"CICR", "ICRC", "red_cross", true},
		{"le CICR", "ICRC", "red_cross", true},
		{"FNUAP", "UNFPA", "un", true},
		{"PNUD", "UNDP", "un", true},
		{"FAO", "FAO", "un", true},
		{"NRC", "NRC", "ingo", true},
		{"Conseil norvégien pour les réfugiés", "NRC", "ingo", true},
		{"Danish Refugee Council", "DRC", "ingo", true},
		{"MSF", "MSF", "ingo", true},
		{"Médecins Sans Frontières", "MSF", "ingo", true},
		{"MSF F", "MSF-F", "ingo", true},
		{"MSF France", "MSF-F", "ingo", true},
		{"Croix-Rouge malienne", "CRM", "red_cross", true},
		{"Croix Rouge Malienne", "CRM", "red_cross", true},
		{"DG ECHO", "ECHO", "donor", true},
		{"ECHO", "ECHO", "donor", true},
		{"MINUSMA", "MINUSMA", "un", true},
		{"la MINUSMA", "MINUSMA", "un", true},
		{"MINUSMA (CAD, POC)", "MINUSMA", "un", true},
		{"IMC", "IMC", "ingo", true},
		{"International Medical Corps", "IMC", "ingo", true},
		{"PUI", "PUI", "ingo", true},
		{"Première Urgence Internationale", "PUI", "ingo", true},
		{"DGSHP", "DGSHP", "government", true},
		{"Direction générale de la santé et de l’hygiène publique", "DGSHP", "government", true},
		{"DNDS", "DNDS", "government", true},
		{"UNMAS", "UNMAS", "un", true},
		{"CCP", "CCP", "role", true},
		{"Coordination du Cluster Protection", "CCP", "role", true},
		{"HCC", "HCC", "role", true},
		{"D-HC", "D-HC", "role", true},
		{"Coordination", "Coordination", "role", true},
		{"Acteurs Humanitaires", "Acteurs humanitaires", "group", true},
		{"ONG Nationales", "ONG", "group", true},
		{"Agences UN", "Agences UN", "group", true},
		{"ICC", "ICC", "coordination", true},
		{"Cluster Santé", "Cluster Santé", "coordination", true},
		{"cluster protection", "Cluster Protection", "coordination", true},
		{"RRM", "RRM", "coordination", true},
		{"ONUSIDA", "UNAIDS", "un", true},
		{"ONU Femmes", "UN Women", "un", true},
		{"FICR", "FICR", "red_cross", true},
		{"IFRC", "FICR", "red_cross", true},
		{"Handicap International", "HI", "ingo", true},
		{"DCA", "DCA", "ingo", true},
		{"IEDA RELIEF", "IEDA Relief", "ingo", true},
		{"ABA-ROLI", "ABA-ROLI", "ingo", true},
		{"AMPSY", "AMPSY", "ngo", true},
		{"CMP", "CMP", "government", true},
		{"COOPI", "COOPI", "ingo", true},
		{"Ministères de la santé et du développement social", "MSDS", "government", true},
		{"Coordo WHE (OMS)", "WHO", "un", true},
		{"Banque mondiale", "World Bank", "donor", true},
		{"  OCHA ; ", "OCHA", "un", true},
		{"Dr AG Zakaria (Coordo. WHE OMS)", "", "", false},
		{"Croix-Rouge", "", "", false},
		{"Mairie de Bamako", "", "", false},
		{"COMSA", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		got, ok := Organization(tt.raw)
		if got.Acronym != tt.acronym || got.Kind != tt.kind || ok != tt.ok {
			t.Errorf("Organization(%q) = %q %q %v, want %q %q %v", tt.raw, got.Acronym, got.Kind, ok, tt.acronym, tt.kind, tt.ok)
		}
	}
}

// TestOrganizationGazetteer looks up names of each section of orgs.tsv as
// minutes write them: French and English names, acronyms, sections of an
// international NGO, and spellings without accents or hyphens.
func TestOrganizationGazetteer(t *testing.T) {
	tests := []struct {
		raw     string
		acronym string
		kind    string
	}{
		// United Nations
		{"FNUAP", "UNFPA", "un"},
		{"ONUSIDA", "UNAIDS", "un"},
		{"ONU/SIDA", "UNAIDS", "un"},
		{"ONU-Habitat", "UN-Habitat", "un"},
		{"Bureau de la coordination des affaires humanitaires", "OCHA", "un"},
		{"la MINUSCA", "MINUSCA", "un"},
		{"Mission de l'Organisation des Nations Unies pour la stabilisation en RDC", "MONUSCO", "un"},
		{"MONUC", "MONUSCO", "un"},
		{"Bureau intégré des Nations Unies en Haïti", "BINUH", "un"},
		{"OPS/OMS", "PAHO", "un"},
		{"United Nations Humanitarian Air Service", "UNHAS", "un"},
		{"UNPOL", "", ""}, // a mission's police component, not an organization
		// Red Cross and Red Crescent
		{"Comite International de la Croix Rouge", "ICRC", "red_cross"},
		{"Fédération internationale de la Croix-Rouge", "FICR", "red_cross"},
		{"Croix-Rouge nigérienne", "CRN", "red_cross"},
		{"Croix Rouge Nigerienne", "CRN", "red_cross"},
		{"Croix Rouge Burkinabe", "CRBF", "red_cross"},
		{"CRBF", "CRBF", "red_cross"},
		{"Croix-Rouge du Tchad", "CRT", "red_cross"},
		{"Croix-Rouge centrafricaine", "CRCA", "red_cross"},
		{"la Croix-Rouge de la RDC", "CRRDC", "red_cross"},
		{"Croix-Rouge congolaise", "Croix-Rouge congolaise", "red_cross"},
		{"Croix rouge camerounaise", "Croix-Rouge camerounaise", "red_cross"},
		{"Croix-Rouge Sénégalaise", "Croix-Rouge sénégalaise", "red_cross"},
		{"Croix-Rouge guinéenne", "CRG", "red_cross"},
		{"Croix-Rouge du Burundi", "Croix-Rouge du Burundi", "red_cross"},
		{"Croix-Rouge haitienne", "CRH", "red_cross"},
		{"Croissant Rouge Mauritanien", "Croissant-Rouge mauritanien", "red_cross"},
		{"CRM", "CRM", "red_cross"}, // the acronym stays the Croix-Rouge malienne
		{"CRS", "CRS", "ingo"},      // and Catholic Relief Services, not the Croix-Rouge sénégalaise
		{"CRB", "CRB", "red_cross"}, // and the Croix-Rouge de Belgique, not the burkinabè
		{"CRC", "", ""},             // congolaise, camerounaise or canadienne: nobody's
		{"CRf", "CRF", "red_cross"},
		{"Croix-Rouge luxembourgeoise", "Croix-Rouge luxembourgeoise", "red_cross"},
		{"Swiss Red Cross", "Croix-Rouge suisse", "red_cross"},
		{"Croix-Rouge canadienne", "Croix-Rouge canadienne", "red_cross"},
		{"American Red Cross", "American Red Cross", "red_cross"},
		// International NGOs and their sections
		{"MSF-H", "MSF-H", "ingo"},
		{"MSF Hollande", "MSF-H", "ingo"},
		{"MSF OCA", "MSF-H", "ingo"},
		{"MSF CH", "MSF-CH", "ingo"},
		{"MSF OCB", "MSF-B", "ingo"},
		{"MSF Espagne", "MSF-E", "ingo"},
		{"Médecins Sans Frontières", "MSF", "ingo"},
		{"MDM-F", "MdM-F", "ingo"},
		{"MdM France", "MdM-F", "ingo"},
		{"MdM-B", "MdM-B", "ingo"},
		{"Medicos del Mundo", "MdM-E", "ingo"},
		{"Médecins du Monde", "MdM", "ingo"},
		{"Oxfam", "Oxfam", "ingo"},
		{"Oxfam GB", "Oxfam GB", "ingo"},
		{"Oxfam Intermon", "Oxfam Intermón", "ingo"},
		{"Oxfam Québec", "Oxfam-Québec", "ingo"},
		{"Action Against Hunger", "ACF", "ingo"},
		{"Vision du Monde", "WVI", "ingo"},
		{"Humanite et Inclusion", "HI", "ingo"},
		{"Samaritan's Purse", "Samaritan's Purse", "ingo"},
		{"Zanmi Lasante", "PIH", "ingo"},
		{"The MENTOR Initiative", "MENTOR", "ingo"},
		{"Triangle Génération Humanitaire", "TGH", "ingo"},
		{"Fédération luthérienne mondiale", "FLM", "ingo"},
		{"Secours Catholique", "Secours Catholique", "ingo"},
		// National NGOs and national Caritas
		{"CADEV-Niger", "CADEV", "ngo"},
		{"Caritas Développement Niger", "CADEV", "ngo"},
		{"Caritas Congo ASBL", "Caritas Congo", "ngo"},
		{"SECADEV", "SECADEV", "ngo"},
		// Government bodies
		{"MSPP", "MSPP", "government"},
		{"Ministère de la Santé Publique et de la Population", "MSPP", "government"},
		{"Ministère de la Santé publique", "MSP", "government"},
		{"MSP/P/AS", "MSP", "government"},
		{"PRONANUT", "PRONANUT", "government"},
		{"Division Provinciale de la Santé", "DPS", "government"},
		{"EPST", "EPST", "government"},
		{"CONAREF", "CONAREF", "government"},
		{"SP/CONASUR", "CONASUR", "government"},
		{"Commission Nationale d'Eligibilité", "CNE", "government"},
		{"CNSA", "CNSA", "government"},
		{"Direction régionale de la santé publique", "DRSP", "government"},
		{"DRDSES", "DRDSES", "government"},
		{"DRPFEF", "DRPFEF", "government"},
		{"Direction de la protection civile", "DNPC", "government"},
		{"CNARR", "CNARR", "government"},
		// Donors
		{"USAID/BHA", "BHA", "donor"},
		{"OFDA", "OFDA", "donor"},
		{"DG ECHO", "ECHO", "donor"},
		{"UKAID", "DFID", "donor"},
		{"Coopération Suisse", "DDC", "donor"},
		{"DDC", "DDC", "donor"},
		{"SDC", "DDC", "donor"},
		{"ACDI", "GAC", "donor"},
		{"Agence canadienne de développement international", "GAC", "donor"},
		{"KOICA", "KOICA", "donor"},
		{"CTB", "Enabel", "donor"},
		{"Ambassade de France", "Ambassade de France", "donor"},
		{"Ambassade des Pays-Bas", "Ambassade des Pays-Bas", "donor"},
		{"Ambassade des Pays Bas", "Ambassade des Pays-Bas", "donor"},
		{"Fonds humanitaire RDC", "FH RDC", "donor"},
		// Coordination fora
		{"FONGIM", "FONGIM", "coordination"},
		{"CCO", "CCO", "coordination"},
	}
	for _, tt := range tests {
		got, _ := Organization(tt.raw)
		if got.Acronym != tt.acronym || got.Kind != tt.kind {
			t.Errorf("Organization(%q) = %q %q, want %q %q", tt.raw, got.Acronym, got.Kind, tt.acronym, tt.kind)
		}
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Acronym=Text
	}{
		{"Organisations membres/partenaires présents : UNHCR, OIM, MINUSMA (CAD, POC), PAM, OCHA, DCA, UNMAS, NRC, UNICEF, ABA-ROLI, UNFPA ; IEDA RELIEF,",
			[]string{"UNHCR=UNHCR", "IOM=OIM", "MINUSMA=MINUSMA", "WFP=PAM", "OCHA=OCHA", "DCA=DCA", "UNMAS=UNMAS", "NRC=NRC", "UNICEF=UNICEF", "ABA-ROLI=ABA-ROLI", "UNFPA=UNFPA", "IEDA Relief=IEDA RELIEF"}},
		{"Opérateurs qui interviennent à ce stade : Développement Social, Unicef, UNFPA, MSF F, IRC et NRC",
			[]string{"UNICEF=Unicef", "UNFPA=UNFPA", "MSF-F=MSF F", "IRC=IRC", "NRC=NRC"}},
		// "Protection civile" names every country's civil protection, so it
		// is not Mali's DNPC without its full name.
		{"Dans le cercle de Niono, le CICR a procédé à des distributions. Autres acteurs : PAM, Protection civile (nfi Unicef), CRS, MSF France",
			[]string{"ICRC=CICR", "WFP=PAM", "UNICEF=Unicef", "CRS=CRS", "MSF-F=MSF France"}},
		{"M. Tunga d'OCHA a exposé les conclusions ; la coordinatrice humanitaire/CCP-OCHA",
			[]string{"OCHA=OCHA", "CCP=CCP", "OCHA=OCHA"}},
		{"La Croix-Rouge malienne et l’Organisation mondiale de la santé appuient le CSRéf de Bankass.",
			[]string{"CRM=Croix-Rouge malienne", "WHO=Organisation mondiale de la santé", "CSRéf=CSRéf"}},
		{"Le COMSA et la commission santé ont parlé du VIH/sida et de la coordination des partenaires.", nil},
		{"Présents : MSF OCA, la Croix Rouge Nigérienne, CADEV-Niger, l'Ambassade de France et UNPOL.",
			[]string{"MSF-H=MSF OCA", "CRN=Croix Rouge Nigérienne", "CADEV=CADEV-Niger", "Ambassade de France=Ambassade de France"}},
		{"Dr AG Zakaria (Coordo. WHE OMS) et le HCC", []string{"WHO=OMS", "HCC=HCC"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Mentions(tt.in) {
			got = append(got, m.Org.Acronym+"="+m.Text)
			if tt.in[m.Start:m.End] != m.Text {
				t.Errorf("Mentions(%q): %q at %d:%d reads %q", tt.in, m.Text, m.Start, m.End, tt.in[m.Start:m.End])
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Mentions(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestOrgTable(t *testing.T) {
	tab := orgs()
	if n := len(tab.orgs); n < 350 {
		t.Errorf("orgs.tsv has %d organizations, want at least 350", n)
	}
	for _, c := range tab.conflicts {
		t.Errorf("orgs.tsv: name claimed by two organizations: %s", c)
	}
	kinds := map[string]bool{"un": true, "ingo": true, "ngo": true, "red_cross": true, "government": true, "donor": true, "coordination": true, "role": true, "group": true, "unknown": true}
	seen := map[string]bool{}
	for _, o := range tab.orgs {
		if seen[orgKey(o.Acronym)] {
			t.Errorf("orgs.tsv: acronym %q twice", o.Acronym)
		}
		seen[orgKey(o.Acronym)] = true
		if !kinds[o.Kind] || o.Acronym == "" || o.Name == "" || o.NameEN == "" {
			t.Errorf("orgs.tsv: incomplete row %+v", o)
		}
	}
}
