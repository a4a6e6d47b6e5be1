package main

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// db units prints each unit's state for a year; the JSON has exactly the contract's fields.
func TestDBUnits(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	dir := t.TempDir()
	for _, unit := range []string{"甲镇人民政府", "乙镇人民政府"} {
		r := openReport(t, seedFile)
		r.Meta.Agency = unit
		if code, _, errOut := runDBCmd(t, db, "import", writeReport(t, dir, r)); code != 0 {
			t.Fatalf("import %s: %s", unit, errOut)
		}
	}
	if code, _, errOut := runDBCmd(t, db, "publish", "乙镇人民政府", "2023", "--date", "2024-01-15"); code != 0 {
		t.Fatal(errOut)
	}
	code, _, errOut := runDBCmd(t, db, "units", "某县人民政府", "2023", "--set", "甲镇人民政府", "乙镇人民政府", "丙镇人民政府")
	if code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := runDBCmd(t, db, "units", "某县人民政府", "2023", "--json")
	if code != 0 {
		t.Fatal(errOut)
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(raw) != 3 {
		t.Fatalf("units: %s", out)
	}
	for _, u := range raw {
		var keys []string
		for k := range u {
			keys = append(keys, k)
		}
		if want := []string{"due", "errors", "late", "state", "unit", "warnings"}; !reflect.DeepEqual(sortedStrings(keys), want) {
			t.Errorf("fields %v, want %v", keys, want)
		}
	}
	var rows []unitJSON
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	byUnit := map[string]unitJSON{}
	for _, r := range rows {
		byUnit[r.Unit] = r
	}
	if a := byUnit["甲镇人民政府"]; a.State != "draft" || !a.Late || a.Due != "2024-01-31" || a.Warnings == 0 {
		t.Errorf("甲镇: %+v", a)
	}
	if b := byUnit["乙镇人民政府"]; b.State != "published" || b.Late {
		t.Errorf("乙镇: %+v", b)
	}
	if c := byUnit["丙镇人民政府"]; c.State != "missing" || !c.Late || c.Errors != 0 || c.Warnings != 0 {
		t.Errorf("丙镇: %+v", c)
	}
	if code, out, _ := runDBCmd(t, db, "units", "某县人民政府", "2023"); code != 0 || !strings.Contains(out, "丙镇人民政府\t未报\t已逾期") {
		t.Errorf("units: %s", out)
	}
	// A roll-up of the remembered units names the one without a report and sums the others.
	code, out, errOut = runDBCmd(t, db, "rollup", "某县人民政府", "2023")
	if code != 0 || !strings.Contains(errOut, "以下 1 个单位还没有2023年的报告，未计入汇总：丙镇人民政府") || !strings.Contains(out, "汇总 2 个单位") {
		t.Errorf("rollup: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := runDBCmd(t, db, "units", "某县人民政府"); code != 2 || !strings.Contains(errOut, "用法") {
		t.Errorf("without a year: %d %q", code, errOut)
	}
}

func sortedStrings(s []string) []string { return slices.Sorted(slices.Values(s)) }
