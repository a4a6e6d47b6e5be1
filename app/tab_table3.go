package app

import (
	"fyne.io/fyne/v2/container"

	"nianbao/data/schema"
	"nianbao/widgets"
)

// table3Tab is 三、收到和处理政府信息公开申请情况: the 25 × 7 grid of table 3 as the official form
// lays it out, with its group labels and its three-level column header.
func (v *reportView) table3Tab() *sectionForm {
	t, _ := schema.TableByKey("t3")
	b := &t.Blocks[0]
	idx := blockIndexes(t, b)
	g := v.newBlockGrid(idx, table3Spec(t, b, func(r int) []widgets.GridCell { return v.bodyCells(idx[r]) }))
	top := v.tableTop(t)
	return &sectionForm{
		content:    container.NewBorder(top, nil, nil, nil, g),
		focusFirst: func() { g.FocusCell(0, 0) },
	}
}

// table3Spec lays out table 3 from the schema: the note in the corner; 申请人情况 over all seven
// columns, then 自然人 | 法人或其他组织 (over its five) | 总计; row labels in up to three columns,
// the first-level group (三、本年度办理结果) and second-level groups ((三)不予公开 …) spanning
// their rows.
func table3Spec(t *schema.Table, b *schema.Block, cells func(row int) []widgets.GridCell) widgets.GridSpec {
	var groups, leaves []widgets.HeaderCell
	for i := 0; i < len(b.Columns); i++ {
		col := b.Columns[i]
		if col.Group == "" {
			groups = append(groups, widgets.HeaderCell{Text: col.Label})
			leaves = append(leaves, widgets.HeaderCell{}) // continues the label above
			continue
		}
		span := 1
		for i+span < len(b.Columns) && b.Columns[i+span].Group == col.Group {
			span++
		}
		groups = append(groups, widgets.HeaderCell{Text: col.Group, Span: span})
		for _, c := range b.Columns[i : i+span] {
			leaves = append(leaves, widgets.HeaderCell{Text: c.Label})
		}
		i += span - 1
	}
	spec := widgets.GridSpec{
		Corner: t.Note,
		HeaderRows: [][]widgets.HeaderCell{
			{{Text: schema.Applicants, Span: len(b.Columns)}},
			groups,
			leaves,
		},
		LabelCols: 3,
		Columns:   len(b.Columns),
	}
	for r, row := range b.Rows {
		var labels []widgets.HeaderCell
		if row.Group != "" && (r == 0 || b.Rows[r-1].Group != row.Group) {
			labels = append(labels, widgets.HeaderCell{Text: row.Group, Span: runLength(b.Rows[r:], func(x schema.Row) bool { return x.Group == row.Group })})
		}
		if row.Sub != "" && (r == 0 || b.Rows[r-1].Sub != row.Sub) {
			labels = append(labels, widgets.HeaderCell{Text: row.Sub, Span: runLength(b.Rows[r:], func(x schema.Row) bool { return x.Sub == row.Sub })})
		}
		labels = append(labels, widgets.HeaderCell{Text: row.Label})
		spec.Rows = append(spec.Rows, widgets.GridRow{Labels: labels, Cells: cells(r)})
	}
	return spec
}

// runLength counts the rows from the first that satisfy same.
func runLength(rows []schema.Row, same func(schema.Row) bool) int {
	n := 0
	for n < len(rows) && same(rows[n]) {
		n++
	}
	return n
}
