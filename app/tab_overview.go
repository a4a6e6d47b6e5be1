package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/schema"
	"nianbao/data/summary"
)

// overviewTab is 一、总体情况: an optional lead paragraph and the five sub-items, each with its
// official heading and a character count. 一（二）依申请公开 can take the standard sentence
// stating table 3.
func (v *reportView) overviewTab() *sectionForm {
	var fields []fyne.CanvasObject
	var first *narrativeField
	for _, nf := range schema.Narratives() {
		if nf.Section != "s1" {
			continue
		}
		heading := nf.Heading
		if heading == "" {
			heading = lang.L("导语（可不填）")
		}
		n := v.newNarrativeField(nf.Key, heading, 5)
		if first == nil {
			first = n
		}
		var extra []fyne.CanvasObject
		if nf.Key == "s1.request" {
			extra = append(extra, widget.NewButton(lang.L("插入数据摘要"), func() {
				v.insertSummary(nf.Key, summary.RequestSentence(v.doc.r))
			}))
		}
		fields = append(fields, n.block(extra...))
	}
	heading := widget.NewLabelWithStyle(schema.Sections()[0].Heading, 0, ui.Bold)
	return &sectionForm{
		content:    container.NewBorder(heading, nil, nil, nil, container.NewVScroll(container.NewVBox(fields...))),
		focusFirst: func() { v.win.focus(first.entry) },
	}
}
