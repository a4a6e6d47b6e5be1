package app

import (
	"io"

	"fyne.io/fyne/v2/lang"

	"nianbao/data/errtext"
	"nianbao/data/export/unitsxlsx"
)

// askExportUnits writes the reports the start screen lists (after its filter) to one Excel sheet,
// a row per report and a column per cell, for a reviewer comparing the units side by side. The
// reports are read off the UI goroutine first.
func (w *window) askExportUnits() {
	items := append(w.history.items[:0:0], w.history.items...)
	if len(items) == 0 {
		w.showInfo(lang.L("列表中没有报告可以导出。"))
		return
	}
	w.showBusy(lang.L("正在读取 {{.Count}} 份报告…", map[string]any{"Count": len(items)}))
	w.sched.background(func() {
		rows := make([]unitsxlsx.Row, 0, len(items))
		var err error
		for _, s := range items {
			r, _, lerr := w.store.Load(w.ctx, s.Agency, s.Year)
			if lerr != nil {
				err = lerr
				break
			}
			rows = append(rows, unitsxlsx.Row{Report: r, Status: s.Status, Errors: s.Errors, Warnings: s.Warnings, Blanks: s.Blanks})
		}
		w.sched.ui(func() {
			w.hideBusy()
			if err != nil {
				w.showError(lang.L("无法读取报告：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
				return
			}
			w.saveXLSX(unitsxlsx.FileName(rows), func(out io.Writer) error { return unitsxlsx.Write(out, rows) })
		})
	})
}
