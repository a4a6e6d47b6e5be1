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
	"nianbao/data/store"
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
}

// askImportFolder lets a reviewer pick a folder, such as the reports their subordinate units sent
// in, and puts every report in it into the history at once.
func (w *window) askImportFolder() {
	d := dialog.NewFolderOpen(func(lu fyne.ListableURI, err error) {
		if err != nil {
			w.showError(err.Error())
			return
		}
		if lu != nil {
			w.importFolder(lu)
		}
	}, w.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// importFolder imports every report file directly in the folder off the UI goroutine, showing
// its progress. A file that cannot be read is listed with the reason and the others are still
// imported. A report the history already holds is replaced, its content kept as a revision, as
// nianbao-cli db import does: asking file by file would defeat a batch.
func (w *window) importFolder(lu fyne.ListableURI) {
	w.closeReport(func() {
		label := widget.NewLabel(lang.L("正在读取文件夹…"))
		bar := widget.NewProgressBar()
		w.hideBusy()
		w.busy = dialog.NewCustomWithoutButtons(lang.L("导入文件夹"), container.NewVBox(label, bar), w.win)
		w.busy.Resize(fyne.NewSize(480, 0))
		w.busy.Show()
		w.sched.background(func() {
			files, err := reportFiles(lu)
			if err != nil {
				w.sched.ui(func() {
					w.hideBusy()
					w.showError(lang.L("无法读取文件夹「{{.Name}}」：{{.Err}}", map[string]any{"Name": lu.Name(), "Err": errtext.Of(err)}))
				})
				return
			}
			var results []folderResult
			for i, u := range files {
				w.sched.ui(func() {
					label.SetText(lang.L("正在导入 {{.Name}}（{{.N}}/{{.Total}}）", map[string]any{
						"Name": u.Name(), "N": strconv.Itoa(i + 1), "Total": strconv.Itoa(len(files))}))
					bar.SetValue(float64(i) / float64(len(files)))
				})
				results = append(results, w.importFolderFile(u))
			}
			w.sched.ui(func() {
				w.hideBusy()
				w.showHistory()
				w.showFolderSummary(lu.Name(), results)
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

// importFolderFile reads and stores one file; it runs off the UI goroutine.
func (w *window) importFolderFile(u fyne.URI) folderResult {
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
	res.agency, res.year, res.notes = r.Meta.Agency, r.Meta.Year, len(r.Source.ImportNotes)
	res.kind, res.cells = r.Source.Kind, report.FilledCells(r)
	res.info, res.outcome, res.err = w.store.Import(w.ctx, r)
	return res
}

// showFolderSummary tells what the folder import did, file by file.
func (w *window) showFolderSummary(folder string, results []folderResult) {
	if len(results) == 0 {
		w.showInfo(lang.L("文件夹「{{.Name}}」中没有可导入的报告文件（{{.Kinds}}）。", map[string]any{"Name": folder, "Kinds": strings.Join(docio.Extensions, "、")}))
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
	d := dialog.NewCustom(lang.L("导入文件夹「{{.Name}}」", map[string]any{"Name": folder}), lang.L("知道了"),
		container.NewBorder(head, nil, nil, nil, scroll), w.win)
	d.Show()
}

// folderResultLine is one file's line in the summary.
func folderResultLine(r folderResult) string {
	if r.err != nil {
		return lang.L("✗ {{.File}}：无法导入（{{.Err}}）", map[string]any{"File": r.file, "Err": errtext.Of(r.err)})
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
