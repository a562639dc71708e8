package tasks

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// constStrings returns the string constants of the package's own source
// whose names keep returns true, by name.
func constStrings(t *testing.T, keep func(name string, typ ast.Expr) bool) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	out := map[string]string{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != gotoken.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i >= len(vs.Values) || !keep(n.Name, vs.Type) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != gotoken.STRING {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					out[n.Name] = v
				}
			}
		}
	}
	return out
}

// TestEveryEventHasALabel reads the package's source: every Event… kind
// declared anywhere in it must have a Vietnamese name, so a new kind of
// history line never shows people its code.
func TestEveryEventHasALabel(t *testing.T) {
	kinds := constStrings(t, func(name string, _ ast.Expr) bool { return strings.HasPrefix(name, "Event") })
	if len(kinds) < 15 {
		t.Fatalf("found %d event kinds in the source, want at least 15: %v", len(kinds), kinds)
	}
	for name, kind := range kinds {
		if got := EventLabel(kind); got == kind || got == "" {
			t.Errorf("%s (%q) has no label", name, kind)
		}
	}
	declared := map[string]bool{}
	for _, kind := range kinds {
		declared[kind] = true
	}
	for kind := range eventLabels {
		if !declared[kind] {
			t.Errorf("label for %q, which no Event constant declares", kind)
		}
	}
}

// TestEveryStateHasALabel does the same for the State, UnitRole and
// MeetingState constants.
func TestEveryStateHasALabel(t *testing.T) {
	typed := func(want string) func(string, ast.Expr) bool {
		return func(_ string, typ ast.Expr) bool {
			id, ok := typ.(*ast.Ident)
			return ok && id.Name == want
		}
	}
	for _, tt := range []struct {
		typ   string
		count int
		label func(string) string
	}{
		{"State", 6, func(s string) string { return State(s).Label() }},
		{"UnitRole", 2, func(s string) string { return UnitRole(s).Label() }},
		{"MeetingState", 3, func(s string) string { return MeetingState(s).Label() }},
	} {
		consts := constStrings(t, typed(tt.typ))
		if len(consts) != tt.count {
			t.Fatalf("found %d %s constants in the source, want %d: %v", len(consts), tt.typ, tt.count, consts)
		}
		for name, s := range consts {
			if tt.label(s) == s {
				t.Errorf("%s (%q) has no label", name, s)
			}
		}
	}
}

func TestLabels(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{StateReported.Label(), "đã báo cáo hoàn thành, chờ xác nhận"},
		{State("lost").Label(), "lost"},
		{RoleLead.Label(), "chủ trì"},
		{RoleCoord.Label(), "phối hợp"},
		{UnitStateLabel("assigned"), "chưa nhận"},
		{UnitStateLabel(UnitClosed), "kết thúc cùng nhiệm vụ (không báo cáo riêng)"},
		{UnitStateLabel("lost"), "lost"},
		{EventLabel(EventAccepted), "xác nhận đã nhận"},
		{EventLabel("lost"), "lost"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
