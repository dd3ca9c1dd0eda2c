package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var shots = flag.String("shots", "", "save the browser test's screenshots in `DIR`")

// startServe runs `minutes serve --db db` on a free loopback port until the
// test ends, and returns its base URL.
func startServe(t *testing.T, db string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	cmd := newRootCmd()
	cmd.SetArgs([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"})
	cmd.SetOut(pw)
	cmd.SetErr(io.Discard)
	done := make(chan error, 1)
	go func() {
		err := cmd.ExecuteContext(ctx)
		pw.CloseWithError(io.EOF)
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve did not start: %v", err)
	}
	go io.Copy(io.Discard, pr)
	base := regexp.MustCompile(`http://127\.0\.0\.1:\d+`).FindString(line)
	if base == "" {
		t.Fatalf("serve printed %q, want its URL", line)
	}
	return base
}

func TestServeDownloads(t *testing.T) {
	base := startServe(t, corpusDB(t))
	res, err := http.Get(base + "/actions?owner=OMS&format=xlsx")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("xlsx: status %d, not a zip: %v", res.StatusCode, err)
	}
	found := false
	for _, f := range zr.File {
		found = found || f.Name == "xl/worksheets/sheet1.xml"
	}
	if !found {
		t.Error("xlsx: no worksheet")
	}
	res, err = http.Get(base + "/actions?owner=OMS&format=csv")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if !bytes.HasPrefix(body, []byte("\ufeffid;meeting_id;meeting_date")) || bytes.Count(body, []byte("\r\n")) != 2 {
		t.Errorf("csv: want a BOM, the export's header separated by ; and 1 row ending in CRLF, got\n%s", body)
	}
	req, _ := http.NewRequest(http.MethodPost, base+"/sql?q=DELETE+FROM+actions", nil)
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %v, want 405", res.Status)
	}
}

func TestServeRefusesOtherFiles(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{filepath.Join(t.TempDir(), "missing.db"), empty} {
		if code, _, errs := analyst(t, db, "serve", "--addr", "127.0.0.1:0"); code != exitUsage || errs == "" {
			t.Errorf("serve --db %s: exit %d, errors %q; want exit 2 and a message", db, code, errs)
		}
	}
}

// TestServeBrowser drives `minutes serve` in headless Chromium: filter the
// tracker, open a meeting, follow a highlight to its source, run a
// cookbook query. It needs chromium and chromedriver (Debian packages
// chromium and chromium-driver); without them it is skipped, except in CI
// (CI set), where it fails.
func TestServeBrowser(t *testing.T) {
	driver, derr := exec.LookPath("chromedriver")
	chrome, cerr := lookChrome()
	if derr != nil || cerr != nil {
		if os.Getenv("CI") == "" {
			t.Skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
		}
		t.Fatalf("CI needs chromium and chromedriver: %v %v", derr, cerr)
	}
	db := corpusDB(t, "--no-merge") // every file its own meeting: two pages of actions
	base := startServe(t, db)
	b := startBrowser(t, driver, chrome)
	dir := *shots
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}

	// Filter the tracker: Cluster Santé, overdue on 2025-06-01.
	b.open(base + "/actions?lang=fr&today=2025-06-01")
	b.click(`#f-cluster option[value="Cluster Santé"]`)
	b.click(`#f-status option[value="overdue"]`)
	b.click(`.filters button[type=submit]`)
	b.find(`#f-status option[value="overdue"][selected]`)
	_, out, _ := analyst(t, db, "actions", "--cluster", "Cluster Santé", "--overdue", "--today", "2025-06-01", "--format", "csv")
	want := strings.Count(out, "\n") - 1
	if got := b.text("#count"); got != strconv.Itoa(want)+" actions" || want == 0 {
		t.Errorf("tracker filtered: %q, want %d actions", got, want)
	}
	var rows int
	b.eval(`return document.querySelectorAll("#actions tbody tr").length`, &rows)
	if u := b.url(); rows != want || !strings.Contains(u, "status=overdue") || !strings.Contains(u, "today=2025-06-01") {
		t.Errorf("tracker filtered: %d rows at %s, want %d and the filter in the URL", rows, u, want)
	}
	b.screenshot(filepath.Join(dir, "actions.png"))
	tracker := b.url()

	// Open the first action's meeting, and follow an action to its source.
	b.click(`#actions tbody tr:first-child td:first-child a`)
	b.find(`.actionlist`)
	if u := b.url(); !regexp.MustCompile(`/meetings/\d+\?lang=fr$`).MatchString(u) {
		t.Errorf("meeting page at %s", u)
	}
	b.click(`.actionlist li:first-child a.src`)
	var target struct {
		ID, Class, Background, Hash string
		Visible                     bool
	}
	b.eval(`const t = document.querySelector(":target"); if (!t) return null;
		const r = t.getBoundingClientRect();
		return {ID: t.id, Class: t.className, Background: getComputedStyle(t).backgroundColor, Hash: location.hash,
			Visible: r.bottom > 0 && r.top < window.innerHeight}`, &target)
	if target.ID == "" || "#"+target.ID != target.Hash || !strings.Contains(target.Class, "src") ||
		target.Background != "rgb(255, 210, 138)" || !target.Visible {
		t.Errorf("source of the first action: %+v, want the highlighted, visible block the link names", target)
	}
	b.screenshot(filepath.Join(dir, "meeting.png"))
	b.click(`:target .mk-action`)
	var back string
	b.eval(`const t = document.querySelector(":target"); return t ? t.id : ""`, &back)
	if back != "v-a1" {
		t.Errorf("back from the source: target %q, want the first action (v-a1)", back)
	}

	// Page through the whole tracker, then narrow it by a facet: the
	// facet's count is the number of actions it opens.
	_, out, _ = analyst(t, db, "actions", "--format", "csv")
	all := strings.Count(out, "\n") - 1
	b.open(base + "/actions?lang=fr&today=2025-06-01")
	if got, want := b.text(".pager .pos"), fmt.Sprintf("1–50 sur %d", all); got != want || all <= 50 {
		t.Errorf("tracker: pager %q, want %s", got, want)
	}
	b.click(".pager a.next")
	b.find(`.pager a.prev`)
	b.eval(`return document.querySelectorAll("#actions tbody tr").length`, &rows)
	if got, want := b.text(".pager .pos"), fmt.Sprintf("51–%d sur %d", all, all); got != want || rows != all-50 || !strings.Contains(b.url(), "page=2") {
		t.Errorf("tracker page 2: %q, %d rows at %s; want %s and %d rows", got, rows, b.url(), want, all-50)
	}
	var facet struct{ Label, Count string }
	b.eval(`const li = document.querySelector(".facets .facet:nth-of-type(3) li");
		return {Label: li.querySelector("a").textContent, Count: li.querySelector(".n").textContent}`, &facet)
	b.click(".facets .facet:nth-of-type(3) li:first-child a")
	b.find(`#f-owner[value]`)
	if got := b.text("#count"); got != facet.Count+" actions" || strings.Contains(b.url(), "page=") {
		t.Errorf("facet %s %s: the tracker shows %q at %s", facet.Label, facet.Count, got, b.url())
	}
	b.screenshot(filepath.Join(dir, "facet.png"))

	// Run the first cookbook query.
	b.open(base + "/sql?lang=fr")
	b.click(`.cookbook li:first-child a`)
	b.find(`#sql-result`)
	var header []string
	b.eval(`return Array.from(document.querySelectorAll("#sql-result th"), th => th.textContent)`, &header)
	if strings.Join(header, ",") != "owner,overdue,oldest_deadline,max_days" {
		t.Errorf("cookbook query 1: columns %q", header)
	}

	checkPhoneWidth(t, b, tracker)
}

// checkPhoneWidth checks that a page does not scroll sideways on a
// phone's width: wide tables scroll in their own region. The page is
// loaded after the resize, so that no script runs during it.
func checkPhoneWidth(t *testing.T, b *browser, url string) {
	t.Helper()
	b.call(http.MethodPost, "/window/rect", map[string]int{"width": 390, "height": 844}, nil)
	b.open(url)
	b.find("#count")
	var width struct{ Page, Viewport int } // a key named Window breaks chromedriver's serializer
	b.eval(`return {Page: document.documentElement.scrollWidth, Viewport: window.innerWidth}`, &width)
	if width.Viewport > 500 || width.Page > width.Viewport {
		t.Errorf("on a phone (viewport %dpx wide), the tracker is %dpx wide: it scrolls sideways", width.Viewport, width.Page)
	}
	var display string
	b.eval(`return getComputedStyle(document.querySelector("#actions tbody tr")).display`, &display)
	if display != "block" {
		t.Errorf("on a phone, the tracker's rows are displayed as %q, want stacked (block)", display)
	}
}

func lookChrome() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", exec.ErrNotFound
}
