package app

import (
	"bytes"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-text/typesetting/font"

	"nianbao/widgets"
)

// uiFont parses the window font as Fyne does.
func uiFont(t *testing.T) *font.Face {
	t.Helper()
	f, err := font.ParseTTF(bytes.NewReader(widgets.BundledFont().Content()))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// missingRunes names the first place of each character of text that face has no glyph for.
func missingRunes(face *font.Face, text, where string, seen map[rune]string) {
	for _, r := range text {
		if r < utf8.RuneSelf || r == utf8.RuneError || seen[r] != "" {
			continue
		}
		if _, ok := face.NominalGlyph(r); !ok {
			seen[r] = where
		}
	}
}

// Every word the window shows is in the window font (a subset of the bundled one): the string
// literals of the code outside the exports (which embed the full font) and both translations.
func TestUIFontHasEveryCharacterOfTheUI(t *testing.T) {
	face := uiFont(t)
	missing := map[rune]string{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && d.Name() != ".." ||
			path == filepath.Join("..", "data", "export")):
			return filepath.SkipDir
		case strings.HasSuffix(path, ".json") && strings.Contains(path, "translations"):
			b, err := os.ReadFile(path)
			missingRunes(face, string(b), path, missing)
			return err
		case !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go"):
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files := token.NewFileSet()
		var s scanner.Scanner
		s.Init(files.AddFile(path, -1, len(src)), src, nil, 0)
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				return nil
			}
			if tok == token.STRING || tok == token.CHAR {
				missingRunes(face, lit, files.Position(pos).String(), missing)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for r, where := range missing {
		t.Errorf("%s: %q (U+%04X) is not in the window font", where, r, r)
	}
}

// The subset keeps every character of the real published reports among the fixtures.
func TestUIFontHasEveryCharacterOfRealReports(t *testing.T) {
	face := uiFont(t)
	paths, err := filepath.Glob("../data/*/testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	html, _ := filepath.Glob("../data/*/testdata/*.html")
	if paths = append(paths, html...); len(paths) < 5 {
		t.Fatalf("only %d reports found", len(paths))
	}
	missing := map[rune]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		missingRunes(face, string(b), p, missing)
	}
	for r, where := range missing {
		t.Errorf("%s: %q (U+%04X) is not in the window font", where, r, r)
	}
}
