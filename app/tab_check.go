package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/widgets"
)

// checkTab is 检查: every finding of the report grouped by section; clicking one goes to its tab
// and cell. It is rebuilt only while it is the visible tab, so typing elsewhere stays fast.
type checkTab struct {
	v       *reportView
	item    *container.TabItem
	list    *widgets.FindingsList
	summary *widget.Label
	items   []widgets.FindingItem // as listed
	stale   bool
}

func newCheckTab(v *reportView) *checkTab {
	c := &checkTab{v: v, list: widgets.NewFindingsList(), summary: widget.NewLabel("")}
	c.summary.Wrapping = fyne.TextWrapWord
	c.list.SetEmptyText(lang.L("未发现问题。"))
	c.list.OnSelected = func(id string) {
		if f, ok := v.findingByID(id); ok {
			v.reveal(f)
		}
	}
	help := widget.NewLabel(lang.L("点击一条问题，转到它所在的表格或栏目。确认无误的警告可在该页下方标为「已核实」。"))
	help.Wrapping = fyne.TextWrapWord
	c.item = container.NewTabItem(lang.L("检查"), container.NewBorder(container.NewVBox(c.summary, help), nil, nil, nil, c.list))
	c.stale = true
	return c
}

// changed notes that the findings changed; the list follows at once when it is on screen.
func (c *checkTab) changed() {
	c.stale = true
	if c.v.tabs != nil && c.v.tabs.Selected() == c.item {
		c.update()
	}
}

// update rebuilds the list if the findings changed since it was last built.
func (c *checkTab) update() {
	if !c.stale {
		return
	}
	c.stale = false
	doc := c.v.doc
	fs := doc.Findings()
	items := make([]widgets.FindingItem, 0, len(fs))
	for i := range fs {
		f := &fs[i]
		items = append(items, widgets.FindingItem{
			ID: f.ID, Group: sectionHeading(f.Section), Severity: ui.Severity(f.Severity),
			Text: f.Message, Detail: findingDetail(f), Verified: doc.Verified(f),
		})
	}
	c.items = items
	c.list.SetItems(items)
	n := doc.Counts()
	c.summary.SetText(lang.L("错误 {{.Errors}} 处，警告 {{.Warnings}} 处，已核实 {{.Verified}} 处，空格 {{.Blanks}} 个；{{.Uncertain}} 项勾稽关系待填写后核对。",
		map[string]any{"Errors": n.Errors, "Warnings": n.Warnings, "Verified": n.Verified, "Blanks": n.Blanks,
			"Uncertain": len(rules.Uncertain(doc.r))}))
}

// findingDetail is the smaller line under a finding: its rule and, for arithmetic, the two sides.
func findingDetail(f *rules.Finding) string {
	if f.Expected != nil && f.Actual != nil {
		return lang.L("{{.Rule}} · 应为 {{.Expected}}，实为 {{.Actual}}", map[string]any{
			"Rule": f.Rule, "Expected": f.Expected.String(), "Actual": f.Actual.String()})
	}
	return f.Rule
}

func sectionHeading(key string) string {
	if s, ok := schema.SectionByKey(key); ok {
		return s.Heading
	}
	return lang.L("基本信息")
}
