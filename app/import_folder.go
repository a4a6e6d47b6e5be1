package app

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/docio"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
	"nianbao/widgets/filechooser"
)

// folderResult is what importing one file of a folder came to.
type folderResult struct {
	file    string
	agency  string
	year    int
	outcome store.Outcome
	info    store.Info
	notes   int    // import notes: cells not read or inferred
	kind    string // what kind of document the file was
	cells   int    // table cells read from it
	err     error  // the file could not be read or stored

	r        *report.Report // as read, until it is stored
	exists   bool           // the history holds a report of its agency and year
	errors   int            // findings of the report as read, for the preview
	warnings int
}

// askImportFolder lets a reviewer pick a folder, such as the reports their subordinate units sent
// in, and puts every report in it into the history at once.
func (w *window) askImportFolder() {
	opts := filechooser.Options{Title: lang.L("选择存放报告的文件夹"), Folder: w.lastImportFolder()}
	w.files.Folder(opts, onChosen(w, func(path string) { w.importURIs(fileURIs([]string{path})) }))
}

// folderSource names a folder in the messages of a batch import: 「文件夹「来文」」.
func folderSource(name string) string {
	return lang.L("文件夹「{{.Name}}」", map[string]any{"Name": name})
}

// filesSource names files handed over together in the messages of a batch import: 「所选的 3 个文件」.
func filesSource(n int) string {
	return lang.L("所选的 {{.Count}} 个文件", map[string]any{"Count": n})
}

// importFolder imports every report file directly in the folder as one batch.
func (w *window) importFolder(lu fyne.ListableURI) {
	w.importBatch(folderSource(lu.Name()), func() ([]fyne.URI, error) { return reportFiles(lu) })
}

// importBatch reads the files list gives off the UI goroutine, showing its progress, and
// previews what it read, file by file; on 保存 the readable reports go into the history. A file
// that cannot be read is listed with the reason and the others are still imported. A report the
// history already holds is replaced, its content kept as a revision, as nianbao-cli db import
// does: asking file by file would defeat a batch, so the preview says which will be replaced.
// source names the batch in its messages (folderSource, filesSource).
func (w *window) importBatch(source string, list func() ([]fyne.URI, error)) {
	w.closeReport(func() {
		label := widget.NewLabel(lang.L("正在读取文件…"))
		bar := widget.NewProgressBar()
		w.hideBusy()
		w.busy = dialog.NewCustomWithoutButtons(lang.L("导入{{.Source}}", map[string]any{"Source": source}), container.NewVBox(label, bar), w.win)
		w.busy.Resize(fyne.NewSize(480, 0))
		w.busy.Show()
		w.sched.background(func() {
			files, err := list()
			if err != nil {
				w.sched.ui(func() {
					w.hideBusy()
					w.showError(lang.L("无法读取{{.Source}}：{{.Err}}", map[string]any{"Source": source, "Err": errtext.Of(err)}))
				})
				return
			}
			var results []folderResult
			for i, u := range files {
				w.sched.ui(func() {
					label.SetText(lang.L("正在读取 {{.Name}}（{{.N}}/{{.Total}}）", map[string]any{
						"Name": u.Name(), "N": strconv.Itoa(i + 1), "Total": strconv.Itoa(len(files))}))
					bar.SetValue(float64(i) / float64(len(files)))
				})
				results = append(results, w.readFolderFile(u))
			}
			w.sched.ui(func() {
				w.hideBusy()
				w.showHistory()
				w.previewBatch(source, results)
			})
		})
	})
}

// reportFiles lists the files directly in the folder that 导入 reads, by name.
func reportFiles(lu fyne.ListableURI) ([]fyne.URI, error) {
	all, err := lu.List()
	if err != nil {
		return nil, err
	}
	var files []fyne.URI
	for _, u := range all {
		if folder, _ := storage.CanList(u); !folder && docio.ReportFile(u.Name()) {
			files = append(files, u)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name() < files[j].Name() })
	return files, nil
}

// readFolderFile reads one file and judges it as it would be stored; it runs off the UI
// goroutine.
func (w *window) readFolderFile(u fyne.URI) folderResult {
	res := folderResult{file: u.Name()}
	rc, err := storage.Reader(u)
	if err != nil {
		res.err = err
		return res
	}
	r, err := docio.Decode(rc, u.Name())
	rc.Close()
	if err != nil {
		res.err = err
		return res
	}
	res.r = r
	res.agency, res.year, res.notes = r.Meta.Agency, r.Meta.Year, len(r.Source.ImportNotes)
	res.kind, res.cells = r.Source.Kind, report.FilledCells(r)
	_, _, lerr := w.store.Load(w.ctx, r.Meta.Agency, r.Meta.Year)
	res.exists = lerr == nil
	res.errors, res.warnings, _ = rules.Counts(w.rulesEnv().Check(r, nil))
	return res
}

// previewBatch shows what was read from each file of a batch before anything is stored:
// 保存 stores the readable reports, 取消 stores none.
func (w *window) previewBatch(source string, results []folderResult) {
	if len(results) == 0 {
		w.showBatchSummary(source, nil)
		return
	}
	readable, replaced := 0, 0
	lines := container.NewVBox()
	for _, r := range results {
		imp := widget.DangerImportance
		if r.err == nil {
			readable++
			if r.exists {
				replaced++
			}
			imp = widget.MediumImportance
		}
		lines.Add(wrapped(folderPreviewLine(r), imp))
	}
	head := wrapped(lang.L("共 {{.Files}} 个文件：可导入 {{.Readable}} 份（其中 {{.Replaced}} 份将替换库中同一机关同一年度的报告，原内容保留为历史版本），无法读取 {{.Failed}} 个。",
		map[string]any{"Files": len(results), "Readable": readable, "Replaced": replaced, "Failed": len(results) - readable}), widget.MediumImportance)
	head.TextStyle.Bold = true
	scroll := container.NewVScroll(lines)
	scroll.SetMinSize(fyne.NewSize(760, 360))
	d := dialog.NewCustomConfirm(lang.L("导入预览：{{.Source}}", map[string]any{"Source": source}), lang.L("保存"), lang.L("取消"),
		container.NewBorder(head, nil, nil, nil, scroll), func(ok bool) {
			if ok {
				w.storeBatch(source, results)
			}
		}, w.win)
	if readable == 0 {
		d.SetConfirmText(lang.L("知道了"))
	}
	d.Show()
}

// folderPreviewLine is one file's line in the preview.
func folderPreviewLine(r folderResult) string {
	if r.err != nil {
		return lang.L("✕ {{.File}}：无法导入（{{.Err}}）", map[string]any{"File": r.file, "Err": errtext.Of(r.err)})
	}
	what := lang.L("将新增")
	if r.exists {
		what = lang.L("将替换")
	}
	line := lang.L("✓ {{.File}}（{{.Kind}}，读到 {{.Cells}} 个单元格）→ {{.Agency}} {{.Year}}：{{.What}}，错误 {{.Errors}} 个，警告 {{.Warnings}} 个", map[string]any{
		"File": r.file, "Kind": r.kind, "Cells": r.cells, "Agency": r.agency, "Year": ui.YearLabel(r.year), "What": what,
		"Errors": r.errors, "Warnings": r.warnings})
	if n := len(r.r.Source.CellNotes); n > 0 {
		line += lang.L("；{{.Count}} 个单元格为推断，保存后在表格中标出", map[string]any{"Count": n})
	}
	if r.notes > 0 {
		line += lang.L("；导入说明 {{.Count}} 条，请打开报告核对", map[string]any{"Count": r.notes})
	}
	return line
}

// storeBatch stores the readable reports of a previewed batch off the UI goroutine and tells
// what it did.
func (w *window) storeBatch(source string, results []folderResult) {
	w.showBusy(lang.L("正在导入{{.Source}}…", map[string]any{"Source": source}))
	w.sched.background(func() {
		for i := range results {
			if r := &results[i]; r.err == nil {
				r.info, r.outcome, r.err = w.store.Import(w.ctx, r.r)
			}
		}
		w.sched.ui(func() {
			w.hideBusy()
			w.showHistory()
			w.showBatchSummary(source, results)
		})
	})
}

// showBatchSummary tells what the batch import did, file by file.
func (w *window) showBatchSummary(source string, results []folderResult) {
	if len(results) == 0 {
		w.showInfo(lang.L("{{.Source}}中没有可导入的报告文件（{{.Kinds}}）。", map[string]any{"Source": source, "Kinds": strings.Join(docio.Extensions, "、")}))
		return
	}
	counts := map[store.Outcome]int{}
	failed := 0
	lines := container.NewVBox()
	for _, r := range results {
		if r.err != nil {
			failed++
		} else {
			counts[r.outcome]++
		}
		l := widget.NewLabel(folderResultLine(r))
		l.Wrapping = fyne.TextWrapBreak
		if r.err != nil {
			l.Importance = widget.DangerImportance
		}
		lines.Add(l)
	}
	head := widget.NewLabel(lang.L("共 {{.Files}} 个文件：新增 {{.Added}} 份，替换 {{.Replaced}} 份，未变 {{.Unchanged}} 份，无法导入 {{.Failed}} 个。被替换的报告，原内容保留在它的历史版本中。",
		map[string]any{"Files": len(results), "Added": counts[store.Added], "Replaced": counts[store.Replaced],
			"Unchanged": counts[store.Unchanged], "Failed": failed}))
	head.Wrapping = fyne.TextWrapBreak
	scroll := container.NewVScroll(lines)
	scroll.SetMinSize(fyne.NewSize(720, 320))
	d := dialog.NewCustom(lang.L("导入{{.Source}}", map[string]any{"Source": source}), lang.L("知道了"),
		container.NewBorder(head, nil, nil, nil, scroll), w.win)
	d.Show()
}

// folderResultLine is one file's line in the summary.
func folderResultLine(r folderResult) string {
	if r.err != nil {
		return lang.L("✕ {{.File}}：无法导入（{{.Err}}）", map[string]any{"File": r.file, "Err": errtext.Of(r.err)})
	}
	what := map[store.Outcome]string{store.Added: lang.L("新增"), store.Replaced: lang.L("已替换"), store.Unchanged: lang.L("未变")}[r.outcome]
	line := lang.L("✓ {{.File}}（{{.Kind}}，读到 {{.Cells}} 个单元格）→ {{.Agency}} {{.Year}}：{{.What}}，错误 {{.Errors}} 个，警告 {{.Warnings}} 个", map[string]any{
		"File": r.file, "Kind": r.kind, "Cells": r.cells, "Agency": r.agency, "Year": ui.YearLabel(r.year), "What": what,
		"Errors": r.info.Errors, "Warnings": r.info.Warnings})
	if r.notes > 0 {
		line += lang.L("；导入说明 {{.Count}} 条，请打开报告核对", map[string]any{"Count": r.notes})
	}
	return line
}
