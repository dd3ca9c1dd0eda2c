package extract

import (
	"strings"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// ownerLineRe matches an owner line under an action: "Responsable : CCP",
// "Responsables/ OCHA-CCP", "Responsables ;CCP", "Point focal : OMS",
// "Qui : ...".
var ownerLineRe = normalize.MustExpr(`(?i)^\s*(responsables?|resp\.|point focal|points focaux|qui|porteurs?|pilotes?|en charge)\s*[:;/–-]\s*(.+)$`)

// ownerLine reports whether s is an owner line and returns the owners as
// written.
func ownerLine(s string) (string, bool) {
	m := ownerLineRe.FindStringSubmatch(normalize.Fold(s))
	if m == nil {
		return "", false
	}
	// Take the owners from the original text, not the folded one.
	i := strings.IndexAny(s, ":;/–-")
	return strings.TrimSpace(strings.TrimRight(s[i+1:], " .")), true
}

// trailingOwnerRe matches owners written after a slash at the end of an
// action: "... au Mali/ Ménaka/ CCP", "... humanitaire/CCP-OCHA".
var trailingOwnerRe = normalize.MustExpr(`\s*/\s*([A-Z][A-Za-z]{1,9}(?:\s*[-,/]\s*[A-Z][A-Za-z]{1,9})*)\s*\.?$`)

// trailingOwner splits "text/ OWNER" when OWNER is made of acronyms or
// known organizations; otherwise it returns text unchanged and "".
func trailingOwner(text string) (string, string) {
	m := trailingOwnerRe.FindStringSubmatchIndex(text)
	if m == nil {
		return strings.TrimSpace(strings.TrimRight(text, " /")), ""
	}
	owner := text[m[2]:m[3]]
	for _, part := range splitOwnerText(owner) {
		if !isAcronym(part) {
			if _, known := normalize.Organization(part); !known {
				return strings.TrimSpace(strings.TrimRight(text, " /")), ""
			}
		}
	}
	return strings.TrimSpace(text[:m[0]]), owner
}

// isAcronym reports whether s is written like an acronym: "CCP", "OCHA",
// "UNHCR", "D-HC".
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-' || r == '.' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 10
}

// ownersFromCell reads an owner cell: each of its lines, split further on
// the usual separators.
func ownersFromCell(t *doc.Table, row, col int) []minutes.Owner {
	var out []minutes.Owner
	for _, b := range t.Rows[row].Cells[col].Blocks {
		out = append(out, splitOwners(doc.BlockText(b))...)
	}
	return out
}

// splitOwners splits owners as written ("OCHA-CCP", "Coordination et
// acteurs", "Equipe projet BdT Cerema / BearingPoint") into owners,
// never inside parentheses.
func splitOwners(raw string) []minutes.Owner {
	var out []minutes.Owner
	for _, part := range splitOwnerText(raw) {
		out = append(out, owner(part))
	}
	return out
}

// splitOwnerText splits on "/", ",", ";", " et ", " & " and line breaks
// outside parentheses, and on "-" between acronyms or known organizations.
func splitOwnerText(raw string) []string {
	var parts []string
	depth, start := 0, 0
	runes := []rune(raw)
	flush := func(end int) {
		if p := cleanOwner(string(runes[start:end])); p != "" {
			parts = append(parts, splitHyphen(p)...)
		}
	}
	for i := 0; i < len(runes); i++ {
		switch r := runes[i]; {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth = max(depth-1, 0)
		case depth > 0:
		case r == '/' || r == ',' || r == ';' || r == '\n' || r == '&' || r == '+':
			flush(i)
			start = i + 1
		case (r == 'e' || r == 'E') && i > 0 && runes[i-1] == ' ' && i+2 < len(runes) && (runes[i+1] == 't' || runes[i+1] == 'T') && runes[i+2] == ' ':
			flush(i)
			start = i + 2
		}
	}
	flush(len(runes))
	return parts
}

// splitHyphen splits "OCHA-CCP" or "OCHA- CCP", but not "Croix-Rouge" or
// "ABA-ROLI": a hyphen splits when a side is a known organization.
func splitHyphen(s string) []string {
	i := strings.IndexAny(s, "-–")
	if i <= 0 {
		return []string{s}
	}
	w := 1
	if s[i] != '-' {
		w = len("–")
	}
	left, right := cleanOwner(s[:i]), cleanOwner(s[i+w:])
	if left == "" || right == "" {
		return []string{s}
	}
	spaced := strings.HasSuffix(s[:i], " ") || strings.HasPrefix(s[i+w:], " ")
	_, lk := normalize.Organization(left)
	_, rk := normalize.Organization(right)
	if spaced || lk && rk || lk && isAcronym(right) || rk && isAcronym(left) {
		return append([]string{left}, splitHyphen(right)...)
	}
	return []string{s}
}

func cleanOwner(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, " .:;-–")
	// "… et au Cerema": the preposition is not the owner's.
	s = leadingTo.ReplaceAllString(s, "")
	// "les partenaires MSF CH": the group's noun before the named
	// organization is not an owner of its own.
	if m := groupHead.FindStringIndex(s); m != nil && m[1] < len(s) && namedOrg(s[m[1]:]) {
		s = s[m[1]:]
	}
	return strings.TrimSpace(s)
}

var groupHead = normalize.MustExpr(`^(?i)(?:les |des |nos |leurs )?(?:partenaires?|organisations?|ong|agences?|acteurs?|structures?)\s+`)

var leadingTo = normalize.MustExpr(`^(?i)(au|aux|à la|à l'|à l’|a la)\s+|^(?i)(à l'|à l’)`)

// owner canonicalises one owner: a known organization (OMS → WHO), a role
// ("CCP", "Coordination"), or a person; Raw keeps it as written.
func owner(raw string) minutes.Owner {
	o := minutes.Owner{Raw: raw}
	bare := strings.TrimSpace(strings.TrimPrefix(raw, "@"))
	if org, ok := normalize.Organization(bare); ok && (participating(org.Kind) || normalize.Fold(bare) == normalize.Fold(org.Acronym)) {
		// A role or group is canonicalised only when written as such:
		// "Coordination du cluster santé" stays as written.
		o.Organization = minutes.Organization{Acronym: org.Acronym, Name: org.Name, Kind: org.Kind, Raw: raw}
		return o
	}
	if strings.HasPrefix(raw, "@") {
		o.Person = bare
		return o
	}
	p := normalize.PersonName(raw)
	name, _ := splitPersonOrg(p.Name)
	if p.Title != "" || normalize.LooksLikePersonName(name) {
		// The person as written, without title, keeps what the owner
		// cell adds: "AG Zakaria (Coordo. WHE OMS)".
		o.Person = strings.TrimSpace(strings.TrimPrefix(raw, p.Title))
	}
	return o
}

// namedOrg reports whether s opens with a named organization: a known one
// or an acronym ("MSF CH", "Islamic Relief"), not a group ("Coordination").
func namedOrg(s string) bool {
	if org, ok := normalize.Organization(s); ok {
		return participating(org.Kind)
	}
	return opensWithAcronym(s)
}

// opensWithAcronym reports whether s opens with an acronym: "MSF CH",
// "CADEV-Niger".
func opensWithAcronym(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && isAcronym(f[0])
}
