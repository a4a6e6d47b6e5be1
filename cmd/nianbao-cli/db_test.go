package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/schema"
)

const dbAgency = "某某县民政局"

// yearReport is a full report whose table 3 carries carriedIn[col] in and carryOut[col] out in the
// columns given (0 in the others).
func yearReport(year int, carriedIn, carryOut map[string]int64) *report.Report {
	r := report.New(dbAgency, year)
	for i := range r.Cells {
		r.Cells[i] = report.Count(0)
	}
	t3, _ := schema.TableByKey("t3")
	for _, col := range t3.Blocks[0].Columns {
		if col.Total {
			continue
		}
		in, out := carriedIn[col.Key], carryOut[col.Key]
		r.Set("t3.new."+col.Key, report.Count(10))
		r.Set("t3.carried."+col.Key, report.Count(in))
		r.Set("t3.granted."+col.Key, report.Count(10+in-out))
		r.Set("t3.carry_next."+col.Key, report.Count(out))
	}
	r.ComputeTotals()
	r.SetText("s6", "本年度未收取信息处理费。")
	return r
}

// showJSON runs `db show --json` and decodes the element.
func showJSON(t *testing.T, path, agency, year string) reportJSON {
	t.Helper()
	code, out, errOut := runDBCmd(t, path, "show", agency, year, "--json")
	if code == 2 {
		t.Fatalf("show %s %s: %s", agency, year, errOut)
	}
	var j reportJSON
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("show --json output: %v\n%s", err, out)
	}
	return j
}

func sameCells(t *testing.T, got reportJSON, want *report.Report) {
	t.Helper()
	if len(got.Cells) != schema.NumCells() {
		t.Errorf("show --json has %d cells, want %d", len(got.Cells), schema.NumCells())
	}
	for i, c := range schema.Cells() {
		v, g := want.Cells[i], got.Cells[c.Key]
		if v.IsNumber() != (g != nil) || (g != nil && *g != v.N) {
			t.Errorf("%s: show gives %v, file has %+v", c.Key, g, v)
		}
	}
}

func TestDBImportShowRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	code, out, errOut := runDBCmd(t, db, "import", seedFile)
	if code != 0 || !strings.Contains(out, "新增") || !strings.Contains(out, "孟津区西霞院街道办事处 2023年") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	want := openReport(t, seedFile)
	got := showJSON(t, db, want.Meta.Agency, "2023")
	if got.Agency != want.Meta.Agency || got.Year != 2023 || got.Format != "2021" {
		t.Errorf("show header: %+v", got)
	}
	sameCells(t, got, want)

	// The same file again changes nothing; an edited one replaces and keeps the old as a revision.
	if _, out, _ := runDBCmd(t, db, "import", seedFile); !strings.Contains(out, "未变") {
		t.Errorf("re-import of the same file: %q", out)
	}
	edited := want.Clone()
	edited.Set("t3.new.natural", report.Count(5))
	edited.Set("t3.granted.natural", report.Count(5))
	edited.ComputeTotals()
	code, out, _ = runDBCmd(t, db, "import", writeReport(t, t.TempDir(), edited))
	if code != 0 || !strings.Contains(out, "替换") {
		t.Fatalf("re-import: %d %q", code, out)
	}
	sameCells(t, showJSON(t, db, want.Meta.Agency, "2023年"), edited)
	_, out, _ = runDBCmd(t, db, "list", "--json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
		t.Fatalf("list --json: %v %s", err, out)
	}
	for _, k := range []string{"agency", "year", "status", "errors", "warnings"} {
		if _, ok := list[0][k]; !ok {
			t.Errorf("list --json lacks %q: %v", k, list[0])
		}
	}
	if list[0]["status"] != "draft" || list[0]["year"] != 2023.0 {
		t.Errorf("list --json: %v", list[0])
	}
}

// YOY-CARRY fires for exactly the columns where this year's 上年结转 differs from the stored last
// year's 结转下年度.
func TestDBShowYOYCarry(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	last := yearReport(2022, nil, map[string]int64{"natural": 3, "legal": 1})
	for _, tc := range []struct {
		name    string
		carried map[string]int64
		want    []string // columns that must fire
	}{
		{"matches", map[string]int64{"natural": 3, "legal": 1}, nil},
		{"one column off", map[string]int64{"natural": 2, "legal": 1}, []string{"natural", "total"}},
		{"moved between columns", map[string]int64{"natural": 1, "legal": 3}, []string{"legal", "natural"}},
		{"nothing carried", nil, []string{"legal", "natural", "total"}},
	} {
		os.Remove(db)
		runDBCmd(t, db, "import", writeReport(t, dir, yearReport(2023, tc.carried, nil)))
		if got := yoyCarryColumns(showJSON(t, db, dbAgency, "2023")); len(got) != 0 {
			t.Errorf("%s: YOY-CARRY without a stored 2022: %v", tc.name, got)
		}
		runDBCmd(t, db, "import", writeReport(t, dir, last))
		if got := yoyCarryColumns(showJSON(t, db, dbAgency, "2023")); !slices.Equal(got, tc.want) {
			t.Errorf("%s: YOY-CARRY on %v, want %v", tc.name, got, tc.want)
		}
	}
}

func yoyCarryColumns(j reportJSON) []string {
	var cols []string
	for _, f := range j.Findings {
		if f.Rule == "YOY-CARRY" {
			cols = append(cols, strings.TrimPrefix(f.Cells[0], "t3.carried."))
		}
	}
	slices.Sort(cols)
	return cols
}

func TestDBUnknownReport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	runDBCmd(t, db, "import", seedFile)
	code, _, errOut := runDBCmd(t, db, "show", "无此机关", "2023")
	if code == 0 || !strings.Contains(errOut, "无此机关") || !strings.Contains(errOut, "2023") {
		t.Errorf("unknown agency: %d %q", code, errOut)
	}
	code, _, errOut = runDBCmd(t, db, "show", "孟津区西霞院街道办事处", "2019")
	if code == 0 || !strings.Contains(errOut, "库中没有") {
		t.Errorf("unknown year: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, db, "show", "孟津区西霞院街道办事处", "去年"); code != 2 || !strings.Contains(errOut, "年度") {
		t.Errorf("bad year: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, db, "frobnicate"); code != 2 || !strings.Contains(errOut, "未知的子命令") {
		t.Errorf("unknown subcommand: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, db, "import", filepath.Join(t.TempDir(), "missing.txt")); code != 2 || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("missing file: %d %q", code, errOut)
	}
}

func TestDBBackupRestore(t *testing.T) {
	dir := t.TempDir()
	office, successor, backup := filepath.Join(dir, "office.db"), filepath.Join(dir, "successor.db"), filepath.Join(dir, "备份.db")
	runDBCmd(t, office, "import", seedFile, writeReport(t, dir, yearReport(2022, nil, nil)))
	if code, out, errOut := runDBCmd(t, office, "backup", backup); code != 0 || !strings.Contains(out, "2 份报告") {
		t.Fatalf("backup: %d %q %q", code, out, errOut)
	}
	code, out, errOut := runDBCmd(t, successor, "restore", backup)
	if code != 0 || strings.Count(out, "新增：") != 2 {
		t.Fatalf("restore: %d %q %q", code, out, errOut)
	}
	_, want, _ := runDBCmd(t, office, "list", "--json")
	if _, got, _ := runDBCmd(t, successor, "list", "--json"); got != want {
		t.Errorf("list after restore:\n%s\nwant\n%s", got, want)
	}
	if _, out, _ := runDBCmd(t, successor, "restore", backup); strings.Count(out, "跳过：") != 2 {
		t.Errorf("second restore: %q", out)
	}
}

func TestDBPathFromEnvironment(t *testing.T) {
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("NIANBAO_DB", db)
	if code, _, errOut := runCLI("db", "import", seedFile); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("NIANBAO_DB not used: %v", err)
	}
}
