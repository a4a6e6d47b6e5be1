package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/store"
	"nianbao/data/store/storetest"
)

// damagedHistory writes a history of 30 reports saved 10 times each (300 revisions), then 8 KiB
// of random bytes into the middle of the file.
func damagedHistory(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "nianbao.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	seed := openReport(t, seedFile)
	for y := range 30 {
		for i := range 10 {
			r := seed.Clone()
			r.Meta.Year = 1994 + y + 10
			r.SetText("s5", fmt.Sprintf("第%d次保存。", i)+strings.Repeat("存在的主要问题是公开内容不够全面。", 20))
			r.Set("t3.new.natural", report.Count(int64(i)))
			if _, err := st.Save(t.Context(), r); err != nil {
				t.Fatal(err)
			}
		}
	}
	st.Close()
	storetest.Damage(t, path)
	return path
}

// Every db command refuses a damaged history, saying so with the file and the way out; backup
// writes no file.
func TestDBDamagedHistory(t *testing.T) {
	path := damagedHistory(t)
	dir := t.TempDir()
	backup := filepath.Join(dir, "备份.db")
	agency := openReport(t, seedFile).Meta.Agency
	for _, args := range [][]string{
		{"list"}, {"list", "--json"}, {"show", agency, "2023"}, {"compare", agency, "2022", "2023"},
		{"import", seedFile}, {"rename", agency, "新名称"}, {"rollup", agency, "2023", "某单位"},
		{"publish", agency, "2023", "--date", "2024-01-20"}, {"units", agency, "2023"}, {"findings", agency, "2023", "-o", filepath.Join(dir, "问题.docx")},
		{"backup", backup}, {"restore", seedFile},
	} {
		code, out, errOut := runDBCmd(t, path, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "已损坏") || !strings.Contains(errOut, path) ||
			!strings.Contains(errOut, "restore") {
			t.Errorf("db %s on a damaged history: %d %q %q", strings.Join(args, " "), code, out, errOut)
		}
	}
	if _, err := os.Stat(backup); err == nil {
		t.Error("a backup of the damaged history was written")
	}
}

// A command that only reads never creates a database or folders.
func TestDBReadingCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nosuch", "dir", "x.db")
	for _, args := range [][]string{{"list"}, {"show", "某局", "2023"}, {"compare", "某局", "2022", "2023"}, {"backup", filepath.Join(dir, "b.db")}} {
		code, _, errOut := runDBCmd(t, path, args...)
		if code != 2 || !strings.Contains(errOut, path) || !strings.Contains(errOut, "不存在") {
			t.Errorf("db %s on a missing history: %d %q", args[0], code, errOut)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("reading commands created %v", entries)
	}
}
