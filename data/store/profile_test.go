package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The rule profile is kept in the database for the app and the CLI alike; putting one in force
// recounts the stored reports by it, and a file that is no profile changes nothing.
func TestProfile(t *testing.T) {
	s, path := openTemp(t)
	r := sample("武威市凉州区教育局", 2025, 3, 0, 0)
	r.SetText("s1.intro", strings.Repeat("主动公开政府信息。", 120))
	r.Meta.Published = "2026-01-10"
	info, err := s.Save(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("..", "rules", "profiles", "wuwei-2025.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.SetProfile(ctx, text)
	if err != nil || p.Name != "武威市" {
		t.Fatalf("SetProfile: %v %v", p, err)
	}
	if got := mustInfo(t, s, r.Meta.Agency, 2025); got.Warnings != info.Warnings+1 {
		t.Errorf("warnings by the profile %d, national %d: S1-LENGTH not counted", got.Warnings, info.Warnings)
	}
	if _, err := s.SetProfile(ctx, []byte(`{"kind": "nianbao-profile"}`)); err == nil {
		t.Error("a broken profile was accepted")
	}
	s.Close()
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	p, stored, err := again.Profile(ctx)
	if err != nil || p == nil || p.S1MaxChars != 1000 || stored != string(text) {
		t.Fatalf("profile after reopening: %+v %v", p, err)
	}
	_, found, err := again.Check(ctx, r.Meta.Agency, 2025)
	if err != nil || !hasRule(found, "S1-LENGTH") {
		t.Errorf("check by the stored profile: %v %v", found, err)
	}
	if _, err := again.SetProfile(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got := mustInfo(t, again, r.Meta.Agency, 2025); got.Warnings != info.Warnings {
		t.Errorf("national rules again: %d warnings, want %d", got.Warnings, info.Warnings)
	}
	if p, _, _ := again.Profile(ctx); p != nil {
		t.Errorf("profile cleared but %+v", p)
	}
}
