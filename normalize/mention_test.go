package normalize

import (
	"strings"
	"testing"
)

func TestMentionsTitleCasedAcronyms(t *testing.T) {
	var got []string
	for _, m := range Mentions("les représentants des autres clusters et de Ocha ; Unicef était là, Pam aussi") {
		got = append(got, m.Org.Acronym)
	}
	if strings.Join(got, ",") != "OCHA,UNICEF" {
		t.Errorf("Mentions = %v, want OCHA and UNICEF (not Pam, a first name)", got)
	}
}
