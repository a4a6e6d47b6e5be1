package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
)

// unitReport is a report of a unit with n requests from natural persons, all granted.
func unitReport(agency string, n int64) *report.Report {
	r := report.New(agency, 2024)
	for i := range r.Cells {
		r.Cells[i] = report.Count(0)
	}
	r.Set("t3.new.natural", report.Count(n))
	r.Set("t3.granted.natural", report.Count(n))
	r.ComputeTotals()
	return r
}

func TestRollUpDialog(t *testing.T) {
	h := newHarness(t)
	h.storeReports(unitReport("甲镇人民政府", 2), unitReport("乙镇人民政府", 3), unitReport("丙镇人民政府", 4))
	h.w.showHistory()
	h.w.askRollUp()
	f := h.rollUpForm()
	if !f.ok.Disabled() {
		t.Error("汇总 enabled with no agency named")
	}
	test.Type(f.parent, "某县人民政府")
	if got := strings.Join(f.units.Options, " "); got != "丙镇人民政府 甲镇人民政府 乙镇人民政府" {
		t.Errorf("units offered: %s", got)
	}
	if !f.ok.Disabled() || !strings.Contains(f.hint.Text, "请勾选") {
		t.Errorf("汇总 enabled with no unit ticked; hint %q", f.hint.Text)
	}
	f.units.SetSelected([]string{"甲镇人民政府", "乙镇人民政府"})
	if f.ok.Disabled() {
		t.Fatalf("汇总 disabled: %q", f.hint.Text)
	}
	test.Tap(f.ok)

	v := h.w.view
	if v == nil || v.doc.r.Meta.Agency != "某县人民政府" || v.doc.r.Meta.Year != 2024 {
		t.Fatal("the parent's report is not opened")
	}
	if got := h.shown("t3.new.natural"); got != "5" {
		t.Errorf("t3.new.natural shows %q, want 2 + 3", got)
	}
	if !strings.Contains(dialogText(h), "汇总自 2 个单位的报告：甲镇人民政府、乙镇人民政府") {
		t.Errorf("the notes are not shown:\n%s", dialogText(h))
	}
	tapInDialog(t, h, "知道了")

	// Next time, from the open report, the same units are ticked.
	h.w.askRollUp()
	again := h.rollUpForm()
	if again.parent.Text != "某县人民政府" || strings.Join(again.units.Selected, " ") != "甲镇人民政府 乙镇人民政府" {
		t.Errorf("second time: parent %q, ticked %q", again.parent.Text, again.units.Selected)
	}
	if units, _ := h.st.Units(h.w.ctx, "某县人民政府"); len(units) != 2 {
		t.Errorf("units remembered: %q", units)
	}
}

// rollUpWidgets are the controls of the 汇总 dialog on top.
type rollUpWidgets struct {
	parent *widget.SelectEntry
	units  *widget.CheckGroup
	ok     *widget.Button
	hint   *widget.Label
}

func (h *harness) rollUpForm() rollUpWidgets {
	h.t.Helper()
	var f rollUpWidgets
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		switch o := o.(type) {
		case *widget.SelectEntry:
			f.parent = o
		case *widget.CheckGroup:
			f.units = o
		case *widget.Button:
			if o.Text == "汇总" {
				f.ok = o
			}
		case *widget.Label:
			if o.Importance == widget.WarningImportance {
				f.hint = o
			}
		}
	}
	if f.parent == nil || f.units == nil || f.ok == nil || f.hint == nil {
		h.t.Fatalf("no 汇总 dialog on top: %+v", f)
	}
	return f
}
