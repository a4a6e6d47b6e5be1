package app

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/errtext"
	"nianbao/data/export"
	"nianbao/data/report"
	"nianbao/data/rules"
)

// showExportMenu pops up the export formats under the header's 导出 button.
func (w *window) showExportMenu(anchor fyne.CanvasObject) {
	var items []*fyne.MenuItem
	for _, f := range export.Formats() {
		items = append(items, fyne.NewMenuItem(f.Label, func() { w.askExport(f) }))
	}
	items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("打印…"), w.print))
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor).AddXY(0, anchor.Size().Height)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), w.win.Canvas(), pos)
}

// askExport writes the open report in format f to a file the user picks. Errors in the report
// do not block the export; the user is warned first.
func (w *window) askExport(f export.Format) {
	if w.view == nil {
		return
	}
	r := w.view.doc.r.Clone()
	if n := w.view.doc.Counts().Errors; n > 0 {
		msg := lang.L("报告还有 {{.Count}} 处错误（见「检查」页）。仍要导出吗？", map[string]any{"Count": n})
		if invalid := rules.InvalidCells(r); len(invalid) > 0 {
			msg = invalidExportWarning(invalid) + "\n\n" + msg
		}
		w.confirm(lang.L("导出"), msg, lang.L("仍然导出"), func() { w.chooseExportFile(f, r) })
		return
	}
	w.chooseExportFile(f, r)
}

// invalidExportWarning names the cells whose text is no value, which an export writes as typed.
func invalidExportWarning(invalid []rules.Finding) string {
	const shown = 5
	lines := []string{lang.L("以下 {{.Count}} 个单元格填的不是数值，导出时将照原样写出：", map[string]any{"Count": len(invalid)})}
	for i, f := range invalid {
		if i == shown {
			lines = append(lines, lang.L("…… 其余见「检查」页"))
			break
		}
		lines = append(lines, f.Message)
	}
	return strings.Join(lines, "\n")
}

func (w *window) chooseExportFile(f export.Format, r *report.Report) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(err.Error())
			return
		}
		if wc == nil {
			return
		}
		w.writeExport(f, r, wc)
	}, w.win)
	d.SetFileName(export.FileName(r, f))
	d.SetFilter(storage.NewExtensionFileFilter([]string{f.Ext}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// writeExport writes off the UI goroutine behind a progress dialog, then offers to open the folder.
func (w *window) writeExport(f export.Format, r *report.Report, wc fyne.URIWriteCloser) {
	path := wc.URI().Path()
	w.showBusy(lang.L("正在导出…"))
	w.sched.background(func() {
		bw := bufio.NewWriter(wc)
		err := f.Write(bw, r)
		if err == nil {
			err = bw.Flush()
		}
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		w.sched.ui(func() {
			w.hideBusy()
			if err != nil {
				w.showError(lang.L("导出失败：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
				return
			}
			w.exported(path)
		})
	})
}

// exported tells where the file went, with 「打开所在文件夹」.
func (w *window) exported(path string) {
	msg := widget.NewLabel(lang.L("已保存到：\n{{.Path}}", map[string]any{"Path": path}))
	msg.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustomConfirm(lang.L("导出完成"), lang.L("打开所在文件夹"), lang.L("关闭"), msg, func(open bool) {
		if open {
			if err := openWithSystem(filepath.Dir(path)); err != nil {
				w.showError(lang.L("无法打开文件夹：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			}
		}
	}, w.win)
	d.Resize(fyne.NewSize(560, 220))
	d.Show()
}

// print renders the open report as PDF to a temporary file and hands it to the system to print
// (printWithSystem: Windows's print verb, elsewhere the viewer's print dialog).
func (w *window) print() {
	if w.view == nil {
		return
	}
	f, ok := export.Lookup("pdf")
	if !ok {
		w.showError(lang.L("这个版本还不能生成 PDF，请先导出为 Word 文件再打印。"))
		return
	}
	r := w.view.doc.r.Clone()
	w.showBusy(lang.L("正在生成打印文件…"))
	w.sched.background(func() {
		path, err := writeTemp(f, r)
		if err == nil {
			err = printWithSystem(path)
		}
		w.sched.ui(func() {
			w.hideBusy()
			if err != nil {
				w.showError(lang.L("无法打印：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			}
		})
	})
}

// writeTemp writes r in format f to a new file in the temporary directory.
func writeTemp(f export.Format, r *report.Report) (string, error) {
	tmp, err := os.CreateTemp("", "nianbao-*"+f.Ext)
	if err != nil {
		return "", err
	}
	bw := bufio.NewWriter(tmp)
	err = f.Write(bw, r)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}
