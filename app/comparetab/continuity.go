package comparetab

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/compare"
	"nianbao/widgets"
)

// continuityList lists the YOY-CARRY and YOY-IN-FORCE findings between the two years with the
// cell to mend in each year; picking one goes to the cell when it is in the open report.
type continuityList struct {
	tab     *Tab
	list    *widgets.FindingsList
	content fyne.CanvasObject
}

func newContinuityList(tab *Tab) *continuityList {
	k := &continuityList{tab: tab, list: widgets.NewFindingsList()}
	k.list.OnSelected = k.chosen
	help := widget.NewLabel(lang.L("本年“上年结转”应等于上年“结转下年度继续办理”；现行有效件数应等于上年现行有效件数加本年制发减本年废止。点击一条问题转到本年报告中的单元格。"))
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	k.content = container.NewBorder(help, nil, nil, nil, k.list)
	return k
}

// set shows the continuity findings of a comparison.
func (k *continuityList) set(cmp *compare.Comparison) {
	switch {
	case cmp == nil:
		k.list.SetEmptyText("")
	case !cmp.Adjacent:
		k.list.SetEmptyText(lang.L("两个年度不相邻，不检查年度衔接。"))
	default:
		k.list.SetEmptyText(lang.L("未发现年度衔接问题。"))
	}
	var items []widgets.FindingItem
	if cmp != nil {
		for _, c := range cmp.Continuity {
			f := c.Finding
			items = append(items, widgets.FindingItem{
				ID: f.ID, Group: continuityGroup(f.Rule), Severity: ui.Severity(f.Severity),
				Text: f.Message, Detail: continuityDetail(c),
			})
		}
	}
	k.list.SetItems(items)
}

func continuityGroup(rule string) string {
	if rule == "YOY-CARRY" {
		return lang.L("上年结转（YOY-CARRY）")
	}
	return lang.L("现行有效件数（YOY-IN-FORCE）")
}

// continuityDetail gives both sides and where to mend: this year's cell, or last year's.
func continuityDetail(c compare.Continuity) string {
	d := ""
	if c.Finding.Expected != nil && c.Finding.Actual != nil {
		d = lang.L("应为 {{.Expected}}，实为 {{.Actual}}；", map[string]any{
			"Expected": c.Finding.Expected.String(), "Actual": c.Finding.Actual.String()})
	}
	return d + lang.L("请核对{{.FixYear}}“{{.Fix}}”，或{{.OtherYear}}“{{.Other}}”", map[string]any{
		"FixYear": ui.YearLabel(c.Fix.Year), "Fix": c.Fix.Label, "OtherYear": ui.YearLabel(c.Against.Year), "Other": c.Against.Label})
}

// chosen goes to the cell of a finding when its year is the open report.
func (k *continuityList) chosen(id string) {
	cmp := k.tab.cmp
	if cmp == nil {
		return
	}
	for _, c := range cmp.Continuity {
		if c.Finding.ID != id {
			continue
		}
		cur := k.tab.currentReport()
		if cur != nil && cur.Meta.Agency == cmp.Agency && cur.Meta.Year == c.Fix.Year && k.tab.env.Reveal != nil {
			k.tab.env.Reveal(c.Finding)
			return
		}
		k.tab.env.ShowInfo(lang.L("这一处在{{.Year}}的报告中，请从首页打开该年度报告后修改。", map[string]any{"Year": ui.YearLabel(c.Fix.Year)}))
		return
	}
}
