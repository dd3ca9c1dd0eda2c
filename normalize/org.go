package normalize

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

// Org is an organization as canonicalised from orgs.tsv.
type Org struct {
	Acronym string // canonical acronym, e.g. "WHO" for "OMS"
	Name    string // French name
	NameEN  string
	Kind    string // "un", "ingo", "ngo", "red_cross", "government", "donor", "coordination", "role", "group", "unknown"
}

// orgsTSV lists the organizations of humanitarian coordination in Mali and
// the Sahel, one a line: acronym, kind, French name, English name, aliases
// separated by "|". Lines starting with "#" are comments. Canonical
// acronyms follow the UN's English forms for UN agencies (WHO for OMS,
// UNHCR for HCR) and French minutes' forms for other bodies (FICR, UE). "DRC" is the Danish Refugee Council: in
// these reports the Democratic Republic of the Congo is written "RDC".
//
//go:embed orgs.tsv
var orgsTSV string

// orgTable is orgs.tsv parsed: the organizations, every name of each
// folded to a key, and the keys claimed by two organizations (a defect
// that TestOrgTable reports; the first organization keeps the key).
type orgTable struct {
	orgs      []Org
	byKey     map[string]int
	names     map[string][]orgName // folded key → names that fold to it
	maxTokens int
	conflicts []string
}

// orgName is one name of an organization. exact is set for names matched
// case-sensitively in running text: acronyms ("OMS", "DG ECHO") and short
// single words ("Sida", "Gavi"), so that "sida" the disease is not the
// Swedish agency.
type orgName struct {
	org   int
	exact string // caseKey of the name, "" when folded matching is safe
}

var orgs = sync.OnceValue(func() *orgTable { return parseOrgs(orgsTSV) })

// parseOrgs reads the TSV of orgsTSV.
func parseOrgs(tsv string) *orgTable {
	t := &orgTable{byKey: map[string]int{}, names: map[string][]orgName{}}
	for _, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		o := Org{Acronym: f[0], Kind: f[1], Name: f[2], NameEN: f[3]}
		t.orgs = append(t.orgs, o)
		for _, n := range append([]string{f[0], f[2], f[3]}, strings.Split(f[4], "|")...) {
			t.add(len(t.orgs)-1, n)
		}
	}
	return t
}

// add records name n of organization i.
func (t *orgTable) add(i int, n string) {
	k := orgKey(n)
	if k == "" {
		return
	}
	if j, ok := t.byKey[k]; ok && j != i {
		t.conflicts = append(t.conflicts, n+": "+t.orgs[j].Acronym+", "+t.orgs[i].Acronym)
		return
	}
	t.byKey[k] = i
	on := orgName{org: i}
	if exactName(n) {
		on.exact = caseKey(n)
	}
	for _, o := range t.names[k] {
		if o == on {
			return
		}
	}
	t.names[k] = append(t.names[k], on)
	t.maxTokens = max(t.maxTokens, strings.Count(k, " ")+1)
}

// exactName reports whether n must match case-sensitively in text: it has
// no lowercase letter, or it is one word of at most five letters.
func exactName(n string) bool {
	if !strings.ContainsFunc(n, unicode.IsLower) {
		return true
	}
	words := tokens(n)
	return len(words) == 1 && len([]rune(words[0])) <= 5
}

// tokens splits s into runs of letters and digits.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// orgKey folds a name to the key it is looked up by: folded, punctuation
// made space, so "Croix-Rouge malienne" and "croix rouge malienne" meet.
func orgKey(s string) string { return strings.Join(tokens(Fold(s)), " ") }

// caseKey is s's words with case and accents kept.
func caseKey(s string) string { return strings.Join(tokens(s), " ") }

// articles may come before an organization's name: "l'OMS", "la MINUSMA",
// "d'OCHA", "ONG Stop Sahel".
var articles = map[string]bool{"l": true, "la": true, "le": true, "les": true, "d": true, "de": true, "du": true, "des": true, "ong": true}

// Organization looks up an organization as written: an acronym, alias,
// French or English name, with case, accents and punctuation folded. It
// drops a leading article ("l'OMS"), then a parenthesised remark
// ("MINUSMA (CAD, POC)" is MINUSMA), and last tries what the parentheses
// hold ("Coordo WHE (OMS)"). ok=false when the organization is unknown.
func Organization(raw string) (Org, bool) {
	t := orgs()
	before, inside, _ := strings.Cut(raw, "(")
	inside, _, _ = strings.Cut(inside, ")")
	for _, s := range []string{raw, before, inside} {
		words := tokens(Fold(s))
		for len(words) > 0 {
			if i, ok := t.byKey[strings.Join(words, " ")]; ok {
				return t.orgs[i], true
			}
			if !articles[words[0]] {
				break
			}
			words = words[1:]
		}
	}
	return Org{}, false
}
