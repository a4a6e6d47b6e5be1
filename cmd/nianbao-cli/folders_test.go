package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// folderOfReports is a folder with the seed, a copy of it for another year, a file that is no
// report and a file check does not read.
func folderOfReports(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"2023.txt": string(seed),
		"2022.txt": strings.Replace(string(seed), "2023 年", "2022 年", 1),
		"坏文件.txt":  "不是年度报告",
		"说明.ppt":   "PPT",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A folder given to check stands for the report files in it.
func TestCheckFolder(t *testing.T) {
	dir := folderOfReports(t)
	code, out, errOut := runCLI("check", "--json", dir)
	if code != 2 || !strings.Contains(errOut, "坏文件.txt") {
		t.Errorf("exit %d, stderr %q; want 2 naming the unreadable file", code, errOut)
	}
	var got []checkJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range got {
		files = append(files, filepath.Base(e.File))
	}
	if strings.Join(files, " ") != "2022.txt 2023.txt 坏文件.txt" {
		t.Errorf("checked %q, want the three report files by name", files)
	}
	if got[0].Year != 2022 || got[1].Year != 2023 {
		t.Errorf("years %d, %d", got[0].Year, got[1].Year)
	}

	empty := t.TempDir()
	if code, _, errOut := runCLI("check", empty); code != 2 || !strings.Contains(errOut, "没有报告文件") {
		t.Errorf("empty folder: exit %d, %q", code, errOut)
	}
}

// db import takes a folder the same way.
func TestDBImportFolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	code, out, errOut := runDBCmd(t, db, "import", folderOfReports(t))
	if code != 2 || strings.Count(out, "新增") != 2 || !strings.Contains(errOut, "坏文件.txt") {
		t.Errorf("import folder: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, out, _ := runDBCmd(t, db, "list"); strings.Count(out, "孟津区西霞院街道办事处") != 2 {
		t.Errorf("list after folder import:\n%s", out)
	}
}
