package bot

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEveryOutboxKindHasARendererAndAName reads the source of every
// package: each kind put in an outbox.Message (a string constant), and
// every Notice*/Message* string constant of a package that enqueues, must
// have a renderer and a Vietnamese name for admins.
func TestEveryOutboxKindHasARendererAndAName(t *testing.T) {
	kinds := enqueuedKinds(t, "..")
	if len(kinds) < 10 {
		t.Fatalf("found only %d kinds: %v", len(kinds), kinds)
	}
	rd := NewRenderer(nil, "")
	for kind, where := range kinds {
		if _, ok := rd.kinds[kind]; !ok {
			t.Errorf("kind %q (%s) has no renderer", kind, where)
		}
		if outboxKinds[kind] == "" {
			t.Errorf("kind %q (%s) has no Vietnamese name in outboxKinds", kind, where)
		}
	}
}

// enqueuedKinds returns the outbox kinds found in the source under root,
// with where each was found.
func enqueuedKinds(t *testing.T, root string) map[string]string {
	t.Helper()
	type pkgConsts map[string]string // name -> string value
	consts := map[string]pkgConsts{} // package dir -> consts
	var files []struct {
		dir string
		f   *ast.File
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		dir := filepath.Base(filepath.Dir(path))
		files = append(files, struct {
			dir string
			f   *ast.File
		}{dir, f})
		if consts[dir] == nil {
			consts[dir] = pkgConsts{}
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							v, _ := strconv.Unquote(lit.Value)
							consts[dir][n.Name] = v
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	enqueuers := map[string]bool{}
	for _, pf := range files {
		ast.Inspect(pf.f, func(n ast.Node) bool {
			cl, ok := n.(*ast.CompositeLit)
			if !ok || !isOutboxMessage(cl.Type, pf.dir) {
				return true
			}
			enqueuers[pf.dir] = true
			for _, e := range cl.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok || kv.Key.(*ast.Ident).Name != "Kind" {
					continue
				}
				switch v := kv.Value.(type) {
				case *ast.Ident:
					if s, ok := consts[pf.dir][v.Name]; ok {
						kinds[s] = pf.dir + "." + v.Name
					}
				case *ast.SelectorExpr:
					if pkg, ok := v.X.(*ast.Ident); ok {
						if s, ok := consts[pkg.Name][v.Sel.Name]; ok {
							kinds[s] = pkg.Name + "." + v.Sel.Name
						}
					}
				}
			}
			return true
		})
	}
	for dir := range enqueuers {
		for name, v := range consts[dir] {
			if strings.HasPrefix(name, "Notice") || strings.HasPrefix(name, "Message") && len(name) > len("Message") && name[len("Message")] >= 'A' && name[len("Message")] <= 'Z' {
				kinds[v] = dir + "." + name
			}
		}
	}
	return kinds
}

// isOutboxMessage reports whether a composite literal's type is
// outbox.Message (Message inside package outbox).
func isOutboxMessage(typ ast.Expr, dir string) bool {
	switch x := typ.(type) {
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		return ok && pkg.Name == "outbox" && x.Sel.Name == "Message"
	case *ast.Ident:
		return dir == "outbox" && x.Name == "Message"
	}
	return false
}

func TestRegistryRefusesDuplicates(t *testing.T) {
	b := &Bot{}
	if _, err := b.collectRegistry(); err != nil {
		t.Fatalf("the bot's own declarations: %v", err)
	}
	cmds, acts, prompts := b.commands(), b.actionGroups(), b.conversationGroups()
	var act, prompt string
	for k := range acts[0] {
		act = k
		break
	}
	for _, g := range prompts {
		for k := range g {
			prompt = k
			break
		}
	}
	tests := []struct {
		name    string
		cmds    []command
		acts    []map[string]action
		prompts []map[string]conversationFunc
		want    string
	}{
		{"a command name", append(cmds, command{names: []string{"x", cmds[0].names[0]}}), acts, prompts, "command /" + cmds[0].names[0]},
		{"a button action", cmds, append(acts, map[string]action{act: {}}), prompts, "button action " + act},
		{"a prompt", cmds, acts, append(prompts, map[string]conversationFunc{prompt: nil}), "prompt " + prompt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := mergeRegistry(tt.cmds, tt.acts, tt.prompts, nil)
			if err == nil || !strings.Contains(err.Error(), "declared twice: "+tt.want) {
				t.Fatalf("err = %v, want it to name %s", err, tt.want)
			}
		})
	}
	t.Run("a renderer", func(t *testing.T) {
		rd := NewRenderer(nil, "")
		defer func() {
			if r := recover(); r == nil || !strings.Contains(r.(string), "declared twice: renderer of") {
				t.Fatalf("recover = %v", r)
			}
		}()
		for k := range rd.kinds {
			rd.Handle(k, nil)
		}
	})
}
