package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// table4Keys are the 15 cells of table 4 in the order of the printed row.
func table4Keys() []string {
	var keys []string
	for _, c := range schema.Cells() {
		if strings.HasPrefix(c.Key, "t4.") {
			keys = append(keys, c.Key)
		}
	}
	return keys
}

// pasteInto pastes text into a cell as Ctrl+V would.
func (h *harness) pasteInto(key, text string) {
	h.t.Helper()
	clip := test.NewClipboard()
	clip.SetContent(text)
	h.cell(key).TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
}

// overlayText is the text of the labels of the dialog on top, or "" without one.
func (h *harness) overlayText() string {
	top := h.w.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	return strings.Join(texts, " ")
}

// Table 4 is one row of 15 cells, as printed: the row of a spreadsheet pastes in full.
func TestTable4IsOneRowOf15(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	keys := table4Keys()
	if len(keys) != 15 {
		t.Fatalf("table 4 has %d cells", len(keys))
	}
	for i, key := range keys {
		if p := v.places[schema.MustIndex(key)]; p.row != 0 || p.col != i {
			t.Errorf("%s at row %d column %d, want row 0 column %d", key, p.row, p.col, i)
		}
	}

	// A 政府信息公开 table row as a spreadsheet copies it: the totals too, which a new report
	// computes (they are skipped and come out the same).
	h.pasteInto("t4.review.upheld", "1\t2\t0\t0\t3\t0\t1\t0\t1\t2\t4\t0\t0\t0\t4\n")
	want := []int64{1, 2, 0, 0, 3, 0, 1, 0, 1, 2, 4, 0, 0, 0, 4}
	for i, key := range keys {
		if got := v.doc.r.Get(key); got != report.Count(want[i]) {
			t.Errorf("%s = %+v, want %d", key, got, want[i])
		}
	}
	if got := h.overlayText(); got != "" {
		t.Errorf("a paste that fits says %q", got)
	}

	// Five values, one group, pasted at its first cell, fill that group.
	h.pasteInto("t4.direct.upheld", "5\t6\t7\t8\t26")
	for i, n := range []int64{5, 6, 7, 8, 26} {
		if got := v.doc.r.Get(keys[5+i]); got != report.Count(n) {
			t.Errorf("%s = %+v, want %d", keys[5+i], got, n)
		}
	}
	if got := v.doc.r.Get("t4.after_review.upheld"); got != report.Count(4) {
		t.Errorf("the next group changed: %+v", got)
	}
}

// A paste larger than table 4 fills what fits and says what was left out.
func TestTable4PasteTooLargeSaysWhatWasLeftOut(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.pasteInto("t4.after_review.upheld", "1\t2\t3\t4\t10\t9\n7\t8\n")
	for key, n := range map[string]int64{"t4.after_review.upheld": 1, "t4.after_review.pending": 4, "t4.after_review.total": 10} {
		if got := v.doc.r.Get(key); got != report.Count(n) {
			t.Errorf("%s = %+v, want %d", key, got, n)
		}
	}
	if got := h.overlayText(); !strings.Contains(got, "以下 3 个值没有粘贴：9、7、8") {
		t.Errorf("message %q, want one naming 9、7、8", got)
	}
}
