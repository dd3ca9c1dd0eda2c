package store_test

import (
	"context"
	"testing"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/store"
)

// act is an action owned by the organizations given by acronym.
func act(text, due string, owners ...string) minutes.Action {
	a := minutes.Action{Agenda: -1, Text: text, Due: due, DueRaw: due}
	for _, o := range owners {
		a.Owners = append(a.Owners, minutes.Owner{Raw: o, Organization: minutes.Organization{Acronym: o, Kind: "un"}})
		a.OwnerRaw = o
	}
	return a
}

// saveMeeting stores a one-paragraph document holding a meeting of cluster
// on date with the actions.
func saveMeeting(t *testing.T, db *store.DB, name, date, cluster string, actions ...minutes.Action) {
	t.Helper()
	d := &doc.Document{Format: doc.DOCX, Blocks: []doc.Block{&doc.Paragraph{Text: "Réunion du " + cluster + " : échéance"}}}
	m := &minutes.Meeting{Kind: minutes.KindMinutes, Title: "Réunion", Date: date, Cluster: cluster, Region: "Mopti", Actions: actions}
	if _, err := db.Save(context.Background(), store.File{Path: "/drive/" + name, SHA256: name}, store.Extraction{Doc: d, Meeting: m, Version: "test"}); err != nil {
		t.Fatal(err)
	}
}

func TestLinkFollowUps(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	saveMeeting(t, db, "jan.docx", "2024-01-10", "Cluster Santé",
		act("Partager la note de plaidoyer sur Bankass", "", "OCHA"),
		act("Désigner un point focal redevabilité", "", "WHO"))
	saveMeeting(t, db, "jan-copy.pdf", "2024-01-10", "Cluster Santé", // the same meeting in another format: one meeting, counted once
		act("Partager la note de plaidoyer sur Bankass", "", "OCHA"))
	saveMeeting(t, db, "feb.docx", "2024-02-14", "cluster sante",
		act("Partager la note de plaidoyer sur Bankass et Bandiagara", "", "OCHA"), // repeats jan and its copy
		act("Désigner un point focal redevabilité", "", "UNICEF"))                  // another owner
	saveMeeting(t, db, "mar.docx", "2024-03-20", "Cluster Santé",
		act("Partager la note de plaidoyer sur Bankass", "", "OCHA")) // repeats jan, its copy and feb
	saveMeeting(t, db, "mar-protection.docx", "2024-03-20", "Cluster Protection",
		act("Partager la note de plaidoyer sur Bankass", "", "OCHA")) // another cluster

	for range 2 { // rebuilding gives the same result
		n, err := db.LinkFollowUps(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n != 2 { // feb and mar repeat earlier actions
			t.Errorf("LinkFollowUps = %d repeating actions, want 2", n)
		}
	}
	rows, err := db.SQL().QueryContext(ctx, `SELECT meeting_date, cluster, repeats, first_seen FROM v_actions
		WHERE action LIKE 'Partager%' ORDER BY meeting_date, cluster, id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var date, cluster, first string
		var repeats int
		if err := rows.Scan(&date, &cluster, &repeats, &first); err != nil {
			t.Fatal(err)
		}
		got = append(got, date+" "+cluster+" repeats="+string(rune('0'+repeats))+" first="+first)
	}
	want := []string{
		"2024-01-10 Cluster Santé repeats=0 first=2024-01-10",
		"2024-02-14 cluster sante repeats=1 first=2024-01-10",
		"2024-03-20 Cluster Protection repeats=0 first=2024-03-20",
		"2024-03-20 Cluster Santé repeats=2 first=2024-01-10",
	}
	if len(got) != len(want) {
		t.Fatalf("v_actions rows:\n%q\nwant\n%q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("v_actions row %d = %q, want %q", i, got[i], want[i])
		}
	}
}
