package store

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/sahelim/minutes/normalize"
)

// actionOwner is one owner of an action (a row of action_owners): the
// canonical acronym of its organization, the person, the owner as written,
// and their folded words.
type actionOwner struct {
	acronym, person, raw string
	words                [][]string // folded words of acronym, person and raw
}

// name is how an owner is shown: the organization's acronym, else the
// person, else the owner as written (as in v_actions.owners).
func (o actionOwner) name() string { return cmp.Or(o.acronym, o.person, o.raw) }

// parseOwners reads the owners that the Actions query joins with char(30)
// between owners and char(31) between an owner's acronym, person and raw.
func parseOwners(s string) []actionOwner {
	if s == "" {
		return nil
	}
	var out []actionOwner
	for _, o := range strings.Split(s, "\x1e") {
		f := append(strings.Split(o, "\x1f"), "", "")
		ao := actionOwner{acronym: f[0], person: f[1], raw: f[2]}
		for _, n := range f[:3] {
			if n != "" {
				ao.words = append(ao.words, words(n))
			}
		}
		out = append(out, ao)
	}
	return out
}

// words splits s, folded, into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(normalize.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// ownerQuery is who an analyst asks for: the words typed, and the
// canonical acronym when they name a known organization.
type ownerQuery struct {
	words []string
	org   string
}

// newOwnerQuery reads who is asked for. A role or a group ("Coordination
// du cluster santé" is read as the role Coordination) is not taken for an
// organization: its words are specific enough, and its link on the
// overview must not open every action of the role.
func newOwnerQuery(text string) ownerQuery {
	q := ownerQuery{words: words(text)}
	if o, ok := normalize.Organization(text); ok && o.Kind != "role" && o.Kind != "group" {
		q.org = o.Acronym
	}
	return q
}

// owns is the one definition of "the actions owned by X" that `minutes
// actions --owner`, the web tracker's owner filter and the overview's
// counts share: an action is X's when one of its owners is the
// organization X names (by any of its names: OMS is WHO), when its owner
// as written names that organization ("Dr AG Zakaria (Coordo. WHE OMS)"
// is WHO's), or when X's words are words, in order, of one owner's
// acronym, person or owner as written, the last one possibly cut short
// ("zakaria", "zak"; "coordination" is also "Coordination du cluster
// santé", but "CCP" is not "ICCP"). mentions are the acronyms of the
// organizations named in the action's owner as written.
func (q ownerQuery) owns(r *ActionRow, mentions []string) bool {
	if len(q.words) == 0 && q.org == "" {
		return true
	}
	for _, o := range r.owners {
		if q.org != "" && o.acronym == q.org {
			return true
		}
		for _, w := range o.words {
			if len(q.words) > 0 && hasRun(w, q.words) {
				return true
			}
		}
	}
	if len(q.words) > 0 && hasRun(words(r.OwnerRaw), q.words) {
		return true
	}
	return q.org != "" && slices.Contains(mentions, q.org)
}

// hasRun reports whether run appears in s as consecutive words, its last
// word possibly the start of a word ("och" finds OCHA, as a filter typed
// in a box would).
func hasRun(s, run []string) bool {
	n := len(run) - 1
	for i := 0; i+n < len(s); i++ {
		if slices.Equal(s[i:i+n], run[:n]) && strings.HasPrefix(s[i+n], run[n]) {
			return true
		}
	}
	return false
}

// mentioned returns the acronyms of the organizations named in an owner
// as written.
func mentioned(raw string) []string {
	var out []string
	for _, m := range normalize.Mentions(raw) {
		out = append(out, m.Org.Acronym)
	}
	return out
}

// Owned counts the actions of a list by owner, as [ActionFilter].Owner
// selects them.
type Owned struct {
	rows     []ActionRow
	mentions [][]string
}

// NewOwned prepares the counts of rows' actions by owner.
func NewOwned(rows []ActionRow) *Owned {
	o := &Owned{rows: rows, mentions: make([][]string, len(rows))}
	for i := range rows {
		o.mentions[i] = mentioned(rows[i].OwnerRaw)
	}
	return o
}

// Count returns the number of actions that ActionFilter{Owner: owner}
// selects among the rows.
func (o *Owned) Count(owner string) int {
	q, n := newOwnerQuery(owner), 0
	for i := range o.rows {
		if q.owns(&o.rows[i], o.mentions[i]) {
			n++
		}
	}
	return n
}

// OwnerCounts counts, for each owner of the given actions (its name as
// [ActionRow.OwnerNames] gives it), the actions of rows that
// ActionFilter{Owner: name} selects, so that a count beside an owner is
// the number of actions its link shows. Most actions first, then by name.
func OwnerCounts(rows []ActionRow) []Named {
	owned := NewOwned(rows)
	seen := map[string]bool{}
	var out []Named
	for _, r := range rows {
		for _, name := range r.OwnerNames() {
			if key := strings.Join(words(name), " "); !seen[key] { // "Cluster" and "cluster" are one owner
				seen[key] = true
				out = append(out, Named{Name: name, Count: owned.Count(name)})
			}
		}
	}
	slices.SortFunc(out, func(a, b Named) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name)) })
	return out
}

// OwnerNames returns the names of the action's owners, as
// [ActionRow.Owners] joins them; nil when it has none.
func (r *ActionRow) OwnerNames() []string {
	var out []string
	for _, o := range r.owners {
		out = append(out, o.name())
	}
	return out
}
