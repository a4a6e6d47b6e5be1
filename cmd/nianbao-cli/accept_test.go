package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unacceptable writes the seed report as JSON with one change and returns its path.
func unacceptable(t *testing.T, dir, name string, change func(m map[string]any)) string {
	t.Helper()
	b, err := json.Marshal(openReport(t, seedFile))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// check, convert and import judge a file alike: what import refuses, check reports as an input
// it cannot take (exit 2, the file and the cause named) and convert does not convert.
func TestCheckConvertImportAgree(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "history.db")
	if code, _, errOut := runDBCmd(t, db, "import", seedFile); code != 0 {
		t.Fatalf("import of the seed: %d %s", code, errOut)
	}
	_, before, _ := runDBCmd(t, db, "show", "孟津区西霞院街道办事处", "2023", "--json")
	for _, tc := range []struct {
		name, why string
		change    func(m map[string]any)
	}{
		{"no-agency", "机关名称", func(m map[string]any) { m["agency"] = "" }},
		{"year-0", "年度 0", func(m map[string]any) { m["year"] = 0 }},
		{"year-1900", "年度 1900", func(m map[string]any) { m["year"] = 1900 }},
		{"year-3000", "年度 3000", func(m map[string]any) { m["year"] = 3000 }},
		{"no-cells", `"cells"`, func(m map[string]any) { delete(m, "cells") }},
		{"no-narrative", `"narrative"`, func(m map[string]any) { delete(m, "narrative") }},
		{"no-year", `"year"`, func(m map[string]any) { delete(m, "year") }},
	} {
		file := unacceptable(t, dir, tc.name, tc.change)
		says := func(cmd string, code int, errOut string) {
			t.Helper()
			if code != 2 || !strings.Contains(errOut, file) || !strings.Contains(errOut, tc.why) {
				t.Errorf("%s %s: exit %d, %q", cmd, tc.name, code, errOut)
			}
		}
		code, _, errOut := runCLI("check", file)
		says("check", code, errOut)
		code, out, _ := runCLI("check", "--json", file)
		if code != 2 || !strings.Contains(out, `"error"`) || !strings.Contains(out, strings.Trim(tc.why, `"`)) {
			t.Errorf("check --json %s: exit %d, %s", tc.name, code, out)
		}
		converted := filepath.Join(dir, tc.name+".txt")
		code, _, errOut = runCLI("convert", "-o", converted, file)
		says("convert", code, errOut)
		if _, err := os.Stat(converted); err == nil {
			t.Errorf("convert %s wrote %s", tc.name, converted)
		}
		code, _, errOut = runDBCmd(t, db, "import", file)
		says("db import", code, errOut)
	}
	if _, after, _ := runDBCmd(t, db, "show", "孟津区西霞院街道办事处", "2023", "--json"); after != before {
		t.Error("a refused file changed the stored report")
	}
	if _, out, _ := runDBCmd(t, db, "list"); strings.Count(out, "\n") != 1 {
		t.Errorf("refused files were stored:\n%s", out)
	}
}
