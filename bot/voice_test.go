package bot_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// voiceRules are the house voice of everything dondoc says (DEVELOPERS.md,
// "Voice"): the official is "anh/chị", dondoc never says "tôi" nor makes
// itself a sentence's subject, and quotations are “ ”.
var voiceRules = []struct {
	re   *regexp.Regexp
	what string
}{
	{regexp.MustCompile(`[«»]`), "« » instead of “ ”"},
	{regexp.MustCompile(`(?i)(^|[^\pL])bạn([^\pL]|$)`), "“bạn” instead of “anh/chị”"},
	{regexp.MustCompile(`(?i)(^|[^\pL])(tôi|chúng tôi)([^\pL]|$)`), "dondoc speaking as “tôi”"},
	{regexp.MustCompile(`(^|[^\pL@])Bot\s+\p{Ll}`), "“Bot” as the subject of a sentence"},
	{regexp.MustCompile(`đồng chí\s+[^\p{Lu}]`), "“đồng chí” as a form of address (only before a name)"},
}

// voicePending are files whose wording another branch owns today; they
// follow the rules once that branch is merged.
var voicePending = map[string]string{}

// TestVoice reads every messages*.go of every package, the dashboard's
// script and templates, and checks each user string against voiceRules.
func TestVoice(t *testing.T) {
	root := ".."
	checked := 0
	check := func(path string, line int, s string) {
		checked++
		for _, r := range voiceRules {
			if r.re.MatchString(s) {
				t.Errorf("%s:%d: %s: %q", path, line, r.what, s)
			}
		}
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || voicePending[rel] != "" {
			return nil
		}
		name := d.Name()
		switch {
		case strings.HasPrefix(name, "messages") && strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go"):
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, err := strconv.Unquote(lit.Value)
					if err == nil {
						check(rel, fset.Position(lit.Pos()).Line, s)
					}
				}
				return true
			})
		case rel == "web/static/app.js" || strings.HasPrefix(rel, "web/templates/") && strings.HasSuffix(name, ".html"):
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for i, l := range strings.Split(string(data), "\n") {
				if strings.HasPrefix(strings.TrimSpace(l), "//") {
					continue
				}
				check(rel, i+1, l)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 500 {
		t.Fatalf("checked only %d strings: the walk missed the messages files", checked)
	}
}
