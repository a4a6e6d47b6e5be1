package app

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/compare"
	"nianbao/data/export/comparexlsx"
	"nianbao/data/schema"
)

// compareActions are the buttons of 年度对比: 导出对比 Excel, and 写入对比说明 into a chosen
// narrative field of the open report.
type compareActions struct {
	tab    *compareTab
	export *widget.Button
	target *widget.Select
	draft  *widget.Button
	note   *widget.Label
}

// compareTargetWidth fits the longest field heading in the target chooser.
const compareTargetWidth = 300

// compareDraftField is where the comparison sentences usually go: 一（二）依申请公开.
const compareDraftField = "s1.request"

func newCompareActions(tab *compareTab) *compareActions {
	a := &compareActions{tab: tab, note: widget.NewLabel("")}
	a.note.Importance = widget.LowImportance
	a.export = widget.NewButtonWithIcon(lang.L("导出对比 Excel"), theme.DocumentSaveIcon(), a.exportExcel)
	var fields []string
	for _, n := range schema.Narratives() {
		fields = append(fields, compareFieldHeading(n))
	}
	a.target = widget.NewSelect(fields, nil)
	n, _ := schema.NarrativeByKey(compareDraftField)
	a.target.SetSelected(compareFieldHeading(n))
	a.draft = widget.NewButtonWithIcon(lang.L("写入对比说明"), theme.ContentAddIcon(), a.confirmDraft)
	a.update()
	return a
}

// objects are the controls in display order.
func (a *compareActions) objects() []fyne.CanvasObject {
	wide := container.NewGridWrap(fyne.NewSize(compareTargetWidth, a.target.MinSize().Height), a.target)
	return []fyne.CanvasObject{a.export, a.draft, widget.NewLabel(lang.L("写入到")), wide, a.note}
}

// compareFieldHeading names a narrative field in the target chooser.
func compareFieldHeading(n schema.Narrative) string {
	s, _ := schema.SectionByKey(n.Section)
	switch {
	case n.Heading != "":
		return n.Heading
	case n.Section == "s1":
		return s.Heading + lang.L("（导语）")
	}
	return s.Heading
}

// targetKey is the narrative key chosen for the draft.
func (a *compareActions) targetKey() string {
	for _, n := range schema.Narratives() {
		if compareFieldHeading(n) == a.target.Selected {
			return n.Key
		}
	}
	return compareDraftField
}

// update enables what the current comparison allows; the draft speaks of 本年度, so it can only
// go into the report of the later year, and only when that report is the one open.
func (a *compareActions) update() {
	cmp := a.tab.cmp
	if cmp == nil || a.tab.trendMode() {
		a.export.Disable()
		a.draft.Disable()
		a.target.Disable()
		a.note.SetText("")
		return
	}
	a.export.Enable()
	if a.opensLaterYear() {
		a.draft.Enable()
		a.target.Enable()
		a.note.SetText("")
		return
	}
	a.draft.Disable()
	a.target.Disable()
	a.note.SetText(lang.L("对比说明只能写入正在编辑的{{.Year}}报告", map[string]any{"Year": ui.YearLabel(cmp.Years[1])}))
}

// opensLaterYear reports whether the later year of the comparison is the report being edited.
func (a *compareActions) opensLaterYear() bool {
	cmp, cur := a.tab.cmp, a.tab.currentReport()
	return cmp != nil && cur != nil && cur.Meta.Agency == cmp.Agency && cur.Meta.Year == cmp.Years[1] &&
		a.tab.env.insertText != nil
}

func (a *compareActions) exportExcel() {
	cmp := a.tab.cmp
	if cmp == nil {
		return
	}
	a.tab.env.saveFile(comparexlsx.FileName(cmp), func(w io.Writer) error { return comparexlsx.Write(w, cmp) })
}

// confirmDraft shows the drafted sentences and where they go, and writes them when confirmed.
func (a *compareActions) confirmDraft() {
	if !a.opensLaterYear() {
		return
	}
	text := compare.Draft(a.tab.cmp)
	a.tab.env.confirm(lang.L("写入对比说明"),
		lang.L("以下文字将添加到“{{.Field}}”末尾，写入后可再修改：\n\n{{.Text}}", map[string]any{"Field": a.target.Selected, "Text": text}),
		a.writeDraft)
}

// writeDraft adds the drafted comparison sentences to the chosen field of the open report.
func (a *compareActions) writeDraft() {
	if !a.opensLaterYear() {
		return
	}
	a.tab.env.insertText(a.targetKey(), compare.Draft(a.tab.cmp))
}
