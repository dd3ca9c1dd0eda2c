package extract

import (
	"strings"
	"testing"
)

// Real sentences from the fixtures and from other minutes: whether each
// is a commitment, and who owns it.
func TestNarrative(t *testing.T) {
	tests := []struct {
		in     string
		action bool
		owners string // owners joined with "; ", as written
	}{
		{"OCHA va renforcer le comité veille de Segou avec une participation au moins une fois par mois dans les réunions", true, "OCHA"},
		{"Les acteurs du RRM vont voir comment intégrer les autres cercles de Segou dans leur planning", true, "acteurs du RRM"},
		{"Il n’y a pas d’acteurs du cluster protection dans la région de Segou, le cluster va voir la possibilité d’analyser les besoins", true, "cluster"},
		{"Il a été recommandé de mieux trianguler les informations avec tous les partenaires avant de publier les chiffres officiels dans le rapport CMP.", true, ""},
		{"Il a été recommandé aux partenaires de renforcer le dépistage actif.", true, "partenaires"},
		{"L’ICC recommande que les interventions soient basées sur la vulnérabilité et non sur le statut", true, ""},
		{"Le D-HC recommande à l’ICC d’apporter une réponse multisectorielles urgente", true, "ICC"},
		{"COOPI prévoit le recrutement d'assistant social pour améliorer le suivi psychosocial des enfants.", true, "COOPI"},
		{"Le HCC à souhaiter que le Cluster puisse apporter son appui à cette évaluation.", true, "Cluster"},
		{"Le HCC à laisser entendre que le Cluster déciderait de la conduite à tenir face à ces réserves.", true, "Cluster"},
		{"François va donc contacter le président de Amap en BIOce pour trouver une solution", true, "François"},
		{"Valentin et Rafa s'occupent du rapport moral (passé et futur)", true, "Valentin; Rafa"},
		{"Il est donc important de ne pas traîner de notre côté (ie: avant lundi prochain)", true, ""},
		{"Rapport d'activité à préparer", true, ""},
		{"Le rendu final à la DGALN est prévu fin janvier 2024", true, ""},
		{"Une amélioration de l'annexe informative de NeTEx est prévue.", false, ""},
		{"Une première version sera soumise à l'approbation des membres du CA.", true, ""},
		{"Il est prévu de créer de nouvelles lignes de covoiturage.", true, ""},
		{"Les représentants des conseils citoyens présents informent qu’ils relaieront les informations présentées en séance.", true, "représentants des conseils citoyens présents"},
		{"Faut-il qu'on va pouvoir cultiver à +2,5° ?", false, ""},
		{"La région a demandé à la Banque des Territoires et au Cerema de réaliser un nouvel atelier de travail avec la région.", true, "Banque des Territoires; Cerema"},
		{"@yann contacte Brest et @david.blaisonneau Rennes.", true, "@yann; @david.blaisonneau"},
		{"Recontacter le CCSTI : @yann", true, "@yann"},
		{"Convocation à envoyer (15 jours avant mini) → @Situphen", true, "@Situphen"},
		{"L'OMS appuiera la DRS pour la campagne de riposte vaccinale prévue du 15 au 20 mai 2023.", true, "OMS"},
		// passives and obligations (Nouakchott, Abala, Muhuta, Haïti groupe
		// santé) and what only describes or forecasts
		{"Le prochain communiqué sera publié dans la journée.", true, ""},
		{"Les frais d’enterrement seront supportés par le Gouvernement du Burundi.", true, "Gouvernement du Burundi"},
		{"Dans le Sud, les EMIRA vont être relevés par les EMIRAs du Nord.", true, "EMIRAs du Nord"},
		{"Ce rapport doit être transmis au Camp Manager pour consolidation.", true, ""},
		{"En cas d’incident sur le camp, les partenaires sont tenus d’informer le poste de permanence du Camp.", true, "partenaires"},
		{"Il est collectivement arrêté que chaque partenaire fournisse un rapport de ses activités.", true, "chaque partenaire"},
		{"Il a été convenu que les partenaires transmettent leurs données avant vendredi.", true, "partenaires"},
		{"Il y aura un renforcement des capacités de gestion des départements les plus touchés.", true, ""},
		{"Demande aux partenaires de faire la coordination avec l’état.", true, "partenaires"},
		{"La capacité d’accueil sera dépassée la semaine prochaine.", false, ""},
		{"Un point focal sera désigné par chaque organisation.", true, "chaque organisation"},
		{"Les données seront partagées avec le cluster.", true, ""},
		{"J’ai prévu une réunion avec les chefs et secrétaires de village ce 30 avril.", true, ""},
		{"Nous avons prévu de la visiter un jour.", false, ""},
		{"Dès que la population réfugiés se stabilisera le HCR, qui jusqu’à maintenant a procédé à un enregistrement de niveau 1, lancera l’enregistrement de niveau 2.", true, "HCR"},
		{"Notons que dès que la population se stabilisera le HCR lancera l’enregistrement de niveau 2.", true, "HCR"},
		{"Save the Children se chargera de la mise à jour de la cartographie.", true, "Save the Children"},
		{"Un appel a été lancé aux partenaires pour combler les gaps en kits NFI.", true, "partenaires"},
		{"Un nouveau délai a été accordé jusqu’au 31 août aux partenaires pour soumettre leurs rapports.", true, "partenaires"},
		{"Le HCC a souhaité la production d’une note de plaidoyer au plus tard fin juin.", true, ""},
		{"Les tentes ont été reçues hier.", false, ""},
		{"Désormais les réunions de coordination se tiendront au Ministère.", false, ""},
		{"L’enterrement est prévu pour ce Vendredi, 3 Avril 2015, sous la supervision de l’Administration communale.", true, "Administration communale"},
		{"Il est question de faire maintenant le suivi auprès du Ministre.", true, ""},
		{"Le district sanitaire de Djenné est chargé de la micro-planification avant le 10 mai.", true, "district sanitaire de Djenné"},
		{"MSF fournira des kits de prise en charge aux CSCom de Djenné.", true, "MSF"},
		{"La prochaine réunion se tiendra le 2 juin à la DRS.", false, ""},
		{"Le choléra a touché trois villages.", false, ""},
		{"La prochaine réunion est prévue le 8 mai 2025.", false, ""},
		// Offers, wishes, reports, quotes and statements are not actions.
		{"Elle pourrait apporter son assistance à la prise en charge psychosocial des personnes affectés de Bankass.", false, ""},
		{"ECHO : ECHO a souhaité le centre d'intervention puisse être élargi à toute la région de Mopti.", false, ""},
		{"L'assistante en gestion de l'information d'OCHA a fait une présentation sur l'outil ORS.", false, ""},
		{"Cette retraite va mettre ensemble les acteurs dans le domaine de la santé », a ajouté Dr Patrick Kaboré.", false, ""},
		{"Selon Cédric, personne ne va probablement changer la grille des tarifs", false, ""},
		{"les métadonnées Inspire doivent accompagner un lot de données CNIG Accessibilité", false, ""},
		{"L'association va bientôt être créée", false, ""},
		{"@yann à rencontré l'ADESS pour se faire connaître", false, ""},
		{"Gallais demande si la modélisation doit devenir globale", false, ""},
		{"A confirmer :", false, ""},
	}
	for _, tt := range tests {
		a, ok := narrative(tt.in)
		if ok != tt.action {
			t.Errorf("narrative(%q) action = %v, want %v", tt.in, ok, tt.action)
			continue
		}
		if !ok {
			continue
		}
		var owners []string
		for _, o := range a.Owners {
			owners = append(owners, o.Raw)
		}
		if got := strings.Join(owners, "; "); got != tt.owners {
			t.Errorf("narrative(%q) owners = %q, want %q", tt.in, got, tt.owners)
		}
	}
}

func TestSentencesAfterPercent(t *testing.T) {
	got := sentences("Les admissions ont augmenté de 20 %. Le PAM va étendre la distribution.")
	if len(got) != 2 {
		t.Errorf("sentences = %q, want two", got)
	}
}

func TestSentences(t *testing.T) {
	in := "Le PAN a arrêté la conversion le 1er juin 2025. - M. Larrouy prévoit d’adresser des éléments. Dr Coulibaly suit."
	got := sentences(in)
	want := []string{"Le PAN a arrêté la conversion le 1er juin 2025.", "- M. Larrouy prévoit d’adresser des éléments.", "Dr Coulibaly suit."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences(%q) = %q, want %q", in, got, want)
	}
}

func TestStartsWithInfinitive(t *testing.T) {
	for in, want := range map[string]bool{
		"Renforcer la coordination des interventions d'urgence humanitaire à Bankass": true,
		"Prévoir une nouvelle réunion avec eux pour présenter l'avancement.":          true,
		"Réfléchir à un cadeau de départ":                                             true,
		"Nombre de participants : 18":                                                 false,
		"Voir le tableau ci-après":                                                    false,
		"Rédaction d'une note sur la situation de protection":                         false,
		"Heure de fin : 11h40":                                                        false,
		"Lecture du procès-verbal de la réunion précédente":                           false,
		"Mesurer le périmètre brachial des enfants":                                   true,
	} {
		if got := startsWithInfinitive(in); got != want {
			t.Errorf("startsWithInfinitive(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestPromised(t *testing.T) {
	a, ok := promised("« Les écoles sont encore fermées », a-t-il dit, promettant de transmettre le rapport sur la situation humanitaire aux autorités après cette rencontre.")
	if !ok || a.Text != "promettant de transmettre le rapport sur la situation humanitaire aux autorités après cette rencontre" {
		t.Errorf("promised = %q, %v", a.Text, ok)
	}
	if _, ok := promised("Le HCR a présenté la situation des camps."); ok {
		t.Error("a report is no promise")
	}
}

// Plans announced in a quotation (a Guinée crisis meeting, a Goma
// meeting) and quotations that are no plans.
func TestQuotedPlans(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"“On va tirer les leçons pour savoir ce qui s’est passé, prendre immédiatement les dispositions pour le village de Koropara, mener les investigations, recenser tous les contacts”, a annoncé le chargé de communication.",
			[]string{"tirer les leçons pour savoir ce qui s’est passé", "prendre immédiatement les dispositions pour le village de Koropara", "mener les investigations", "recenser tous les contacts"}},
		{"« Nous allons renforcer la surveillance aux frontières », a déclaré le ministre.", []string{"renforcer la surveillance aux frontières"}},
		{"« Nous sommes satisfaits de ce que le Cluster a fait », a-t-il déclaré.", nil},
		{"Le directeur a rappelé que « la situation reste préoccupante dans la région ».", nil},
	} {
		var got []string
		for _, a := range quotedPlans(tc.in) {
			got = append(got, a.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("quotedPlans(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSpeakerOwns(t *testing.T) {
	u := unit{Kind: "paragraph", Text: "Seule autorité du Pool à participer, le sous-préfet de Goma-Tsé-Tsé, Prosper Diatoulou, a indiqué que les besoins sont grands. « Je ne peux pas évaluer le nombre des déplacés. J’ai prévu une réunion avec les chefs de village ce 30 avril. Les écoles sont fermées », a-t-il dit."}
	as := unitActions(u, "", "", false, false, false)
	if len(as) != 1 || as[0].OwnerRaw != "Prosper Diatoulou" {
		t.Errorf("unitActions = %+v, want one action owned by Prosper Diatoulou", as)
	}
}
