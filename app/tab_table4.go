package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/schema"
	"nianbao/data/summary"
	"nianbao/widgets"
)

// table4Tab is 四、政府信息公开行政复议、行政诉讼情况 as the form prints it: one row of 15 cells
// under 行政复议 and 行政诉讼 (split into 未经复议直接起诉 and 复议后起诉), so that a row copied
// from a spreadsheet pastes as it was copied; and the sentence that states them for the narrative.
func (v *reportView) table4Tab() *sectionForm {
	t, _ := schema.TableByKey("t4")
	b := &t.Blocks[0]
	var row []int
	for _, groupCells := range blockIndexes(t, b) {
		row = append(row, groupCells...)
	}
	idx := [][]int{row}
	g := v.newBlockGrid(idx, table4Spec(b, v.bodyCells(row)))

	insert := widget.NewButton(lang.L("插入数据摘要"), func() {
		v.insertSummary("s1.request", summary.ReviewSentence(v.doc.r))
	})
	note := widget.NewLabel(lang.L("「插入数据摘要」把本表的数字写成标准语句，放入 一（二）依申请公开。"))
	note.Wrapping = fyne.TextWrapWord
	top := v.tableTop(t, insert)
	return &sectionForm{
		content:    container.NewBorder(top, note, nil, nil, container.NewVBox(container.New(&naturalGridLayout{grid: g}, g))),
		focusFirst: func() { g.FocusCell(0, 0) },
	}
}

// table4Spec lays out table 4 like the printed form and the PDF export: the schema's groups side
// by side, each over its five result columns. A group without a Super (行政复议) heads its columns
// over two header rows; the groups of one Super (行政诉讼) share a heading over them all, with the
// group's own label (未经复议直接起诉, 复议后起诉) between.
func table4Spec(b *schema.Block, cells []widgets.GridCell) widgets.GridSpec {
	var top, mid, low []widgets.HeaderCell
	n := len(b.Columns)
	for gi, grp := range b.Rows {
		if grp.Super == "" {
			top = append(top, widgets.HeaderCell{Text: grp.Label, Span: n})
			for _, col := range b.Columns {
				mid = append(mid, widgets.HeaderCell{Text: col.Label})
				low = append(low, widgets.HeaderCell{}) // continues the label above
			}
			continue
		}
		if gi == 0 || b.Rows[gi-1].Super != grp.Super {
			run := runLength(b.Rows[gi:], func(x schema.Row) bool { return x.Super == grp.Super })
			top = append(top, widgets.HeaderCell{Text: grp.Super, Span: n * run})
		}
		mid = append(mid, widgets.HeaderCell{Text: grp.Label, Span: n})
		for _, col := range b.Columns {
			low = append(low, widgets.HeaderCell{Text: col.Label})
		}
	}
	return widgets.GridSpec{
		HeaderRows: [][]widgets.HeaderCell{top, mid, low},
		Columns:    n * len(b.Rows),
		Rows:       []widgets.GridRow{{Cells: cells}},
	}
}
