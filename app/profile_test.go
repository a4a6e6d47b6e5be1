package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/report"
)

// A profile picked in 设置 › 规则配置 is kept by the store and checks the reports opened next.
func TestProfileSetting(t *testing.T) {
	h := newHarness(t)
	data, err := os.ReadFile(filepath.Join("..", "data", "rules", "profiles", "wuwei-2025.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := report.New("武威市凉州区教育局", 2024)
	r.SetText("s1.intro", strings.Repeat("主动公开政府信息。", 120))
	h.storeReports(r)
	h.w.setProfile(data, "wuwei-2025.json")
	if !strings.Contains(dialogText(h), "当前规则配置：武威市") || !strings.Contains(dialogText(h), "总体情况不超过 1000 字") {
		t.Fatalf("dialog: %q", dialogText(h))
	}
	tapInDialog(t, h, "知道了")
	if p, _, _ := h.st.Profile(h.w.ctx); p == nil || p.Name != "武威市" {
		t.Fatal("the store does not keep the profile")
	}
	h.w.open("武威市凉州区教育局", 2024)
	if _, ok := h.w.view.findingByID("S1-LENGTH"); !ok {
		t.Error("the open report is not checked by the profile")
	}
	h.w.showHistory()
	h.w.showProfile()
	if !strings.Contains(dialogText(h), "武政办发〔2025〕54号") {
		t.Errorf("the 规则配置 dialog: %q", dialogText(h))
	}
	tapInDialog(t, h, "只用全国规则")
	if p, _, _ := h.st.Profile(h.w.ctx); p != nil || h.w.profile != nil {
		t.Error("the national rules are not back")
	}
	h.w.setProfile([]byte(`{"kind": "nianbao-profile"}`), "bad.json")
	if !strings.Contains(dialogText(h), "规则配置「bad.json」没有启用") {
		t.Errorf("a bad profile: %q", dialogText(h))
	}
}
