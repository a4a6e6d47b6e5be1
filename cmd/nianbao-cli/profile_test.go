package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shippedProfile is the example profile of 武威市 (武政办发〔2025〕54号).
var shippedProfile = filepath.Join("..", "..", "data", "rules", "profiles", "wuwei-2025.json")

// longS1 writes a report whose 总体情况 runs over 1000 characters.
func longS1(t *testing.T, dir string) string {
	r := openReport(t, seedFile)
	r.SetText("s1.intro", strings.Repeat("主动公开政府信息。", 120))
	return writeReport(t, dir, r)
}

func hasS1Length(t *testing.T, out string) bool {
	t.Helper()
	var res []checkJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, f := range res[0].Findings {
		if f.Rule == "S1-LENGTH" {
			return strings.Contains(f.Message, "武政办发〔2025〕54号")
		}
	}
	return false
}

func TestCheckProfile(t *testing.T) {
	file := longS1(t, t.TempDir())
	_, out, _ := runCLI("check", "--json", file)
	if hasS1Length(t, out) {
		t.Error("the national rules limit 总体情况")
	}
	_, out, errOut := runCLI("check", "--json", "--profile", shippedProfile, file)
	if !hasS1Length(t, out) {
		t.Errorf("--profile: no S1-LENGTH citing the notice\n%s\n%s", out, errOut)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"kind": "nianbao-profile", "version": 1, "name": "某市", "rules": [{"rule": "S1-LENGTH"}]}`), 0o644)
	if code, _, errOut := runCLI("check", "--profile", bad, file); code != 2 || !strings.Contains(errOut, "bad.json") {
		t.Errorf("a bad profile: %d %q", code, errOut)
	}
}

// db profile set puts a profile in force for the history: db show and db list count by it.
func TestDBProfile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	if code, _, errOut := runDBCmd(t, db, "import", longS1(t, dir)); code != 0 {
		t.Fatal(errOut)
	}
	if code, out, _ := runDBCmd(t, db, "profile"); code != 0 || !strings.Contains(out, "只用全国规则") {
		t.Errorf("profile: %q", out)
	}
	before := listed(t, db)[0]["warnings"].(float64)
	if code, out, errOut := runDBCmd(t, db, "profile", "set", shippedProfile); code != 0 || !strings.Contains(out, "S1-LENGTH：总体情况不超过 1000 字") {
		t.Fatalf("profile set: %q %q", out, errOut)
	}
	if after := listed(t, db)[0]["warnings"].(float64); after != before+1 {
		t.Errorf("warnings %v after the profile, %v before", after, before)
	}
	r := openReport(t, seedFile)
	if j := showJSON(t, db, r.Meta.Agency, "2023"); !strings.Contains(string(mustJSON(t, j)), "S1-LENGTH") {
		t.Error("db show does not use the stored profile")
	}
	if code, _, _ := runDBCmd(t, db, "profile", "clear"); code != 0 {
		t.Fatal("clear")
	}
	if after := listed(t, db)[0]["warnings"].(float64); after != before {
		t.Errorf("warnings %v after clearing, %v before", after, before)
	}
	if code, _, errOut := runDBCmd(t, db, "profile", "set", filepath.Join(dir, "missing.json")); code != 2 || !strings.Contains(errOut, "无法读取") {
		t.Errorf("a missing file: %d %q", code, errOut)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
