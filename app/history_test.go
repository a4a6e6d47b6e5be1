package app

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/widgets"
)

func TestHistoryListsOpensAndCarriesOver(t *testing.T) {
	h := newHarness(t)
	r := report.New("测试县民政局", 2023)
	r.Set("t3.carry_next.natural", report.Count(2))
	r.ComputeTotals()
	h.w.create(r)
	h.w.showHistory()
	if h.w.view != nil {
		t.Fatal("report still open on the start screen")
	}
	if n := len(h.w.history.items); n != 1 {
		t.Fatalf("list has %d reports", n)
	}
	h.w.history.list.Select(0)
	h.w.newYear("测试县民政局", 2023)
	v := h.w.view
	if v == nil || v.doc.r.Meta.Year != 2024 {
		t.Fatal("next year not opened")
	}
	if got := h.shown("t3.carried.natural"); got != "2" {
		t.Errorf("上年结转 shows %q, want last year's 结转下年度 2", got)
	}
	h.w.showHistory()
	if n := len(h.w.history.items); n != 2 {
		t.Fatalf("list has %d reports", n)
	}
	if first := h.w.history.items[0]; first.Year != 2024 {
		t.Errorf("newest year not first: %+v", first)
	}
}

func TestDecisionMarksFindingVerified(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	f, ok := v.findingByID("S5-EMPTY")
	if !ok {
		t.Fatal("an empty report has no S5-EMPTY finding")
	}
	before := v.doc.Counts()
	h.w.askDecision(f.ID, f.Message)
	// The dialog is on top: type a note and confirm it.
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			test.Type(e, "本单位无问题")
		}
	}
	tapInDialog(t, h, "已核实")
	after := v.doc.Counts()
	if after.Warnings != before.Warnings-1 || after.Verified != before.Verified+1 {
		t.Errorf("counts %+v → %+v", before, after)
	}
	d, err := h.st.Decisions(context.Background(), "测试县民政局", 2024)
	if err != nil || d["S5-EMPTY"].Note != "本单位无问题" {
		t.Fatalf("stored decisions %v %v", d, err)
	}
	h.w.clearDecision(f.ID)
	if got := v.doc.Counts(); got.Verified != 0 {
		t.Errorf("after clearing: %+v", got)
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	h := newHarness(t)
	h.w.create(report.New("测试县民政局", 2024))
	h.w.showHistory()
	h.w.askDelete("测试县民政局", 2024)
	tapInDialog(t, h, "删除")
	if n := len(h.w.history.items); n != 0 {
		t.Errorf("%d reports after delete", n)
	}
}

// tapInDialog taps the button labelled label in the dialog on top of the window.
func tapInDialog(t *testing.T, h *harness, label string) {
	t.Helper()
	top := h.w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	var seen []string
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok {
			if b.Text == label {
				test.Tap(b)
				return
			}
			seen = append(seen, b.Text)
		}
	}
	t.Fatalf("no button %q in the dialog, only %q", label, seen)
}

func TestRestoreRevision(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "1")
	h.w.saveNow()
	h.typeInto("t3.new.natural", "2")
	h.w.saveNow()
	revs, err := h.st.Revisions(context.Background(), "测试县民政局", 2024)
	if err != nil || len(revs) < 3 {
		t.Fatalf("revisions %v %v", revs, err)
	}
	// revs[1] is the save with 1 in it.
	h.w.askRestore("测试县民政局", 2024, revs[1])
	tapInDialog(t, h, "恢复")
	if got := h.w.view.doc.r.Get("t3.new.natural"); got != report.Count(1) {
		t.Errorf("after restore the report holds %+v", got)
	}
}

func TestFinalRefusedWhileErrors(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t4.review.upheld", "1")
	h.unbalanceTable3()
	v.header.status.SetSelected("定稿")
	if v.doc.status != report.StatusDraft || v.header.status.Selected != "草稿" {
		t.Errorf("marked final with errors: %q", v.header.status.Selected)
	}
	tapInDialog(t, h, "知道了") // the message that says why
	h.typeInto("t3.granted.natural", "3")
	v.header.status.SetSelected("定稿")
	if v.doc.status != report.StatusFinal {
		t.Error("not marked final without errors")
	}
	_, info, _ := h.st.Load(context.Background(), "测试县民政局", 2024)
	if info.Status != report.StatusFinal {
		t.Errorf("store status %q", info.Status)
	}
}

func TestHistoryRowOpensOnDoubleClick(t *testing.T) {
	h := newHarness(t)
	h.w.create(report.New("测试县民政局", 2023))
	h.w.showHistory()
	var rows []*widgets.TapRow
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Content()) {
		if r, ok := o.(*widgets.TapRow); ok && r.Visible() {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		t.Fatal("no rows in the history list")
	}
	test.Tap(rows[0])
	if s, ok := h.w.history.current(); !ok || s.Year != 2023 {
		t.Fatalf("a click does not select the row: %+v, %v", s, ok)
	}
	test.DoubleTap(rows[0])
	if v := h.w.view; v == nil || v.doc.r.Meta.Agency != "测试县民政局" || v.doc.r.Meta.Year != 2023 {
		t.Fatal("a double click does not open the report")
	}
}

// The list narrows to a part of the agency's name and to a year, and says when nothing is left.
func TestHistoryFilter(t *testing.T) {
	h := newHarness(t)
	h.storeReports(report.New("甲镇人民政府", 2023), report.New("甲镇人民政府", 2024), report.New("乙镇人民政府", 2024),
		report.New("县教育局", 2024))
	h.w.showHistory()
	hv := h.w.history
	listed := func() string { return listedReports(hv) }
	if got := strings.Join(hv.filter.year.Options, " "); got != "全部年度 2024年 2023年" {
		t.Errorf("year choices %q", got)
	}
	test.Type(hv.filter.text, "镇")
	if got := listed(); got != "甲镇人民政府2024 甲镇人民政府2023 乙镇人民政府2024" {
		t.Errorf("filtered by 镇: %s", got)
	}
	hv.filter.year.SetSelected("2023年")
	if got := listed(); got != "甲镇人民政府2023" {
		t.Errorf("filtered by 镇 and 2023: %s", got)
	}
	hv.list.Select(0)
	if s, ok := hv.current(); !ok || s.Agency != "甲镇人民政府" || s.Year != 2023 {
		t.Errorf("selection in a filtered list: %+v", s)
	}
	test.Type(hv.filter.text, "xyz")
	if hv.empty.Hidden || hv.empty.Text != "没有符合筛选条件的报告。" {
		t.Errorf("empty filter result: hidden %v, %q", hv.empty.Hidden, hv.empty.Text)
	}
	if _, ok := hv.current(); ok {
		t.Error("a selection survives a filter that hides it")
	}
	// A reload keeps the filter.
	h.w.showHistory()
	if len(hv.items) != 0 || hv.filter.year.Selected != "2023年" {
		t.Errorf("after reload: %d listed, year %q", len(hv.items), hv.filter.year.Selected)
	}
}

func TestRenameAgencyFromHistory(t *testing.T) {
	h := newHarness(t)
	h.storeReports(report.New("平潭综合实验区", 2021))
	h.w.showHistory()
	h.w.askRename("平潭综合实验区")
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok {
			e.SetText("平潭综合实验区管委会")
		}
	}
	tapInDialog(t, h, "更名")
	if items := h.w.history.items; len(items) != 1 || items[0].Agency != "平潭综合实验区管委会" {
		t.Errorf("list after rename: %+v", items)
	}
	// An empty name is refused with a message and changes nothing.
	h.w.askRename("平潭综合实验区管委会")
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok {
			e.SetText(" ")
		}
	}
	tapInDialog(t, h, "更名")
	if !strings.Contains(dialogText(h), "新的机关名称不能为空") {
		t.Errorf("no message for an empty name:\n%s", dialogText(h))
	}
	if items := h.w.history.items; len(items) != 1 || items[0].Agency != "平潭综合实验区管委会" {
		t.Errorf("list after a refused rename: %+v", items)
	}
}

// A click on a column title orders the list by it, a second click turns the order round.
func TestHistorySortByColumn(t *testing.T) {
	h := newHarness(t)
	clean := report.New("甲镇人民政府", 2024)
	for i := range clean.Cells {
		clean.Cells[i] = report.Count(0)
	}
	broken := clean.Clone()
	broken.Meta.Agency = "乙镇人民政府"
	broken.Set("t3.new.natural", report.Count(3))
	h.storeReports(clean, broken, report.New("丙镇人民政府", 2023))
	h.w.showHistory()
	hv := h.w.history
	listed := func() string { return listedReports(hv) }
	title := func(i int) *widgets.TapRow {
		return hv.order.header.(*fyne.Container).Objects[i].(*widgets.TapRow)
	}
	if got := listed(); got != "丙镇人民政府2023 甲镇人民政府2024 乙镇人民政府2024" { // by pinyin
		t.Errorf("default order: %s", got)
	}
	test.Tap(title(3)) // 错误
	if got := listed(); !strings.HasPrefix(got, "乙镇人民政府2024") || hv.order.titles[3].Text != "错误 ▼" {
		t.Errorf("by errors: %s (title %q)", got, hv.order.titles[3].Text)
	}
	test.Tap(title(3))
	if got := listed(); !strings.HasSuffix(got, "乙镇人民政府2024") || hv.order.titles[3].Text != "错误 ▲" {
		t.Errorf("by errors, reversed: %s (title %q)", got, hv.order.titles[3].Text)
	}
	test.Tap(title(1)) // 年度: newest first
	if got := listed(); !strings.HasSuffix(got, "丙镇人民政府2023") || hv.order.titles[0].Text != "机关" {
		t.Errorf("by year: %s (first title %q)", got, hv.order.titles[0].Text)
	}
}

// storeReports saves reports straight into the store, as if they had been made earlier.
func (h *harness) storeReports(rs ...*report.Report) {
	h.t.Helper()
	for _, r := range rs {
		if _, err := h.st.Save(h.w.ctx, r); err != nil {
			h.t.Fatal(err)
		}
	}
}

// listedReports is the start screen's list as 「机关年度」 entries.
func listedReports(hv *historyView) string {
	var out []string
	for _, s := range hv.items {
		out = append(out, s.Agency+strconv.Itoa(s.Year))
	}
	return strings.Join(out, " ")
}
