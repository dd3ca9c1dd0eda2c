package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// A WebDriver client that speaks the W3C protocol to chromedriver over
// loopback HTTP: enough for the browser test, without a dependency.

// elementKey is the key under which WebDriver returns an element reference.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

// browser is one WebDriver session in headless Chromium.
type browser struct {
	t       *testing.T
	base    string // http://127.0.0.1:PORT/session/ID
	timeout time.Duration
}

// chromeArgs make Chromium headless, quiet on the network and fresh.
func chromeArgs(profile string) []string {
	return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile}
}

// startBrowser starts chromedriver and a Chromium session, both stopped at
// the end of the test.
func startBrowser(t *testing.T, driverPath, chromePath string) *browser {
	t.Helper()
	port := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, driverPath, "--port="+strconv.Itoa(port), "--allowed-ips=127.0.0.1")
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start chromedriver: %v", err)
	}
	t.Cleanup(func() { cancel(); cmd.Wait() })
	root := "http://127.0.0.1:" + strconv.Itoa(port)
	waitReady(t, root+"/status")
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{
			"binary": chromePath,
			"args":   chromeArgs(t.TempDir()),
		},
	}}}
	var created struct {
		SessionID string `json:"sessionId"`
	}
	b := &browser{t: t, base: root, timeout: 10 * time.Second}
	b.call(http.MethodPost, "/session", caps, &created)
	b.base = root + "/session/" + created.SessionID
	t.Cleanup(func() { b.call(http.MethodDelete, "", nil, nil) })
	b.call(http.MethodPost, "/timeouts", map[string]any{"implicit": 5000, "pageLoad": 20000}, nil)
	return b
}

// waitReady polls chromedriver's status until it answers.
func waitReady(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get(url)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("chromedriver did not start: %s", url)
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// call sends one command; the response's value is decoded into out.
func (b *browser) call(method, path string, body, out any) {
	b.t.Helper()
	var r io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			b.t.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, b.base+path, r)
	if err != nil {
		b.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		b.t.Fatalf("webdriver %s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	var reply struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(res.Body).Decode(&reply); err != nil {
		b.t.Fatalf("webdriver %s %s: %v", method, path, err)
	}
	if res.StatusCode != http.StatusOK {
		b.t.Fatalf("webdriver %s %s: %s: %s", method, path, res.Status, reply.Value)
	}
	if out != nil {
		if err := json.Unmarshal(reply.Value, out); err != nil {
			b.t.Fatalf("webdriver %s %s: %v", method, path, err)
		}
	}
}

// open loads a page.
func (b *browser) open(url string) {
	b.t.Helper()
	b.call(http.MethodPost, "/url", map[string]string{"url": url}, nil)
}

// find returns the element the CSS selector names, waiting for it up to
// the implicit wait.
func (b *browser) find(selector string) string {
	b.t.Helper()
	var el map[string]string
	b.call(http.MethodPost, "/element", map[string]string{"using": "css selector", "value": selector}, &el)
	return el[elementKey]
}

func (b *browser) click(selector string) {
	b.t.Helper()
	b.call(http.MethodPost, "/element/"+b.find(selector)+"/click", map[string]any{}, nil)
}

func (b *browser) typeInto(selector, text string) {
	b.t.Helper()
	b.call(http.MethodPost, "/element/"+b.find(selector)+"/value", map[string]string{"text": text}, nil)
}

// eval runs a script in the page and decodes what it returns into out.
func (b *browser) eval(script string, out any) {
	b.t.Helper()
	b.call(http.MethodPost, "/execute/sync", map[string]any{"script": script, "args": []any{}}, out)
}

func (b *browser) text(selector string) string {
	b.t.Helper()
	var s string
	b.call(http.MethodGet, "/element/"+b.find(selector)+"/text", nil, &s)
	return s
}

func (b *browser) url() string {
	b.t.Helper()
	var s string
	b.call(http.MethodGet, "/url", nil, &s)
	return s
}

// screenshot saves the visible page as a PNG file.
func (b *browser) screenshot(path string) {
	b.t.Helper()
	var data string
	b.call(http.MethodGet, "/screenshot", nil, &data)
	png, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	fmt.Fprintln(os.Stderr, "screenshot:", path)
}
