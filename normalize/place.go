package normalize

import (
	"strings"
	"sync"
)

// places maps each Malian region to its own name and the cercles and
// towns that belong to it, in accepted spellings (the folded form of each
// is looked up). Regions are the ten of the humanitarian response plans
// (Kayes, Koulikoro, Sikasso, Ségou, Mopti, Tombouctou, Gao, Kidal,
// Taoudénit, Ménaka) and the District of Bamako. The regions created on
// paper in 2012 and put in place from 2023 (Bandiagara, Douentza, San,
// Kita, Nioro ...) are read as the cercles of their former region, as the
// reports of this corpus do.
var places = map[string][]string{
	"Bamako":     {"Bamako", "District de Bamako", "Commune I", "Commune II", "Commune III", "Commune IV", "Commune V", "Commune VI"},
	"Kayes":      {"Kayes", "Bafoulabé", "Diéma", "Kéniéba", "Kita", "Nioro", "Nioro du Sahel", "Yélimané"},
	"Koulikoro":  {"Koulikoro", "Banamba", "Dioïla", "Kangaba", "Kati", "Kolokani", "Nara"},
	"Sikasso":    {"Sikasso", "Bougouni", "Kadiolo", "Kolondiéba", "Koutiala", "Yanfolila", "Yorosso"},
	"Ségou":      {"Ségou", "Ségo", "Barouéli", "Bla", "Macina", "Ké-Macina", "Niono", "San", "Tominian", "Markala"},
	"Mopti":      {"Mopti", "Sévaré", "Bandiagara", "Bankass", "Djenné", "Douentza", "Koro", "Ténenkou", "Tenenkoun", "Youwarou", "Ogossagou", "Hombori", "Boni"},
	"Tombouctou": {"Tombouctou", "Timbuktu", "Diré", "Goundam", "Gourma-Rharous", "Rharous", "Niafunké", "Léré"},
	"Gao":        {"Gao", "Ansongo", "Bourem"},
	"Kidal":      {"Kidal", "Abeïbara", "Tessalit", "Tin-Essako", "Aguelhok", "Anéfis"},
	"Taoudénit":  {"Taoudénit", "Taoudéni", "Taoudenni", "Achouratt", "Al-Ourche", "Araouane", "Boujbeha", "Foum-Alba"},
	"Ménaka":     {"Ménaka", "Andéramboukane", "Inékar", "Tidermène"},
}

// regionPcodes are the P-codes of the regions (admin level 1) in OCHA's
// Common Operational Dataset of administrative boundaries for Mali
// (COD-AB, published on HDX as "Mali - Subnational Administrative
// Boundaries", column ADM1_PCODE), the codes HDX datasets are joined on
// (#adm1+code): ML01 Kayes to ML08 Kidal in the order of the regions'
// numbers, ML09 the District of Bamako, ML10 Ménaka. The same codes are
// used by the humanitarian assessments of Mali (REACH's MSNA data). The
// COD-AB has no unit of its own for Taoudénit, which it holds within
// Tombouctou: Taoudénit is coded ML06, the unit a join finds it in.
// ISO 3166-2 numbers the regions differently (ML-9 Ménaka, ML-10
// Taoudénit, ML-BKO Bamako), and so does the 2023 administrative
// reorganisation (ML09 Taoudénit): neither is what HDX joins on.
var regionPcodes = map[string]string{
	"Kayes": "ML01", "Koulikoro": "ML02", "Sikasso": "ML03", "Ségou": "ML04", "Mopti": "ML05",
	"Tombouctou": "ML06", "Gao": "ML07", "Kidal": "ML08", "Bamako": "ML09", "Ménaka": "ML10",
	"Taoudénit": "ML06",
}

// RegionPcode returns the COD-AB P-code of a region as [Region] names it
// ("Mopti" is ML05), or "" for a name that is not one of them.
func RegionPcode(region string) string { return regionPcodes[region] }

// placeTable maps folded place names to their region.
type placeTable struct {
	region    map[string]string
	maxTokens int
}

var placeIndex = sync.OnceValue(func() *placeTable {
	t := &placeTable{region: map[string]string{}}
	for r, names := range places {
		for _, n := range names {
			k := orgKey(n)
			t.region[k] = r
			t.maxTokens = max(t.maxTokens, strings.Count(k, " ")+1)
		}
	}
	return t
})

// Region returns the Malian region of the first place named in s, with
// its accents ("Ségou" for "Segou", "Ségo" or "Niono"; "Mopti" for
// "Bankass"). ok=false when s names no known place.
func Region(s string) (region string, ok bool) {
	t := placeIndex()
	words := tokens(Fold(s))
	for i := range words {
		for n := min(t.maxTokens, len(words)-i); n > 0; n-- {
			if r, ok := t.region[strings.Join(words[i:i+n], " ")]; ok {
				return r, true
			}
		}
	}
	return "", false
}
