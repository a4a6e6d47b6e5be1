package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Help is printed to stdout with exit status 0, for every command and db subcommand, before
// anything is opened: no database or folder is created.
func TestHelpExitsZeroCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sub", "x.db")
	cases := [][]string{{"-h"}, {"--help"}, {"help"}, {"check", "-h"}, {"check", "--help", seedFile},
		{"convert", "-h"}, {"db", "-h"}, {"db", "--help"}, {"db", "help"}, {"db", "--db", db, "-h"}}
	for name := range dbCommands {
		cases = append(cases, []string{"db", "--db", db, name, "-h"}, []string{"db", name, "--db", db, "--help"})
	}
	for _, args := range cases {
		code, out, errOut := runCLI(args...)
		if code != 0 || !strings.Contains(out, "用法") || errOut != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("help created %v", entries)
	}
}

// Usage errors exit 2 with a Chinese message and the usage on stderr, before anything is created.
func TestUsageErrorsExitTwoCreateNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sub", "x.db")
	for _, args := range [][]string{
		{}, {"frob"}, {"db"}, {"db", "--db"}, {"db", "--db", db, "frob"}, {"db", "--db", db, "import"},
		{"db", "--db", db, "list", "--bogus"}, {"db", "--db", db, "list", "extra"}, {"db", "--db", db, "rename", "甲"},
		{"db", "--db", db, "publish", "甲", "2023"}, {"db", "--db", db, "units", "甲", "2023", "乙"},
		{"db", "--db", db, "rollup", "甲"}, {"db", "--db", db, "findings", "甲", "2023"}, {"db", "--db", db, "profile", "set", "a", "b"}, {"db", "--db", db, "findings", "甲", "2023", "-o", "x.pdf"}, {"db", "--db", db, "backup"}, {"db", "--db", db, "restore", "a", "b"},
		{"db", "--db", db, "show", "甲", "2023", "--json=maybe"}, {"db", "--db", db, "profile", "frob"},
		{"check"}, {"check", "--bogus", seedFile}, {"check", "--prev"}, {"convert", "--to"}, {"convert", seedFile},
		{"convert", "-o", filepath.Join(dir, "out.txt")},
	} {
		code, out, errOut := runCLI(args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "用法") || hasEnglish(errOut, dir) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("usage errors created %v", entries)
	}
}

// hasEnglish reports whether a message holds English words of the flag package or libraries: a
// run of 4 or more ASCII letters that is not a command or flag name, once the paths are removed.
func hasEnglish(msg string, paths ...string) bool {
	for _, p := range paths {
		msg = strings.ReplaceAll(msg, p, "")
	}
	allowed := []string{"nianbao", "json", "prev", "bogus", "frob", "import", "list", "show", "compare", "rollup",
		"rename", "publish", "units", "findings", "profile", "clear", "backup", "restore", "check", "convert", "date", "maybe", "help",
		"html", "docx", "xlsx", "extra", "version", "NIANBAO", "Word", "JSON", "Excel", "Markdown", "testdata", "xixiayuan"}
	for _, w := range strings.FieldsFunc(msg, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		if len(w) >= 4 && !slices.Contains(allowed, w) {
			return true
		}
	}
	return false
}

// What libraries and the system say in English reaches the user in Chinese, with the file named.
func TestErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	brokenZip := write("坏.xlsx", "PK\x03\x04"+strings.Repeat("\x00", 200))
	deep := write("深.html", "<html><body>"+strings.Repeat("<div>", 600)+"一、总体情况"+strings.Repeat("</div>", 600)+"</body></html>")
	missing := filepath.Join(dir, "无此文件.txt")
	for _, tc := range []struct {
		file, want string
	}{
		{brokenZip, "压缩包"},
		{deep, "512 层"},
		{missing, "不存在"},
	} {
		for _, args := range [][]string{{"check", tc.file}, {"convert", "-o", filepath.Join(dir, "out.txt"), tc.file},
			{"db", "--db", filepath.Join(dir, "h.db"), "import", tc.file}} {
			code, _, errOut := runCLI(args...)
			if code != 2 || !strings.Contains(errOut, tc.file) || !strings.Contains(errOut, tc.want) || hasEnglish(errOut, dir) {
				t.Errorf("%v: exit %d, %q", args[0], code, errOut)
			}
		}
	}
}
