package main

import (
	"os"

	"github.com/spf13/cobra"
)

// globalOptions are the flags every command shares.
type globalOptions struct {
	DB string
}

func defaultDB() string {
	if p := os.Getenv("MINUTES_DB"); p != "" {
		return p
	}
	return "minutes.db"
}

func newRootCmd() *cobra.Command {
	g := &globalOptions{}
	cmd := &cobra.Command{
		Use:   "minutes",
		Short: "Turn French meeting reports into a queryable SQLite database",
		Long: `minutes reads meeting reports (PDF, DOCX, HTML) of humanitarian coordination,
extracts the meeting, its participants, agenda and actions with owners and
deadlines, and stores them in SQLite (or a shared PostgreSQL archive) with
the provenance of every value.`,
		Example: `  minutes ingest rapports/ --db minutes.db
  minutes ingest rapports/ --db postgres://ingest@archive:5432/minutes
  minutes show rapports/cr_sante.pdf
  sqlite3 minutes.db "SELECT * FROM actions"`,
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.PersistentFlags().StringVar(&g.DB, "db", defaultDB(), "SQLite database file, or postgres://user@host:5432/minutes URL ($MINUTES_DB)")
	cmd.AddCommand(newIngestCmd(g, nil), newShowCmd(g, nil), newFailuresCmd(g, nil), newRunsCmd(g, nil), newParseCmd(),
		newQueryCmd(g, nil), newActionsCmd(g, nil), newSearchCmd(g, nil), newExportCmd(g, nil), newServeCmd(g, nil), newCopyCmd(nil))
	return cmd
}
