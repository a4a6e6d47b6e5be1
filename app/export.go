package app

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	dockind "nianbao/data/document"
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
	question := func(n int) string {
		return lang.L("报告还有 {{.Count}} 处错误（见「检查」页）。仍要导出吗？", map[string]any{"Count": n})
	}
	w.askIfErrors(r, lang.L("导出"), question, lang.L("仍然导出"), func() { w.chooseExportFile(f, r) })
}

// askIfErrors runs then at once when the open report has no errors, else after the user agreed
// to go on; question says the count of errors. A cell whose text is no value is named, since
// it would leave the app as typed.
func (w *window) askIfErrors(r *report.Report, title string, question func(errors int) string, goOn string, then func()) {
	n := w.view.doc.Counts().Errors
	if n == 0 {
		then()
		return
	}
	msg := question(n)
	if invalid := rules.InvalidCells(r); len(invalid) > 0 {
		msg = invalidExportWarning(invalid) + "\n\n" + msg
	}
	w.confirm(title, msg, goOn, then)
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
	w.chooseSaveFile(export.FileName(r, f), dockind.KindNamed(f.Name), func(wc fyne.URIWriteCloser) { w.writeExport(f, r, wc) })
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

// print renders the open report as PDF to a temporary file and hands it to whatever prints here
// (planPrint: Windows's print verb, the desktop's PDF viewer, or lp with a printer chooser), and
// says what happened; when nothing can, the PDF is kept in the 文档 folder and its path given.
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
	question := func(n int) string {
		return lang.L("报告还有 {{.Count}} 处错误（见「检查」页）。仍要打印吗？", map[string]any{"Count": n})
	}
	w.askIfErrors(r, lang.L("打印"), question, lang.L("仍然打印"), func() { w.printReport(f, r) })
}

// printReport writes r as a PDF and hands it to the way this machine prints.
func (w *window) printReport(f export.Format, r *report.Report) {
	name := export.FileName(r, f)
	env := w.printEnv
	w.showBusy(lang.L("正在生成打印文件…"))
	w.sched.background(func() {
		path, err := writeTemp(f, r)
		if err != nil {
			w.sched.ui(func() {
				w.hideBusy()
				w.showError(lang.L("无法生成打印文件：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			})
			return
		}
		plan, cause := startPrint(env, planPrint(env), path)
		kept := path
		if plan.way == printNowhere {
			if k, err := keepPrintCopy(path, env.documents(), name); err == nil {
				kept = k
			}
		}
		w.sched.ui(func() {
			w.hideBusy()
			switch plan.way {
			case printShell:
				w.showInfo(lang.L("已把报告交给 Windows 打印。如果打开的是 PDF 阅读器，请在阅读器中点「打印」。"))
			case printViewer:
				w.showInfo(lang.L("已在 PDF 阅读器中打开报告，请在阅读器中点「打印」选择打印机。"))
			case printLp:
				w.choosePrinter(env, plan, path, name)
			default:
				w.cannotPrint(kept, cause)
			}
		})
	})
}

// choosePrinter asks which of lp's printers to use (the system default chosen), then prints.
func (w *window) choosePrinter(env printEnv, plan printPlan, path, name string) {
	sel := widget.NewSelect(plan.printers, nil)
	if slices.Contains(plan.printers, plan.defaultPrinter) {
		sel.SetSelected(plan.defaultPrinter)
	} else {
		sel.SetSelectedIndex(0)
	}
	form := widget.NewForm(widget.NewFormItem(lang.L("打印机"), sel))
	d := dialog.NewCustomConfirm(lang.L("打印"), lang.L("打印"), lang.L("取消"), form, func(ok bool) {
		if !ok {
			os.Remove(path)
			return
		}
		w.lpPrint(env, sel.Selected, path, name)
	}, w.win)
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
}

// lpPrint sends the PDF to printer off the UI goroutine. lp has spooled a copy when it returns,
// so the temporary file goes at once; when the printer refuses, the PDF is kept for the user.
func (w *window) lpPrint(env printEnv, printer, path, name string) {
	w.showBusy(lang.L("正在发送到打印机…"))
	w.sched.background(func() {
		job, err := lpPrint(env, printer, path)
		kept := ""
		if err == nil {
			os.Remove(path)
		} else if kept, _ = keepPrintCopy(path, env.documents(), name); kept == "" {
			kept = path
		}
		w.sched.ui(func() {
			w.hideBusy()
			if err != nil {
				w.showError(lang.L("打印机「{{.Printer}}」没有接受打印任务：{{.Err}}\n打印文件已保存到：\n{{.Path}}",
					map[string]any{"Printer": printer, "Err": errtext.Of(err), "Path": kept}))
				return
			}
			w.showInfo(lang.L("已发送到打印机「{{.Printer}}」（任务 {{.Job}}）。", map[string]any{"Printer": printer, "Job": job}))
		})
	})
}

// cannotPrint says that nothing here prints or opens a PDF, where the PDF was kept and how to
// print it, and why the program that was tried failed, if one was.
func (w *window) cannotPrint(path string, cause error) {
	msg := lang.L("这台电脑上没有能打印或打开 PDF 的程序，也没有可用的打印机。\n报告已保存为 PDF：\n{{.Path}}\n请用 PDF 阅读器打开它后打印，或复制到能打印的电脑上打印。", map[string]any{"Path": path})
	if cause != nil {
		msg += "\n\n" + lang.L("打开 PDF 失败：{{.Err}}", map[string]any{"Err": errtext.Of(cause)})
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustomConfirm(lang.L("无法打印"), lang.L("打开所在文件夹"), lang.L("关闭"), label, func(open bool) {
		if open {
			if err := openWithSystem(filepath.Dir(path)); err != nil {
				w.showError(lang.L("无法打开文件夹：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			}
		}
	}, w.win)
	d.Resize(fyne.NewSize(560, 280))
	d.Show()
}

// writeTemp writes r in format f to a new file in printTempDir, which cleanPrintTemp empties.
func writeTemp(f export.Format, r *report.Report) (string, error) {
	dir := printTempDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "nianbao-*"+f.Ext)
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
