package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/errtext"
	"nianbao/data/report"
)

// askRename asks for an agency's new name — after 机构改革, or to join two spellings of one agency
// into one history — and renames all its years.
func (w *window) askRename(agency string) {
	name := widget.NewEntry()
	name.SetText(agency)
	name.Validator = func(s string) error { _, err := report.CheckAgency(s); return err }
	intro := widget.NewLabel(lang.L("该机关所有年度的报告都改用新名称。新名称已在库中时，两者的报告合并为同一机关的历史（不能有相同年度），以便逐年对比。报告正文里写的机关名称不会自动修改。"))
	intro.Wrapping = fyne.TextWrapBreak
	content := container.NewVBox(intro, widget.NewForm(widget.NewFormItem(lang.L("新名称"), name)))
	d := dialog.NewCustomConfirm(lang.L("更改机关名称：{{.Agency}}", map[string]any{"Agency": agency}), lang.L("更名"), lang.L("取消"),
		content, func(ok bool) {
			if ok {
				w.rename(agency, strings.TrimSpace(name.Text))
			}
		}, w.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	w.win.Canvas().Focus(name)
}

// rename renames the agency off the UI goroutine and lists the result.
func (w *window) rename(from, to string) {
	w.sched.background(func() {
		err := w.store.RenameAgency(w.ctx, from, to)
		w.sched.ui(func() {
			if err != nil {
				w.showError(lang.L("无法更名：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			}
			w.history.reload()
		})
	})
}
