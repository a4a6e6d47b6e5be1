package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/widgets"
)

// boardRows are the visible rows of the board on screen, as tab-joined texts.
func boardRows(h *harness) ([]*widgets.TapRow, []string) {
	var rows []*widgets.TapRow
	var texts []string
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Content()) {
		if r, ok := o.(*widgets.TapRow); ok && r.Visible() {
			var cells []string
			for _, c := range r.Content().(*fyne.Container).Objects {
				cells = append(cells, c.(*widget.Label).Text)
			}
			if cells[0] != "" {
				rows, texts = append(rows, r), append(texts, strings.Join(cells, "\t"))
			}
		}
	}
	return rows, texts
}

// The board lists the units with their states; a double click opens a unit's report, and the
// units can be edited.
func TestBoard(t *testing.T) {
	h := newHarness(t)
	published := unitReport("乙镇人民政府", 3)
	published.Meta.Published = "2025-01-10"
	h.storeReports(unitReport("甲镇人民政府", 2), published)
	if err := h.st.SetUnits(h.w.ctx, "某县人民政府", []string{"甲镇人民政府", "乙镇人民政府", "丙镇人民政府"}); err != nil {
		t.Fatal(err)
	}
	h.w.showBoard("某县人民政府", 2024)
	rows, texts := boardRows(h)
	got := strings.Join(texts, "\n")
	for _, want := range []string{"丙镇人民政府\t未报\t已逾期", "甲镇人民政府\t草稿\t已逾期", "乙镇人民政府\t已发布\t按期发布"} {
		if !strings.Contains(got, want) {
			t.Errorf("board lacks %q:\n%s", want, got)
		}
	}
	if s := labelContaining(h.w.win.Canvas().Content(), "共 3 个单位：未报 1，草稿 1，定稿 0，已发布 1"); s == nil {
		t.Error("no summary line")
	}
	test.DoubleTap(rows[0]) // 丙镇, by pinyin first: it has no report to open
	if h.w.view != nil || !strings.Contains(dialogText(h), "还没有2024年的报告") {
		t.Errorf("a missing unit: %q", dialogText(h))
	}
	tapInDialog(t, h, "知道了")
	test.DoubleTap(rows[1])
	if v := h.w.view; v == nil || v.doc.r.Meta.Agency != "甲镇人民政府" {
		t.Fatal("a double click does not open the unit's report")
	}

	h.w.showBoard("某县人民政府", 2024)
	var edit *widget.Button
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "编辑下级单位…" {
			edit = b
		}
	}
	test.Tap(edit)
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			e.SetText("甲镇人民政府\n\n 丁镇人民政府 ")
		}
	}
	tapInDialog(t, h, "保存")
	if units, _ := h.st.Units(h.w.ctx, "某县人民政府"); strings.Join(units, " ") != "丁镇人民政府 甲镇人民政府" {
		t.Errorf("units after editing: %v", units)
	}
	if _, texts := boardRows(h); len(texts) != 2 {
		t.Errorf("board after editing: %v", texts)
	}
}

// 汇总 names the remembered units that have no report for the year before it sums.
func TestRollUpNamesMissingUnits(t *testing.T) {
	h := newHarness(t)
	h.storeReports(unitReport("甲镇人民政府", 2), unitReport("乙镇人民政府", 3))
	if err := h.st.SetUnits(h.w.ctx, "某县人民政府", []string{"甲镇人民政府", "乙镇人民政府", "丙镇人民政府"}); err != nil {
		t.Fatal(err)
	}
	h.w.showHistory()
	h.w.askRollUp()
	f := h.rollUpForm()
	test.Type(f.parent, "某县人民政府") // typed: the remembered units are ticked once the name is complete
	if !strings.Contains(f.hint.Text, "将汇总 2 个单位。以下 1 个下级单位还没有2024年报告，不会计入：丙镇人民政府") {
		t.Errorf("hint %q", f.hint.Text)
	}
}

// The board's 问题清单 buttons check the units' reports and ask where to save the file.
func TestBoardExportsFindings(t *testing.T) {
	h := newHarness(t)
	h.storeReports(unitReport("甲镇人民政府", 2))
	if err := h.st.SetUnits(h.w.ctx, "某县人民政府", []string{"甲镇人民政府"}); err != nil {
		t.Fatal(err)
	}
	h.w.showBoard("某县人民政府", 2024)
	for _, label := range []string{"问题清单（Word）…", "问题清单（Excel）…"} {
		var button *widget.Button
		for _, o := range test.LaidOutObjects(h.w.win.Canvas().Content()) {
			if b, ok := o.(*widget.Button); ok && b.Text == label {
				button = b
			}
		}
		if button == nil {
			t.Fatalf("no button %s", label)
		}
		test.Tap(button)
	}
	asked := h.w.files.(*fakeFiles).asked
	if len(asked) != 2 || !strings.HasSuffix(asked[0].FileName, ".docx") || !strings.HasSuffix(asked[1].FileName, ".xlsx") {
		t.Errorf("save dialogs %+v: want one for a .docx and one for a .xlsx", asked)
	}
}
