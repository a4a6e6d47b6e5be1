package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/data/rules"
)

// maxPreviewLines bounds each list of the preview; the report itself holds them all.
const maxPreviewLines = 40

// previewImport shows a report as it was read, before it goes into the history: what it is
// (agency, year, what kind of file, how many cells were read), every cell the reader inferred
// or read under a near label with its note, what it could not read, and the findings. 保存
// calls save; 取消 leaves the history as it was. The inferred cells stay marked in the grid and
// listed in 检查 after saving, until the user confirms each (「已核对」) or types it anew.
func (w *window) previewImport(r *report.Report, exists bool, save func()) {
	findings := w.rulesEnv().Check(r, nil)
	errs, warns, _ := rules.Counts(findings)
	head := widget.NewLabel(lang.L("{{.Title}}\n{{.Kind}}，读到 {{.Cells}}/{{.All}} 个单元格；错误 {{.Errors}} 个，警告 {{.Warnings}} 个。",
		map[string]any{"Title": r.Title(), "Kind": r.Source.Kind, "Cells": report.FilledCells(r), "All": len(r.Cells),
			"Errors": errs, "Warnings": warns}))
	head.Wrapping = fyne.TextWrapBreak
	head.TextStyle.Bold = true
	body := container.NewVBox()
	if exists {
		body.Add(wrapped(lang.L("库中已有「{{.Agency}} {{.Year}}年」的报告。保存将用导入的内容替换它，现有内容保留为历史版本。",
			map[string]any{"Agency": r.Meta.Agency, "Year": strconv.Itoa(r.Meta.Year)}), widget.WarningImportance))
	}
	addList := func(title string, lines []string, imp widget.Importance) {
		if len(lines) == 0 {
			return
		}
		body.Add(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, l := range clipLines(lines, maxPreviewLines) {
			body.Add(wrapped(l, imp))
		}
	}
	var inferred, problems []string
	for _, f := range findings {
		switch {
		case f.Rule == rules.ImportCheck:
			inferred = append(inferred, f.Message)
		case f.Severity == rules.Error:
			problems = append(problems, f.Message)
		}
	}
	addList(lang.L("推断或按近似行名读取的单元格（保存后在表格中标出，请逐一核对）"), inferred, widget.WarningImportance)
	addList(lang.L("导入说明"), r.Source.ImportNotes, widget.MediumImportance)
	addList(lang.L("检查发现的错误"), problems, widget.DangerImportance)
	if len(body.Objects) == 0 {
		body.Add(widget.NewLabel(lang.L("所有单元格都按原文读到，没有导入说明。")))
	}
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(fyne.NewSize(760, 380))
	d := dialog.NewCustomConfirm(lang.L("导入预览：{{.File}}", map[string]any{"File": r.Source.File}), lang.L("保存"), lang.L("取消"),
		container.NewBorder(head, nil, nil, nil, scroll), func(ok bool) {
			if ok {
				save()
			}
		}, w.win)
	d.Show()
}

// wrapped is a label that wraps, of an importance.
func wrapped(text string, imp widget.Importance) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapBreak
	l.Importance = imp
	return l
}
