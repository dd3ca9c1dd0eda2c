package normalize

import "testing"

func TestRegion(t *testing.T) {
	tests := []struct {
		in     string
		region string
		ok     bool
	}{
		{"Bamako", "Bamako", true},
		{"UNHCR – Bamako", "Bamako", true},
		{"OMS, Bamako", "Bamako", true},
		{"Ségou", "Ségou", true},
		{"Segou", "Ségou", true},
		{"SEGOU", "Ségou", true},
		{"Ségo", "Ségou", true},
		{"Niono", "Ségou", true},
		{"Macina", "Ségou", true},
		{"San", "Ségou", true},
		{"Tombouctou", "Tombouctou", true},
		{"Timbuktu", "Tombouctou", true},
		{"Diré", "Tombouctou", true},
		{"Goundam", "Tombouctou", true},
		{"Gourma Rharous", "Tombouctou", true},
		{"Ménaka", "Ménaka", true},
		{"Menaka", "Ménaka", true},
		{"Mopti", "Mopti", true},
		{"Bankass", "Mopti", true},
		{"Situation de Bankass Région de Mopti", "Mopti", true},
		{"Bandiagara", "Mopti", true},
		{"Douentza", "Mopti", true},
		{"Tenenkou", "Mopti", true},
		{"Ténenkou", "Mopti", true},
		{"Gao", "Gao", true},
		{"Ansongo", "Gao", true},
		{"Bourem", "Gao", true},
		{"Kidal", "Kidal", true},
		{"Tessalit", "Kidal", true},
		{"Kayes", "Kayes", true},
		{"Koulikoro", "Koulikoro", true},
		{"Sikasso", "Sikasso", true},
		{"Koutiala", "Sikasso", true},
		{"Taoudénit", "Taoudénit", true},
		{"Taoudeni", "Taoudénit", true},
		{"la situation des réfugiés nigériens au Mali/ Ménaka", "Ménaka", true},
		{"Paris", "", false},
		{"Mali", "", false},
		{"Sans date", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		region, ok := Region(tt.in)
		if region != tt.region || ok != tt.ok {
			t.Errorf("Region(%q) = %q, %v, want %q, %v", tt.in, region, ok, tt.region, tt.ok)
		}
	}
}

func TestRegionPcode(t *testing.T) {
	for region := range places {
		if RegionPcode(region) == "" {
			t.Errorf("RegionPcode(%q) = \"\", want its COD-AB P-code", region)
		}
	}
	for _, tt := range []struct{ region, want string }{
		{"Kayes", "ML01"}, {"Mopti", "ML05"}, {"Bamako", "ML09"}, {"Ménaka", "ML10"}, {"Taoudénit", "ML06"}, {"Paris", ""}, {"", ""},
	} {
		if got := RegionPcode(tt.region); got != tt.want {
			t.Errorf("RegionPcode(%q) = %q, want %q", tt.region, got, tt.want)
		}
	}
}
