package layout

import (
	"nianbao/data/report"
	"nianbao/data/schema"
)

// Type of the tables: 五号 for table 2; 小五 for the wide tables 3 and 4, which must fit 156 mm.
const (
	tableSizeWide   = 9.0
	tableSizeNarrow = 10.5
)

// BuildGrid lays out one of tables 2–4 in its official shape with the report's values.
func BuildGrid(t *schema.Table, r *report.Report) *Grid {
	switch {
	case len(t.Blocks) > 1:
		return blockGrid(t, r)
	case t.Note != "":
		return applicationGrid(t, r)
	default:
		return sideBySideGrid(t, r)
	}
}

// blockGrid is table 2: each 第二十条 block is a heading row spanning the table, a 信息内容 header
// row and its data rows; a block with fewer columns lets its last column span the rest. The table
// is short and read block by block, so it is kept on one page.
func blockGrid(t *schema.Table, r *report.Report) *Grid {
	width := 0
	for _, b := range t.Blocks {
		width = max(width, len(b.Columns))
	}
	total := 1 + width
	g := &Grid{Key: t.Key, Widths: equalWidths(total), FontSize: tableSizeNarrow, LineHeight: 14, MinRowHeight: 24}
	for bi := range t.Blocks {
		b := &t.Blocks[bi]
		spans := make([]int, len(b.Columns))
		for i := range spans {
			spans[i] = 1
		}
		spans[len(spans)-1] = width - len(b.Columns) + 1
		g.Rows = append(g.Rows, Row{KeepWithNext: true, Cells: []Cell{cell(0, total, 1, b.Heading, Header)}})
		head := Row{KeepWithNext: true, Cells: []Cell{cell(0, 1, 1, schema.InfoContent, Header)}}
		for ci, col := 1, 0; col < len(b.Columns); col++ {
			head.Cells = append(head.Cells, cell(ci, spans[col], 1, b.Columns[col].Label, Header))
			ci += spans[col]
		}
		g.Rows = append(g.Rows, head)
		for ri := range b.Rows {
			row := Row{KeepWithNext: true, Cells: []Cell{cell(0, 1, 1, b.Rows[ri].Label, RowLabel)}}
			for ci, col := 1, 0; col < len(b.Columns); col++ {
				row.Cells = append(row.Cells, valueCell(t, &b.Rows[ri], &b.Columns[col], ci, spans[col], r))
				ci += spans[col]
			}
			g.Rows = append(g.Rows, row)
		}
	}
	g.Rows[len(g.Rows)-1].KeepWithNext = false
	return g
}

// applicationGrid is table 3: the note over three header rows beside 申请人情况, the applicant
// columns with their 法人或其他组织 group, and row labels nested in up to three columns — the
// row-spanning result group, the （三）–（六） sub-groups and the row label itself.
func applicationGrid(t *schema.Table, r *report.Report) *Grid {
	b := &t.Blocks[0]
	hasGroup, hasSub := false, false
	for _, row := range b.Rows {
		hasGroup = hasGroup || row.Group != ""
		hasSub = hasSub || row.Sub != ""
	}
	labels := 1 + btoi(hasGroup) + btoi(hasSub)
	g := &Grid{Key: t.Key, FontSize: tableSizeWide, LineHeight: 11.5, MinRowHeight: 18}
	g.Widths = applicationWidths(labels, len(b.Columns))

	top := Row{Header: true, Cells: []Cell{cell(0, labels, 3, t.Note, Header), cell(labels, len(b.Columns), 1, schema.Applicants, Header)}}
	mid, low := Row{Header: true}, Row{Header: true}
	for i := 0; i < len(b.Columns); {
		c := &b.Columns[i]
		if c.Group == "" {
			mid.Cells = append(mid.Cells, cell(labels+i, 1, 2, c.Label, Header))
			i++
			continue
		}
		n := 0
		for i+n < len(b.Columns) && b.Columns[i+n].Group == c.Group {
			low.Cells = append(low.Cells, cell(labels+i+n, 1, 1, b.Columns[i+n].Label, Header))
			n++
		}
		mid.Cells = append(mid.Cells, cell(labels+i, n, 1, c.Group, Header))
		i += n
	}
	g.Rows = append(g.Rows, top, mid, low)

	for ri := range b.Rows {
		row := &b.Rows[ri]
		var cells []Cell
		col := 0
		if row.Group != "" {
			if ri == 0 || b.Rows[ri-1].Group != row.Group {
				cells = append(cells, cell(0, 1, runLength(b.Rows[ri:], func(x *schema.Row) bool { return x.Group == row.Group }), row.Group, GroupLabel))
			}
			col = 1
			if row.Sub != "" {
				if ri == 0 || b.Rows[ri-1].Sub != row.Sub {
					cells = append(cells, cell(1, 1, runLength(b.Rows[ri:], func(x *schema.Row) bool { return x.Sub == row.Sub }), row.Sub, GroupLabel))
				}
				col = 2
			}
		}
		cells = append(cells, cell(col, labels-col, 1, row.Label, RowLabel))
		for ci := range b.Columns {
			cells = append(cells, valueCell(t, row, &b.Columns[ci], labels+ci, 1, r))
		}
		// A sub-group (（三）不予公开 …) is short: keep it on one page so its label is not torn.
		keep := row.Sub != "" && ri+1 < len(b.Rows) && b.Rows[ri+1].Sub == row.Sub
		g.Rows = append(g.Rows, Row{Cells: cells, KeepWithNext: keep})
	}
	// A long group (三、本年度办理结果) may break across pages, but not so that a sliver of it
	// is left alone with a torn label: its first two rows and its last two stay together.
	for r := range g.Rows {
		for _, c := range g.Rows[r].Cells {
			if c.RowSpan > 2 {
				g.Rows[r].KeepWithNext = true
				g.Rows[r+1].KeepWithNext = true
				g.Rows[r+c.RowSpan-2].KeepWithNext = true
			}
		}
	}
	return g
}

// sideBySideGrid is table 4: its "rows" are groups of result columns laid side by side under
// 行政复议 and 行政诉讼 (split into 未经复议直接起诉 and 复议后起诉), with one row of values.
func sideBySideGrid(t *schema.Table, r *report.Report) *Grid {
	b := &t.Blocks[0]
	n := len(b.Columns)
	g := &Grid{Key: t.Key, Widths: equalWidths(n * len(b.Rows)), FontSize: tableSizeWide, LineHeight: 11.5, MinRowHeight: 18}
	top, mid, low := Row{Header: true, KeepWithNext: true}, Row{Header: true, KeepWithNext: true}, Row{Header: true, KeepWithNext: true}
	values := Row{}
	for gi := range b.Rows {
		grp := &b.Rows[gi]
		at := gi * n
		switch {
		case grp.Super == "":
			top.Cells = append(top.Cells, cell(at, n, 1, grp.Label, Header))
			for ci := range b.Columns {
				mid.Cells = append(mid.Cells, cell(at+ci, 1, 2, b.Columns[ci].Label, Header))
			}
		default:
			if gi == 0 || b.Rows[gi-1].Super != grp.Super {
				run := runLength(b.Rows[gi:], func(x *schema.Row) bool { return x.Super == grp.Super })
				top.Cells = append(top.Cells, cell(at, n*run, 1, grp.Super, Header))
			}
			mid.Cells = append(mid.Cells, cell(at, n, 1, grp.Label, Header))
			for ci := range b.Columns {
				low.Cells = append(low.Cells, cell(at+ci, 1, 1, b.Columns[ci].Label, Header))
			}
		}
		for ci := range b.Columns {
			values.Cells = append(values.Cells, valueCell(t, grp, &b.Columns[ci], at+ci, 1, r))
		}
	}
	g.Rows = append(g.Rows, top, mid, low, values)
	return g
}

func cell(col, colSpan, rowSpan int, text string, role Role) Cell {
	return Cell{Col: col, ColSpan: colSpan, RowSpan: rowSpan, Text: text, Role: role}
}

func valueCell(t *schema.Table, row *schema.Row, col *schema.Column, at, span int, r *report.Report) Cell {
	key := schema.CellKey(t.Key, row.Key, col.Key)
	c := cell(at, span, 1, r.Cells[schema.MustIndex(key)].String(), Value)
	c.Key = key
	return c
}

// runLength counts the leading rows that satisfy same.
func runLength(rows []schema.Row, same func(*schema.Row) bool) int {
	n := 0
	for n < len(rows) && same(&rows[n]) {
		n++
	}
	return n
}

func equalWidths(n int) []float64 {
	w := make([]float64, n)
	for i := range w {
		w[i] = TextWidthMM / float64(n)
	}
	return w
}

// applicationWidths gives table 3's value columns room for six digits and a header label of
// three characters a line at 小五; the outer label columns take a two-character group label and a
// four-character sub-group label a line, and the row labels take the rest (13 characters a line).
func applicationWidths(labels, values int) []float64 {
	const valueWidth = 12.8
	outer := []float64{8, 15.5}[:labels-1]
	w := append([]float64(nil), outer...)
	rest := TextWidthMM - valueWidth*float64(values)
	for _, x := range outer {
		rest -= x
	}
	w = append(w, rest)
	for range values {
		w = append(w, valueWidth)
	}
	return w
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
