package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/schema"
)

// otherTab is 六、其他需要报告的事项, one text field; it is where the 信息处理费 is reported.
func (v *reportView) otherTab() *sectionForm {
	return v.singleNarrativeTab("s6", lang.L("写明本年度信息处理费的收取情况（未收取的写明“本年度未收取信息处理费”），以及政务公开工作要点落实、人大代表建议和政协提案办理结果公开等情况。"))
}

// singleNarrativeTab is a section that is one text field under its heading and a hint.
func (v *reportView) singleNarrativeTab(key, hint string) *sectionForm {
	sec, _ := schema.SectionByKey(key)
	// The entry fills the tab; its minimum stays small so that large text never makes the
	// window taller than the screen.
	n := v.newNarrativeField(key, sec.Heading, 4)
	help := widget.NewLabel(hint)
	help.Wrapping = fyne.TextWrapWord
	return &sectionForm{
		content:    container.NewBorder(nil, help, nil, nil, n.block()),
		focusFirst: func() { v.win.focus(n.entry) },
	}
}
