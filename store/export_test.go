package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sahelim/minutes/store"
)

func TestExport(t *testing.T) {
	db, _ := readOnlyCopy(t)
	ctx := context.Background()
	if got, want := store.ExportTables(), []string{"actions", "meetings", "participants", "agenda"}; !slices.Equal(got, want) {
		t.Errorf("ExportTables() = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		table string
		rows  int
		first string // first columns, joined with ","
		tags  string // their hashtags
	}{
		{"actions", 3, "id,meeting_id,meeting_date,cluster,region,region_pcode,action,owners", "#meta+id,#meta+meeting,#date,#sector+cluster,#adm1+name,#adm1+code,#x_action+text,#org"},
		{"meetings", 2, "id,date,cluster,region,region_pcode", "#meta+id,#date,#sector+cluster,#adm1+name,#adm1+code"},
		{"participants", 0, "meeting_id,meeting_date,cluster,region,region_pcode,organization", "#meta+meeting,#date,#sector+cluster,#adm1+name,#adm1+code,#org+acronym"},
		{"agenda", 0, "meeting_id,meeting_date,cluster,region,region_pcode,position,item", "#meta+meeting,#date,#sector+cluster,#adm1+name,#adm1+code,#meta+position,#x_agenda+text"},
	} {
		res, err := db.Export(ctx, tt.table)
		if err != nil {
			t.Fatalf("Export(%s): %v", tt.table, err)
		}
		if len(res.Rows) != tt.rows {
			t.Errorf("Export(%s) = %d rows, want %d", tt.table, len(res.Rows), tt.rows)
		}
		n := strings.Count(tt.first, ",") + 1
		if got := strings.Join(res.Columns[:n], ","); got != tt.first {
			t.Errorf("Export(%s) columns = %s, want %s", tt.table, got, tt.first)
		}
		if len(res.Tags) != len(res.Columns) {
			t.Fatalf("Export(%s): %d tags for %d columns", tt.table, len(res.Tags), len(res.Columns))
		}
		if got := strings.Join(res.Tags[:n], ","); got != tt.tags {
			t.Errorf("Export(%s) tags = %s, want %s", tt.table, got, tt.tags)
		}
		for _, tag := range res.Tags {
			if !strings.HasPrefix(tag, "#") || strings.ContainsAny(tag, " ,") {
				t.Errorf("Export(%s): malformed hashtag %q", tt.table, tag)
			}
		}
	}
	// The region's P-code sits beside it (the fixture's meetings are in Mopti).
	res, _ := db.Export(ctx, "meetings")
	for _, row := range res.Rows {
		if row[3] != "Mopti" || row[4] != "ML05" {
			t.Errorf("Export(meetings): region %v, P-code %v; want Mopti, ML05", row[3], row[4])
		}
	}
	if _, err := db.Export(ctx, "blocks"); err == nil {
		t.Error("Export(blocks) succeeded")
	}
}
