package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/schema"
)

var (
	checkWrongTable = filepath.Join("testdata", "check", "wrong-table.txt")
	checkNotReport  = filepath.Join("testdata", "check", "not-a-report.txt")
)

// checkElement mirrors the contract with the values left raw, so the test sees numbers and nulls
// exactly as printed.
type checkElement struct {
	File     string                     `json:"file"`
	Agency   string                     `json:"agency"`
	Year     int                        `json:"year"`
	Format   string                     `json:"format"`
	Cells    map[string]json.RawMessage `json:"cells"`
	Invalid  map[string]string          `json:"invalid"`
	Findings []struct {
		Rule     string          `json:"rule"`
		Severity string          `json:"severity"`
		Cells    []string        `json:"cells"`
		Expected json.RawMessage `json:"expected"`
		Actual   json.RawMessage `json:"actual"`
		Message  string          `json:"message"`
	} `json:"findings"`
	ImportNotes []string `json:"import_notes"`
	Error       string   `json:"error"`
}

func checkJSONOf(t *testing.T, want int, args ...string) ([]checkElement, string) {
	t.Helper()
	code, out, errOut := runCLI(append([]string{"check", "--json"}, args...)...)
	if code != want {
		t.Fatalf("exit %d, want %d; stderr: %s", code, want, errOut)
	}
	var els []checkElement
	if err := json.Unmarshal([]byte(out), &els); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	return els, errOut
}

func TestCheckSeed(t *testing.T) {
	els, _ := checkJSONOf(t, 0, seedFile)
	if len(els) != 1 {
		t.Fatalf("%d elements", len(els))
	}
	e := els[0]
	if e.File != seedFile || e.Agency != "孟津区西霞院街道办事处" || e.Year != 2023 || e.Format != "2021" {
		t.Errorf("element = %s %s %d %s", e.File, e.Agency, e.Year, e.Format)
	}
	if len(e.Cells) != schema.NumCells() {
		t.Errorf("%d cells, want %d", len(e.Cells), schema.NumCells())
	}
	for _, c := range schema.Cells() {
		if v, ok := e.Cells[c.Key]; !ok || string(v) != "0" {
			t.Errorf("cell %s = %s, want 0", c.Key, v)
		}
	}
	if len(e.Findings) != 1 || e.Findings[0].Rule != "S6-FEE" || e.Findings[0].Severity != "warning" ||
		e.Findings[0].Cells == nil || string(e.Findings[0].Expected) != "null" || e.Findings[0].Message == "" {
		t.Errorf("findings = %+v, want exactly one S6-FEE warning", e.Findings)
	}
}

func TestCheckWrongTable(t *testing.T) {
	els, _ := checkJSONOf(t, 1, checkWrongTable)
	e := els[0]
	if string(e.Cells["t3.new.natural"]) != "1" || string(e.Cells["t3.new.total"]) != "0" {
		t.Errorf("stated cells must be kept: natural %s, total %s", e.Cells["t3.new.natural"], e.Cells["t3.new.total"])
	}
	want := []struct {
		rule, severity   string
		cells            []string
		expected, actual string
	}{
		{"T3-ROW-SUM", "error", []string{"t3.new.total", "t3.new.natural"}, "1", "0"},
		{"T3-BALANCE", "error", []string{"t3.new.natural", "t3.carried.natural", "t3.result_total.natural", "t3.carry_next.natural"}, "1", "0"},
		{"T4-SUM", "error", []string{"t4.review.total", "t4.review.corrected"}, "1", "0"},
	}
	for _, w := range want {
		found := false
		for _, f := range e.Findings {
			if f.Rule != w.rule {
				continue
			}
			found = true
			for _, c := range w.cells {
				if !slices.Contains(f.Cells, c) {
					t.Errorf("%s does not name cell %s: %v", w.rule, c, f.Cells)
				}
			}
			if f.Severity != w.severity || string(f.Expected) != w.expected || string(f.Actual) != w.actual {
				t.Errorf("%s: %s expected %s actual %s, want %s %s %s", w.rule, f.Severity, f.Expected, f.Actual,
					w.severity, w.expected, w.actual)
			}
		}
		if !found {
			t.Errorf("no %s finding", w.rule)
		}
	}
}

func TestCheckUnreadable(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	els, errOut := checkJSONOf(t, 2, seedFile, missing, checkNotReport)
	if len(els) != 3 {
		t.Fatalf("%d elements, want one per file", len(els))
	}
	if len(els[0].Findings) != 1 || els[0].Error != "" {
		t.Errorf("the readable file must still be checked: %+v", els[0])
	}
	for i, want := range map[int]string{1: "文件不存在", 2: "没有找到政府信息公开工作年度报告"} {
		if !strings.Contains(els[i].Error, want) {
			t.Errorf("element %d error = %q, want %q", i, els[i].Error, want)
		}
		if !strings.Contains(errOut, els[i].File) || !strings.Contains(errOut, want) {
			t.Errorf("stderr must name %s and say %q:\n%s", els[i].File, want, errOut)
		}
	}
}

func TestCheckPrev(t *testing.T) {
	prev := openReport(t, seedFile)
	prev.Meta.Year = 2022
	prev.Set("t3.carry_next.natural", report.Count(2))
	path := writeReport(t, t.TempDir(), prev)
	code, out, errOut := runCLI("check", seedFile, "--prev", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var els []checkElement
	if err := json.Unmarshal([]byte(out), &els); err != nil {
		t.Fatal(err)
	}
	var yoy []string
	for _, f := range els[0].Findings {
		if f.Rule == "YOY-CARRY" {
			yoy = append(yoy, f.Cells...)
		}
	}
	if !slices.Contains(yoy, "t3.carried.natural") {
		t.Errorf("YOY-CARRY must name t3.carried.natural, got %v", yoy)
	}

	code, _, errOut = runCLI("check", "--prev", filepath.Join(t.TempDir(), "none.json"), seedFile)
	if code != 2 || !strings.Contains(errOut, "none.json") {
		t.Errorf("unreadable --prev: exit %d, stderr %q", code, errOut)
	}
}

func TestCheckText(t *testing.T) {
	code, out, _ := runCLI("check", seedFile, checkWrongTable)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		seedFile + "：孟津区西霞院街道办事处2023年政府信息公开工作年度报告（2021年格式，纯文本，读到 200/200 个单元格）",
		"  三、收到和处理政府信息公开申请情况\n    错误 [T3-ROW-SUM] ",
		"  六、其他需要报告的事项\n    警告 [S6-FEE] ",
		"共检查 2 个文件：错误 3 个，警告 2 个，提示 1 个",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"check", "--json"}, {"check", "--bogus", seedFile}, {"check", "--prev"}} {
		if code, _, errOut := runCLI(args...); code != 2 || !strings.Contains(errOut, "用法") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if code, out, _ := runCLI("check", "--help"); code != 0 || !strings.Contains(out, "用法") {
		t.Errorf("--help: exit %d", code)
	}
}
