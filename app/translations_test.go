package app

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestTranslationsCoverEveryString checks that every string the app and the packages below app/
// (which share its translation files) pass to lang.L is in both the Chinese file (the one that
// makes the matcher pick Chinese) and the English one, and that neither holds a key no longer used.
func TestTranslationsCoverEveryString(t *testing.T) {
	used := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range translatedSources(t) {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "L" {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				used[s] = true
			}
			return true
		})
	}
	for _, ts := range textSizes {
		used[ts.label] = true
	}
	for _, c := range historyColumnDefs {
		used[c.title] = true
	}
	load := func(name string) map[string]string {
		b, err := os.ReadFile(filepath.Join("translations", name))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return m
	}
	zh, en := load("zh-Hans.json"), load("en.json")
	for name, m := range map[string]map[string]string{"zh-Hans.json": zh, "en.json": en} {
		for k := range used {
			if _, ok := m[k]; !ok {
				t.Errorf("%s lacks %q", name, k)
			}
		}
		for k := range m {
			if !used[k] {
				t.Errorf("%s has unused key %q", name, k)
			}
		}
	}
}

// translatedSources are the Go files of app and of every package below it, tests left out.
func translatedSources(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (d.Name() == "testdata" || d.Name() == "translations"):
			return filepath.SkipDir
		case !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go"):
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestFyneWordsCovered checks that the Chinese words for Fyne's own dialogs and menus name every
// word Fyne translates (its weekday names aside, which the app never shows), so that a newer
// Fyne's new button does not appear in its own translation's terms, or in English.
func TestFyneWordsCovered(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Skipf("cannot find Fyne's source: %v", err)
	}
	read := func(path string) map[string]any {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return m
	}
	fyneWords := read(filepath.Join(strings.TrimSpace(string(out)), "lang", "translations", "base.en.json"))
	ours := read(filepath.Join("translations", "fyne", "zh-Hans.json"))
	for k := range fyneWords {
		if strings.HasSuffix(k, "day") || strings.HasSuffix(k, "day.short") {
			continue
		}
		if _, ok := ours[k]; !ok {
			t.Errorf("translations/fyne/zh-Hans.json lacks Fyne's %q", k)
		}
	}
	for k := range ours {
		if _, ok := fyneWords[k]; !ok {
			t.Errorf("translations/fyne/zh-Hans.json has %q, which Fyne no longer uses", k)
		}
	}
}
