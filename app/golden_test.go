package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"nianbao/data/report"
)

// TestTabsGolden renders every tab of a partly filled report, and the header over them, and
// compares the markup with the files in testdata/ (after a deliberate change of layout, review
// testdata/failed/*.xml and copy them over).
func TestTabsGolden(t *testing.T) {
	h := newHarness(t)
	r := report.New("测试县民政局", 2024)
	r.Meta.Opening = "本报告由测试县民政局编制。"
	r.SetText("s1.active", "全年主动公开政府信息120条。")
	r.SetText("s6", "本年度未收取信息处理费。")
	for key, n := range map[string]int64{"t3.new.natural": 5, "t3.new.legal": 1, "t3.carried.natural": 1,
		"t3.granted.natural": 3, "t3.unable.not_held.legal": 1, "t3.carry_next.natural": 1,
		"t2.rules.issued": 0, "t2.normative.issued": 2, "t4.review.upheld": 1} {
		r.Set(key, report.Count(n))
	}
	h.w.create(r)
	v := h.w.view
	v.header.showSave(saveState{At: h.clock.now})
	names := map[string]string{tabBasic: "tab_basic.xml", "s1": "tab_overview.xml", "s2": "tab_table2.xml",
		"s3": "tab_table3.xml", "s4": "tab_table4.xml", "s5": "tab_problems.xml", "s6": "tab_other.xml"}
	for key, name := range names {
		item := v.sections[key].item
		v.tabs.Select(item)
		test.AssertObjectRendersToMarkup(t, name, item.Content, "tab %s", key)
	}
	v.tabs.Select(v.check.item)
	test.AssertObjectRendersToMarkup(t, "tab_check.xml", v.check.item.Content)
	test.AssertObjectRendersToMarkup(t, "header.xml", v.header.content)
}
