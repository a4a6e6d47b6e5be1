package comparetab

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

// actionBar are the buttons of 年度对比: 导出对比 Excel, and 写入对比说明 into a chosen
// narrative field of the open report.
type actionBar struct {
	tab    *Tab
	export *widget.Button
	target *widget.Select
	draft  *widget.Button
	note   *widget.Label
}

// targetWidth fits the longest field heading in the target chooser.
const targetWidth = 300

// draftField is where the comparison sentences usually go: 一（二）依申请公开.
const draftField = "s1.request"

func newActionBar(tab *Tab) *actionBar {
	a := &actionBar{tab: tab, note: widget.NewLabel("")}
	a.note.Importance = widget.LowImportance
	a.export = widget.NewButtonWithIcon(lang.L("导出对比 Excel"), theme.DocumentSaveIcon(), a.exportExcel)
	var fields []string
	for _, n := range schema.Narratives() {
		fields = append(fields, fieldHeading(n))
	}
	a.target = widget.NewSelect(fields, nil)
	n, _ := schema.NarrativeByKey(draftField)
	a.target.SetSelected(fieldHeading(n))
	a.draft = widget.NewButtonWithIcon(lang.L("写入对比说明"), theme.ContentAddIcon(), a.confirmDraft)
	a.update()
	return a
}

// objects are the controls in display order.
func (a *actionBar) objects() []fyne.CanvasObject {
	wide := container.NewGridWrap(fyne.NewSize(targetWidth, a.target.MinSize().Height), a.target)
	return []fyne.CanvasObject{a.export, a.draft, widget.NewLabel(lang.L("写入到")), wide, a.note}
}

// fieldHeading names a narrative field in the target chooser.
func fieldHeading(n schema.Narrative) string {
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
func (a *actionBar) targetKey() string {
	for _, n := range schema.Narratives() {
		if fieldHeading(n) == a.target.Selected {
			return n.Key
		}
	}
	return draftField
}

// update enables what the current comparison allows; the draft speaks of 本年度, so it can only
// go into the report of the later year, and only when that report is the one open.
func (a *actionBar) update() {
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
func (a *actionBar) opensLaterYear() bool {
	cmp, cur := a.tab.cmp, a.tab.currentReport()
	return cmp != nil && cur != nil && cur.Meta.Agency == cmp.Agency && cur.Meta.Year == cmp.Years[1] &&
		a.tab.env.InsertText != nil
}

func (a *actionBar) exportExcel() {
	cmp := a.tab.cmp
	if cmp == nil {
		return
	}
	a.tab.env.SaveFile(comparexlsx.FileName(cmp), func(w io.Writer) error { return comparexlsx.Write(w, cmp) })
}

// confirmDraft shows the drafted sentences and where they go, and writes them when confirmed.
func (a *actionBar) confirmDraft() {
	if !a.opensLaterYear() {
		return
	}
	text := compare.Draft(a.tab.cmp)
	a.tab.env.Confirm(lang.L("写入对比说明"),
		lang.L("以下文字将添加到“{{.Field}}”末尾，写入后可再修改：\n\n{{.Text}}", map[string]any{"Field": a.target.Selected, "Text": text}),
		a.writeDraft)
}

// writeDraft adds the drafted comparison sentences to the chosen field of the open report.
func (a *actionBar) writeDraft() {
	if !a.opensLaterYear() {
		return
	}
	a.tab.env.InsertText(a.targetKey(), compare.Draft(a.tab.cmp))
}
