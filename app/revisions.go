package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/store"
)

// showOpenRevisions lists the revisions of the open report; its unsaved edits are saved first so
// that they are among them.
func (w *window) showOpenRevisions() {
	if w.view == nil {
		return
	}
	m := w.view.doc.r.Meta
	if err := w.view.saver.SaveAndWait(); err != nil {
		w.showError(err.Error())
		return
	}
	w.showRevisions(m.Agency, m.Year)
}

// showRevisions lists the saved versions of a report, newest first, each with 「恢复」.
func (w *window) showRevisions(agency string, year int) {
	w.sched.background(func() {
		revs, err := w.store.Revisions(w.ctx, agency, year)
		w.sched.ui(func() {
			if err != nil {
				w.showError(err.Error())
				return
			}
			w.revisionsDialog(agency, year, revs)
		})
	})
}

func (w *window) revisionsDialog(agency string, year int, revs []store.Revision) {
	var d dialog.Dialog
	list := widget.NewList(
		func() int { return len(revs) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, nil, widget.NewButton(lang.L("恢复此版本"), nil), widget.NewLabel(""))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			rev := revs[id]
			text := rev.Saved.Format("2006-01-02 15:04:05")
			if rev.Note != "" {
				text += "  " + rev.Note
			}
			if id == 0 {
				text += lang.L("（当前）")
			}
			row.Objects[0].(*widget.Label).SetText(text)
			restore := row.Objects[1].(*widget.Button)
			restore.OnTapped = func() { d.Hide(); w.askRestore(agency, year, rev) }
			if id == 0 {
				restore.Disable()
			} else {
				restore.Enable()
			}
		},
	)
	title := lang.L("历史版本：{{.Agency}} {{.Year}}年", map[string]any{"Agency": agency, "Year": strconv.Itoa(year)})
	d = dialog.NewCustom(title, lang.L("关闭"), list, w.win)
	d.Resize(fyne.NewSize(620, 460))
	d.Show()
}

// askRestore makes an older revision current after the user confirms, then opens the report.
func (w *window) askRestore(agency string, year int, rev store.Revision) {
	msg := lang.L("把报告恢复为 {{.Time}} 保存的版本？现在的内容会保留为一个历史版本。", map[string]any{"Time": rev.Saved.Format("2006-01-02 15:04:05")})
	w.confirm(lang.L("恢复历史版本"), msg, lang.L("恢复"), func() {
		w.closeReport(func() {
			w.sched.background(func() {
				_, err := w.store.RestoreRevision(w.ctx, rev.ID)
				w.sched.ui(func() {
					if err != nil {
						w.showError(err.Error())
						return
					}
					w.open(agency, year)
				})
			})
		})
	})
}
