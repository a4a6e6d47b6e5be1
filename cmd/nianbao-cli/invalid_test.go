package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/report"
)

// A report with a cell whose text is no value: `db list` counts it as an error, `db show` keeps the
// text, and `check` fails with CELL-INVALID naming the cell.
func TestDBListCountsInvalidCells(t *testing.T) {
	r := openReport(t, seedFile)
	r.Set("t3.new.natural", report.InvalidText("5x"))
	file := writeReport(t, t.TempDir(), r)
	db := filepath.Join(t.TempDir(), "nianbao.db")
	if code, out, errOut := runDBCmd(t, db, "import", file); code != 0 {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	_, out, _ := runDBCmd(t, db, "list", "--json")
	var list []struct {
		Errors int `json:"errors"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 || list[0].Errors != 1 {
		t.Errorf("list --json: %v %s, want one report with 1 error", err, out)
	}
	if _, text, _ := runDBCmd(t, db, "list"); !strings.Contains(text, r.Meta.Agency) {
		t.Errorf("list: %q", text)
	}
	if got := showJSON(t, db, r.Meta.Agency, "2023"); got.Invalid["t3.new.natural"] != "5x" {
		t.Errorf("show --json invalid = %v", got.Invalid)
	}
	code, out, _ := runCLI("check", file)
	if code != 1 || !strings.Contains(out, "[CELL-INVALID]") || !strings.Contains(out, "5x") {
		t.Errorf("check: exit %d, %q", code, out)
	}
}
