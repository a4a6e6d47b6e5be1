package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"nianbao/data/report"
)

func TestAutosaveAfterEdits(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "7")
	if !strings.Contains(v.header.saved.Text, "未保存") {
		t.Errorf("header = %q, want unsaved", v.header.saved.Text)
	}
	if got := h.stored("测试县民政局", 2024).Get("t3.new.natural"); got.IsNumber() {
		t.Fatalf("saved before the countdown ran out: %+v", got)
	}
	h.clock.fire()
	if got := h.stored("测试县民政局", 2024).Get("t3.new.natural"); got != report.Count(7) {
		t.Errorf("stored %+v after autosave", got)
	}
	if got := v.header.saved.Text; got != "已保存 10:32" {
		t.Errorf("header = %q, want 已保存 10:32", got)
	}
}

func TestCtrlSSavesAtOnce(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	h.typeInto("t4.review.upheld", "2")
	h.w.win.Canvas().Unfocus()
	h.w.win.Canvas().(fyne.Shortcutable).TypedShortcut(saveShortcut)
	if got := h.stored("测试县民政局", 2024).Get("t4.review.total"); got != report.Count(2) {
		t.Errorf("stored total %+v", got)
	}
}

func TestNothingLostOnCloseAndReopen(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "4")
	v.narratives["s5"].entry.SetText("存在问题：培训不足。")
	h.w.quit() // closes the window before the countdown ran out
	r := h.stored("测试县民政局", 2024)
	if r.Get("t3.new.natural") != report.Count(4) || r.Text("s5") != "存在问题：培训不足。" {
		t.Errorf("lost on close: %v %q", r.Get("t3.new.natural"), r.Text("s5"))
	}
	h2 := &harness{t: t, app: h.app, st: h.st, clock: h.clock}
	h2.w = newWindow(h.app, newTestWindow(t), h.st, h.clock.scheduler())
	h2.w.files = &fakeFiles{}
	h2.w.open("测试县民政局", 2024)
	if got := h2.shown("t3.new.total"); got != "4" {
		t.Errorf("reopened report shows total %q", got)
	}
}
