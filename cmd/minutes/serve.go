package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/sahelim/minutes/cmd/minutes/web"
	"github.com/sahelim/minutes/store"
)

type serveOptions struct {
	*globalOptions
	Addr       string
	SQLTimeout time.Duration

	Out, Err io.Writer
}

func newServeCmd(g *globalOptions, runF func(context.Context, *serveOptions) error) *cobra.Command {
	opts := &serveOptions{globalOptions: g}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Browse meetings, track actions and check extractions in a web browser",
		Long: `Serves a read-only web app over the database: an overview, the action
tracker (filters, sorting, CSV and Excel downloads), meetings, each meeting
beside its document's text with the source of every value highlighted,
organizations, full-text search and a read-only SQL page with the cookbook
queries.

The database is opened read-only and no page writes. The app listens on the
loopback address 127.0.0.1:8080 by default, so only this machine can reach
it; --addr :8080 makes it reachable from the network (anyone who can reach
it can read the whole database). Stop it with Ctrl+C.

Pages are in French, in English with ?lang=en or an English browser.`,
		Example: `  minutes serve --db minutes.db
  minutes serve --addr 127.0.0.1:9000
  open http://127.0.0.1:8080/actions?status=overdue&cluster=Cluster+Sant%C3%A9`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Out, opts.Err = cmd.OutOrStdout(), cmd.ErrOrStderr()
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runServe(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "`HOST:PORT` to listen on (loopback by default)")
	cmd.Flags().DurationVar(&opts.SQLTimeout, "sql-timeout", 5*time.Second, "time limit of a query on the SQL page")
	return cmd
}

// runServe serves until ctx is cancelled (Ctrl+C), then lets the requests
// in flight finish.
func runServe(ctx context.Context, opts *serveOptions) error {
	db, err := store.OpenReadOnly(ctx, opts.DB)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	defer db.Close()
	if _, err := db.Facets(ctx); err != nil {
		return &codeError{exitUsage, fmt.Errorf("%s is not a minutes database (run minutes ingest first): %w", db.Path, err)}
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return &codeError{exitUsage, err}
	}
	loopback := isLoopback(ln.Addr())
	srv := &web.Server{DB: db, QueryTimeout: opts.SQLTimeout, Loopback: loopback,
		Log:      log.New(opts.Err, "minutes: serve: ", log.LstdFlags),
		WriteCSV: func(w io.Writer, res *store.Result) error { return writeCSV(w, res, spreadsheetCSV(';', true)) },
		WriteXLSX: func(w io.Writer, res *store.Result) error {
			return writeXLSX(w, []string{"actions"}, []*store.Result{res})
		},
	}
	h, err := srv.Handler()
	if err != nil {
		ln.Close()
		return &codeError{exitFailed, err}
	}
	if !loopback {
		fmt.Fprintf(opts.Err, "minutes: serve: %s is not a loopback address: anyone who can reach it can read the whole database\n", ln.Addr())
	}
	fmt.Fprintf(opts.Out, "Serving %s (read-only) on http://%s/ — Ctrl+C to stop\n", db.Path, ln.Addr())
	return serve(ctx, ln, h, srv.Log)
}

func serve(ctx context.Context, ln net.Listener, h http.Handler, logger *log.Logger) error {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		IdleTimeout: time.Minute, ErrorLog: logger}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return &codeError{exitFailed, err}
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return &codeError{exitFailed, err}
	}
	return nil
}

// isLoopback reports whether a listening address accepts only local
// connections.
func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
