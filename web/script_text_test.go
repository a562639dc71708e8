package web_test

import (
	"html"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestScriptWordsFromShell: app.js holds no Vietnamese words; every
// text("key") it asks for is a data-msg-key of the shell page, filled from
// web/messages.go.
func TestScriptWordsFromShell(t *testing.T) {
	f := newFixture(t)
	resp := f.request("GET", "/", "", nil, nil)
	defer resp.Body.Close()
	page, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET / = %d, %v", resp.StatusCode, err)
	}
	script, err := os.ReadFile("static/app.js")
	if err != nil {
		t.Fatal(err)
	}
	keys := regexp.MustCompile(`text\("([a-z-]+)"\)`).FindAllStringSubmatch(string(script), -1)
	if len(keys) < 5 {
		t.Fatalf("app.js asks for %d texts, want the 5 it shows", len(keys))
	}
	for _, k := range keys {
		m := regexp.MustCompile(`data-msg-` + k[1] + `="([^"]*)"`).FindStringSubmatch(string(page))
		if m == nil || strings.TrimSpace(html.UnescapeString(m[1])) == "" {
			t.Errorf("the shell page has no text for app.js's %q", k[1])
			continue
		}
		if !strings.ContainsFunc(html.UnescapeString(m[1]), func(r rune) bool { return r > unicode.MaxASCII }) {
			t.Errorf("data-msg-%s = %q is not Vietnamese", k[1], m[1])
		}
	}
	for i, line := range strings.Split(string(script), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		for _, lit := range regexp.MustCompile(`"[^"]*"`).FindAllString(line, -1) {
			if strings.ContainsFunc(lit, unicode.IsLetter) && strings.ContainsFunc(lit, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) {
				t.Errorf("app.js:%d holds user text %s: it belongs in web/messages.go", i+1, lit)
			}
		}
	}
}
