package store

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sahelim/minutes/normalize"
)

// FollowUpThreshold is the least [normalize.Similarity] for an action to
// repeat an earlier one.
const FollowUpThreshold = 0.6

// followAction is what LinkFollowUps compares of an action.
type followAction struct {
	id     int64
	date   string
	words  []string // normalize.ContentWords of its text
	owners []string // sorted owner keys: acronym, else folded person or text
}

// LinkFollowUps rebuilds action_links and action_repeats, in one
// transaction. An action repeats an action of an earlier meeting date of
// the same cluster (folded) that has the same owner (an owner in common,
// or no owner on either side) and a similar text (normalize.Similarity >=
// FollowUpThreshold). action_links holds, for each repeating action, the
// most recent earlier occurrence; action_repeats how many earlier dates
// had it and the first. Meetings without a date or a cluster are never
// linked. It returns the number of repeating actions. Call it after each
// ingest; v_actions reads repeats and first_seen.
//
// On PostgreSQL, ingesters link one at a time (an advisory lock), and the
// actions are read and linked under a SHARE lock of the actions table, so
// that no document is saved or replaced in between: saves wait for the
// link, a short step at the end of a run, never the other way round.
func (db *DB) LinkFollowUps(ctx context.Context) (int, error) {
	var n int
	err := retry(func() error {
		var err error
		n, err = db.linkFollowUps(ctx)
		return err
	})
	return n, err
}

func (db *DB) linkFollowUps(ctx context.Context) (int, error) {
	tx, err := db.begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("link follow-ups: %w", err)
	}
	defer tx.Rollback()
	if db.d.postgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, int64(lockLinks)); err != nil {
			return 0, fmt.Errorf("link follow-ups: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `LOCK TABLE actions IN SHARE MODE`); err != nil {
			return 0, fmt.Errorf("link follow-ups: %w", err)
		}
	}
	byCluster, err := followActions(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("link follow-ups: %w", err)
	}
	for _, q := range []string{`DELETE FROM action_links`, `DELETE FROM action_repeats`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, fmt.Errorf("link follow-ups: %w", err)
		}
	}
	link, err := tx.PrepareContext(ctx, `INSERT INTO action_links (action_id, earlier_action_id, similarity) VALUES (?, ?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("link follow-ups: %w", err)
	}
	defer link.Close()
	rep, err := tx.PrepareContext(ctx, `INSERT INTO action_repeats (action_id, repeats, first_seen, first_action_id) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return 0, fmt.Errorf("link follow-ups: %w", err)
	}
	defer rep.Close()
	n := 0
	for _, acts := range byCluster {
		for _, f := range followUps(acts) {
			if _, err := link.ExecContext(ctx, f.id, f.previous, f.sim); err != nil {
				return 0, fmt.Errorf("link follow-ups: %w", err)
			}
			if _, err := rep.ExecContext(ctx, f.id, f.repeats, f.firstSeen, f.first); err != nil {
				return 0, fmt.Errorf("link follow-ups: %w", err)
			}
			n++
		}
	}
	return n, tx.Commit()
}

// followUp sums up the earlier occurrences of one action.
type followUp struct {
	id        int64
	previous  int64   // the most recent earlier occurrence
	sim       float64 // similarity to it
	first     int64   // the first occurrence
	firstSeen string  // its date
	repeats   int     // earlier meeting dates with an occurrence
}

// followUps finds, among actions ordered by date, the earlier occurrences
// of each. Comparing every pair would grow with the square of a cluster's
// actions (tens of thousands over years of reports), so candidates come
// from an index of words with prefix filtering: two word sets of Dice >= t
// share at least α = ⌈t|A|/(2−t)⌉ words, so at least one of any |A|−α+1
// words of A, taken rarest first to keep the lists short.
func followUps(acts []followAction) []followUp {
	df := map[string]int{}
	for _, a := range acts {
		for _, w := range a.words {
			df[w]++
		}
	}
	index := map[string][]int{}
	var out []followUp
	seen := map[int]bool{}
	dates := map[string]bool{}
	for i, a := range acts {
		words := rarestFirst(a.words, df)
		t := FollowUpThreshold
		alpha := int(math.Ceil(t*float64(len(words))/(2-t) - 1e-9))
		f := followUp{id: a.id, previous: -1}
		prev := -1 // index of f.previous
		clear(seen)
		clear(dates)
		for _, w := range words[:max(min(len(words)-alpha+1, len(words)), 0)] {
			for _, j := range index[w] {
				if seen[j] {
					continue
				}
				seen[j] = true
				sim, ok := repeats(a, acts[j])
				if !ok {
					continue
				}
				e := acts[j]
				dates[e.date] = true
				if j > prev {
					prev, f.previous, f.sim = j, e.id, sim
				}
				if f.firstSeen == "" || e.date < f.firstSeen || e.date == f.firstSeen && e.id < f.first {
					f.first, f.firstSeen = e.id, e.date
				}
			}
		}
		if f.previous >= 0 {
			f.repeats = len(dates)
			out = append(out, f)
		}
		for _, w := range words {
			index[w] = append(index[w], i)
		}
	}
	return out
}

// rarestFirst returns the words, the rarest (by df) first.
func rarestFirst(ws []string, df map[string]int) []string {
	words := slices.Clone(ws)
	slices.SortFunc(words, func(x, y string) int {
		if df[x] != df[y] {
			return df[x] - df[y]
		}
		return strings.Compare(x, y)
	})
	return words
}

// repeats reports whether a repeats the earlier action e, and how similar
// their texts are.
func repeats(a, e followAction) (float64, bool) {
	if e.date >= a.date || !sameOwner(a.owners, e.owners) {
		return 0, false
	}
	sim := normalize.Dice(a.words, e.words)
	return sim, sim >= FollowUpThreshold
}

func sameOwner(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, o := range a {
		if slices.Contains(b, o) {
			return true
		}
	}
	return false
}

// followActions loads the actions of dated meetings with a cluster, grouped
// by folded cluster and ordered by date.
func followActions(ctx context.Context, tx *txn) (map[string][]followAction, error) {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, m.date, m.cluster, a.text,
		(SELECT group_concat(coalesce(o.acronym, ao.person, ao.raw), '`+"\x1e"+`') FROM action_owners ao
			LEFT JOIN organizations o ON o.id = ao.organization_id WHERE ao.action_id = a.id)
		FROM actions a JOIN meetings m ON m.id = a.meeting_id
		WHERE m.date IS NOT NULL AND m.cluster IS NOT NULL
		ORDER BY m.date, a.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]followAction{}
	for rows.Next() {
		var a followAction
		var cluster, text string
		var owners *string
		if err := rows.Scan(&a.id, &a.date, &cluster, &text, &owners); err != nil {
			return nil, err
		}
		a.words = normalize.ContentWords(text)
		if owners != nil {
			for _, o := range strings.Split(*owners, "\x1e") {
				a.owners = append(a.owners, normalize.Fold(o))
			}
		}
		k := normalize.Fold(cluster)
		out[k] = append(out[k], a)
	}
	return out, rows.Err()
}
