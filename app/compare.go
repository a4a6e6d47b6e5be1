package app

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"nianbao/app/comparetab"
	"nianbao/data/report"
	"nianbao/data/rules"
)

// addCompareTab adds 年度对比 as the last tab of the report and refreshes it whenever it is
// selected.
func (v *reportView) addCompareTab() {
	w := v.win
	c := comparetab.New(comparetab.Env{
		Store: w.store, Ctx: w.ctx,
		UI: w.sched.ui, Background: w.sched.background,
		Current: func() *report.Report { return v.doc.r.Clone() },
		InsertText: func(key, text string) {
			if n, ok := v.narratives[key]; ok {
				v.writeField(n.entry, comparetab.Append(n.entry.Text, text))
			}
		},
		Reveal:   func(f rules.Finding) { v.reveal(&f) },
		SaveFile: w.saveXLSX,
		Confirm:  func(title, msg string, ok func()) { w.confirm(title, msg, lang.L("写入"), ok) },
		ShowInfo: w.showInfo,
	})
	v.tabs.Append(c.Item())
	shown := v.tabs.OnSelected
	v.tabs.OnSelected = func(item *container.TabItem) {
		if shown != nil {
			shown(item)
		}
		if item == c.Item() {
			c.Refresh()
		}
	}
}
