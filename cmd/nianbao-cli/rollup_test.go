package main

import (
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/report"
)

func TestDBRollUp(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	dir := t.TempDir()
	for _, unit := range []string{"甲镇人民政府", "乙镇人民政府"} {
		r := openReport(t, seedFile)
		r.Meta.Agency = unit
		r.Set("t3.new.natural", report.Count(2))
		r.Set("t3.granted.natural", report.Count(2))
		r.ComputeTotals()
		if code, _, errOut := runDBCmd(t, db, "import", writeReport(t, dir, r)); code != 0 {
			t.Fatalf("import %s: %s", unit, errOut)
		}
	}
	code, out, errOut := runDBCmd(t, db, "rollup", "某县人民政府", "2023", "甲镇人民政府", "乙镇人民政府")
	if code != 0 || !strings.Contains(out, "某县人民政府 2023年：新增，汇总 2 个单位，错误 0 个") ||
		!strings.Contains(out, "汇总自 2 个单位的报告：甲镇人民政府、乙镇人民政府") {
		t.Fatalf("rollup: %d\n%s\n%s", code, out, errOut)
	}
	if got := showJSON(t, db, "某县人民政府", "2023"); got.Cells["t3.new.natural"] == nil || got.Cells["t3.new.natural"].String() != "4" {
		t.Errorf("summed t3.new.natural = %v", got.Cells["t3.new.natural"])
	}
	// Without units named, the ones rolled up last time are used.
	if code, out, _ := runDBCmd(t, db, "rollup", "某县人民政府", "2023"); code != 0 || !strings.Contains(out, "未变") {
		t.Errorf("rollup again: %d %s", code, out)
	}
	for _, args := range [][]string{
		{"rollup", "某市人民政府", "2023"},
		{"rollup", "某县人民政府", "2022"},
		{"rollup", "某县人民政府", "二〇二三", "甲镇人民政府"},
		{"rollup", "某县人民政府"},
	} {
		if code, _, errOut := runDBCmd(t, db, args...); code != 2 || errOut == "" {
			t.Errorf("%q: exit %d, %q; want 2 and a message", args, code, errOut)
		}
	}
}
