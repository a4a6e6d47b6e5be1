package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/report"
	"nianbao/data/summary"
	"nianbao/widgets"
)

// basicTab is 基本信息: who reports for which year, the agency's level, whether it is an 人民政府,
// and the opening paragraph before 一、总体情况 (generated from these on request, then edited).
// Agency and year identify the report in the history and are fixed when it is created.
func (v *reportView) basicTab() *sectionForm {
	m := &v.doc.r.Meta
	agency := widget.NewLabel(m.Agency)
	year := widget.NewLabel(ui.YearLabel(m.Year))

	levels := make([]string, len(report.Levels))
	for i, l := range report.Levels {
		levels[i] = string(l)
	}
	level := widget.NewSelect(levels, nil)
	level.PlaceHolder = lang.L("请选择")
	level.SetSelected(string(m.Level))
	due := widget.NewLabel("")
	due.Wrapping = fyne.TextWrapWord
	showDue := func() { due.SetText(v.dueText()) }
	showDue()
	level.OnChanged = func(s string) {
		v.doc.SetMeta(func(m *report.Meta) { m.Level = report.Level(s) })
		showDue()
		v.edited()
	}

	government := widget.NewCheck(lang.L("本机关是人民政府（“监督保障”须写明考核、评议和责任追究情况）"), nil)
	government.SetChecked(m.Government)
	government.OnChanged = func(on bool) {
		v.doc.SetMeta(func(m *report.Meta) { m.Government = on })
		showDue()
		v.edited()
	}

	published := widget.NewEntry()
	published.SetPlaceHolder(lang.L("例如：2026-01-20，未发布的留空"))
	published.SetText(m.Published)
	published.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := report.ParseDate(s)
		return err
	}
	// A date is stored once it reads as one; while it does not, the entry says why and keeps
	// the text, and the stored 发布日期 stays as it was.
	published.OnChanged = func(s string) {
		text := ""
		if strings.TrimSpace(s) != "" {
			d, err := report.ParseDate(s)
			if err != nil {
				return
			}
			text = report.FormatDate(d)
		}
		if text == v.doc.r.Meta.Published {
			return
		}
		v.doc.SetMeta(func(m *report.Meta) { m.Published = text })
		showDue()
		v.edited()
	}
	url := widget.NewEntry()
	url.SetPlaceHolder(lang.L("发布报告的网页地址"))
	url.SetText(m.URL)
	url.OnChanged = func(s string) {
		v.doc.SetMeta(func(m *report.Meta) { m.URL = strings.TrimSpace(s) })
		v.edited()
	}

	region := widget.NewEntry()
	region.SetPlaceHolder(lang.L("例如：河南省洛阳市孟津区"))
	region.SetText(m.Region)
	region.OnChanged = func(s string) {
		v.doc.SetMeta(func(m *report.Meta) { m.Region = s })
		v.edited()
	}

	totals := widget.NewLabel(lang.L("合计由程序自动计算"))
	if !m.AutoTotals {
		totals.SetText(lang.L("合计按导入的原文或汇总所得，可在表格页「重算合计」"))
	}

	opening := widgets.NewMultiLineTextEntry()
	opening.Wrapping = fyne.TextWrapBreak
	opening.OnUndo, opening.OnRedo = v.undo, v.redo
	opening.OnFocusLost = v.doc.sealTyping
	v.opening = opening
	opening.SetMinRowsVisible(8)
	opening.SetPlaceHolder(lang.L("报告正文前的说明：编制依据、统计期限、电子版获取方式、联系方式。可点「按模板生成」。"))
	opening.SetText(m.Opening)
	opening.OnChanged = func(s string) {
		v.doc.SetOpening(s)
		v.edited()
	}
	generate := widget.NewButton(lang.L("按模板生成"), func() {
		text := summary.Opening(v.doc.r.Meta)
		if opening.Text == "" {
			v.writeField(opening, text)
			return
		}
		v.win.confirm(lang.L("按模板生成"), lang.L("用模板替换现有的开头段落？"), lang.L("替换"), func() { v.writeField(opening, text) })
	})

	form := widget.NewForm(
		widget.NewFormItem(lang.L("机关名称"), agency),
		widget.NewFormItem(lang.L("报告年度"), year),
		widget.NewFormItem(lang.L("机关层级"), level),
		widget.NewFormItem("", government),
		widget.NewFormItem(lang.L("所属地区"), region),
		widget.NewFormItem(lang.L("合计"), totals),
		widget.NewFormItem(lang.L("截止日期"), due),
		widget.NewFormItem(lang.L("发布日期"), published),
		widget.NewFormItem(lang.L("发布网址"), url),
	)
	note := widget.NewLabel(lang.L("机关名称和报告年度是报告在库中的标识，新建时确定。"))
	openingHead := container.NewBorder(nil, nil,
		widget.NewLabelWithStyle(lang.L("开头段落"), fyne.TextAlignLeading, ui.Bold), generate)
	// One scrolling page, so that with large text the tab never asks for more height than the
	// screen has.
	page := container.NewVBox(form, note, widget.NewSeparator(), openingHead, opening)
	return &sectionForm{
		content:    container.NewVScroll(page),
		focusFirst: func() { v.win.focus(level) },
	}
}

// dueText says when the open report is due, on what basis, and where it stands today.
func (v *reportView) dueText() string {
	d := v.doc.Deadline()
	late, days := v.doc.env.Lateness(v.doc.r.Meta)
	args := map[string]any{"Due": d.Due.Format("2006-01-02"), "Basis": d.Basis, "State": lateLabel(late, days, v.doc.r.Meta.Published != "")}
	return lang.L("{{.Due}}（{{.Basis}}）· {{.State}}", args)
}

// lateLabel is where a report stands against its due date: 距截止 N 天, 已逾期 N 天, or 按期发布 /
// 逾期 N 天发布 once published.
func lateLabel(late bool, days int, published bool) string {
	n := map[string]any{"Days": days}
	switch {
	case published && late:
		return lang.L("逾期 {{.Days}} 天发布", n)
	case published:
		return lang.L("按期发布")
	case late:
		return lang.L("已逾期 {{.Days}} 天", n)
	}
	return lang.L("距截止 {{.Days}} 天", map[string]any{"Days": -days})
}
