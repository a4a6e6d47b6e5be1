package main

import (
	"archive/zip"
	"path/filepath"
	"strings"
	"testing"
)

// db findings writes the 问题清单 of a parent's units as .docx or .xlsx by the file's extension.
func TestDBFindings(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	dir := t.TempDir()
	for _, unit := range []string{"甲镇人民政府", "乙镇人民政府"} {
		r := openReport(t, seedFile)
		r.Meta.Agency = unit
		r.SetText("s6", "")
		if code, _, errOut := runDBCmd(t, db, "import", writeReport(t, dir, r)); code != 0 {
			t.Fatalf("import %s: %s", unit, errOut)
		}
	}
	if code, _, errOut := runDBCmd(t, db, "units", "某县人民政府", "2023", "--set", "甲镇人民政府", "乙镇人民政府", "丙镇人民政府"); code != 0 {
		t.Fatal(errOut)
	}
	for _, name := range []string{"清单.docx", "清单.XLSX"} {
		out := filepath.Join(dir, name)
		code, stdout, errOut := runDBCmd(t, db, "findings", "某县人民政府", "2023年", "-o", out)
		if code != 0 || !strings.Contains(stdout, "3 个单位") {
			t.Fatalf("findings -o %s: %d %q %q", name, code, stdout, errOut)
		}
		z, err := zip.OpenReader(out)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		z.Close()
	}
	if code, _, errOut := runDBCmd(t, db, "findings", "某县人民政府", "2023", "-o", filepath.Join(dir, "x.pdf")); code != 2 || !strings.Contains(errOut, ".docx 或 .xlsx") {
		t.Errorf("a .pdf: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, db, "findings", "甲镇人民政府", "2023", "-o", filepath.Join(dir, "x.docx")); code != 2 || !strings.Contains(errOut, "还没有下级单位") {
		t.Errorf("no units: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, db, "findings", "某县人民政府", "2023"); code != 2 || !strings.Contains(errOut, "用法") {
		t.Errorf("without -o: %d %q", code, errOut)
	}
}
