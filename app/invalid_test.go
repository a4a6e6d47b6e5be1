package app

import (
	"testing"
)

// The start screen counts a cell whose text is no value among the report's errors.
func TestStartScreenCountsInvalidCells(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	before := v.doc.Counts().Errors
	h.typeInto("t3.new.natural", "5x")
	if got := v.doc.Counts().Errors; got != before+1 {
		t.Errorf("header errors %d → %d, want one more", before, got)
	}
	if err := v.saver.SaveAndWait(); err != nil {
		t.Fatal(err)
	}
	h.w.showHistory()
	items := h.w.history.items
	if len(items) != 1 || items[0].Errors != before+1 {
		t.Errorf("start screen: %+v, want %d errors", items, before+1)
	}
}
