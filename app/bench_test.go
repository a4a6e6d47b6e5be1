package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"nianbao/data/report"
)

// BenchmarkKeystroke is one keystroke in table 3 of a new report on screen — alternately a digit
// and Backspace — each taken through the model, the computed totals, the rules that read the
// changed cells, and the redraw of marks, counts, tab titles and finding strips. Target: ≤ 5 ms.
func BenchmarkKeystroke(b *testing.B) {
	h := newHarness(b)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "9")
	c := h.cell("t3.denied.process.natural")
	b.ResetTimer()
	for i := range b.N {
		if i%2 == 0 {
			test.Type(c, "7")
		} else {
			c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
	}
	b.StopTimer()
	if got := v.doc.r.Get("t3.result_total.natural"); b.N%2 == 1 && got.N.Whole() != 7 {
		b.Errorf("keystrokes did not reach the totals: %+v", got)
	}
}

// BenchmarkOpenView builds the form of a loaded report: the checker's first run and every tab
// with its 200 cells. It runs on the UI goroutine when a report opens.
func BenchmarkOpenView(b *testing.B) {
	h := newHarness(b)
	v := h.openNew("测试县民政局", 2024)
	r, prev := v.doc.r, (*report.Report)(nil)
	b.ResetTimer()
	for range b.N {
		doc := newDocument(r.Clone(), prev, report.StatusDraft, nil, h.w.rulesEnv())
		newReportView(h.w, doc, v.saver)
	}
}

// BenchmarkNarrativeKeystroke is one character typed into 一（一）主动公开 of a report whose
// previous year is stored, so that the text rules (TXT-YEAR, TXT-NUMBER and the similarity with
// last year's text) run on every keystroke. Target: ≤ 5 ms.
func BenchmarkNarrativeKeystroke(b *testing.B) {
	h := newHarness(b)
	path, _ := filepath.Abs("testdata/xixiayuan-2023.txt")
	rc, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		b.Fatal(err)
	}
	h.w.importFrom(rc)
	h.w.newYear("孟津区西霞院街道办事处", 2023)
	v := h.w.view
	if v == nil || v.doc.r.Meta.Year != 2024 {
		b.Fatal("next year not opened")
	}
	entry := v.narratives["s1.active"].entry
	b.ResetTimer()
	for range b.N {
		test.Type(entry, "年")
	}
}
