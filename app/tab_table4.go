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

// table4Tab is 四、政府信息公开行政复议、行政诉讼情况: its three groups (行政复议; 行政诉讼 split into
// 未经复议直接起诉 and 复议后起诉) as labelled rows of the five result columns, and the sentence
// that states them for the narrative.
func (v *reportView) table4Tab() *sectionForm {
	t, _ := schema.TableByKey("t4")
	b := &t.Blocks[0]
	idx := blockIndexes(t, b)
	g := v.newBlockGrid(idx, table4Spec(b, func(r int) []widgets.GridCell { return v.bodyCells(idx[r]) }))

	insert := widget.NewButton(lang.L("插入数据摘要"), func() {
		v.insertSummary("s1.request", summary.ReviewSentence(v.doc.r))
	})
	note := widget.NewLabel(lang.L("「插入数据摘要」把本表的数字写成标准语句，放入 一（二）依申请公开。"))
	note.Wrapping = fyne.TextWrapWord
	top := v.tableTop(t, insert)
	return &sectionForm{
		content:    container.NewBorder(top, note, nil, nil, g),
		focusFirst: func() { g.FocusCell(0, 0) },
	}
}

// table4Spec lays out table 4: the result columns as the header, one row per group, with
// 行政诉讼 spanning its two groups.
func table4Spec(b *schema.Block, cells func(row int) []widgets.GridCell) widgets.GridSpec {
	var header []widgets.HeaderCell
	for _, col := range b.Columns {
		header = append(header, widgets.HeaderCell{Text: col.Label})
	}
	spec := widgets.GridSpec{
		HeaderRows: [][]widgets.HeaderCell{header},
		LabelCols:  2,
		Columns:    len(b.Columns),
	}
	for r, row := range b.Rows {
		var labels []widgets.HeaderCell
		if row.Super != "" && (r == 0 || b.Rows[r-1].Super != row.Super) {
			labels = append(labels, widgets.HeaderCell{Text: row.Super, Span: runLength(b.Rows[r:], func(x schema.Row) bool { return x.Super == row.Super })})
		}
		labels = append(labels, widgets.HeaderCell{Text: row.Label})
		spec.Rows = append(spec.Rows, widgets.GridRow{Labels: labels, Cells: cells(r)})
	}
	return spec
}
