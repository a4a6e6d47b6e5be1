package xlsx

import (
	"nianbao/data/schema"
)

// role is what a placed cell shows; it decides the cell's style and how Read checks it.
type role uint8

const (
	roleTitle   role = iota // the report title over the whole table
	roleHeading             // the section heading under the title
	roleHeader              // a column header or a table-2 block heading
	roleNote                // table 3's top-left note
	roleGroup               // a row group label spanning rows (三、本年度办理结果, （三）不予公开)
	roleLabel               // a row label
	roleValue               // a cell of the report
)

// item is one cell of a sheet, possibly merged over rows × cols.
type item struct {
	row, col   int // 1-based top-left
	rows, cols int // span, at least 1
	text       string
	role       role
	cell       int // schema cell index for roleValue, -1 otherwise
}

// Rows of every table sheet: the report title, the section heading, then the table.
const (
	titleRow   = 1
	headingRow = 2
	tableTop   = 3
)

// tableLayout is the official layout of one table on its sheet.
type tableLayout struct {
	table      *schema.Table
	width      int       // columns used
	colWidths  []float64 // in Excel character units, one per column
	headerRows int       // header rows below tableTop, frozen and repeated on printed pages
	labelCols  int       // label columns at the left, frozen
	landscape  bool
	items      []item
	lastRow    int
}

// layoutTable places a table in its official shape. The three tables have three shapes: table 2
// is a stack of blocks each with its own header, table 3 a matrix under a three-row header with
// row groups, table 4 its groups side by side under 行政复议 / 行政诉讼. Labels all come from the
// schema.
func layoutTable(t *schema.Table) *tableLayout {
	var l *tableLayout
	switch {
	case t.Blocks[0].Heading != "":
		l = layoutBlocks(t)
	case hasSuper(t.Blocks[0].Rows):
		l = layoutSideBySide(t)
	default:
		l = layoutMatrix(t)
	}
	l.table = t
	l.items = append([]item{
		{row: titleRow, col: 1, rows: 1, cols: l.width, role: roleTitle, cell: -1},
		{row: headingRow, col: 1, rows: 1, cols: l.width, text: t.Heading, role: roleHeading, cell: -1},
	}, l.items...)
	for _, it := range l.items {
		l.lastRow = max(l.lastRow, it.row+it.rows-1)
	}
	return l
}

func hasSuper(rows []schema.Row) bool {
	for _, r := range rows {
		if r.Super != "" {
			return true
		}
	}
	return false
}

func label(row, col, rows, cols int, text string, r role) item {
	return item{row: row, col: col, rows: rows, cols: cols, text: text, role: r, cell: -1}
}

func value(row, col, cols int, t *schema.Table, r *schema.Row, c *schema.Column) item {
	return item{row: row, col: col, rows: 1, cols: cols, role: roleValue,
		cell: schema.MustIndex(schema.CellKey(t.Key, r.Key, c.Key))}
}

// layoutBlocks lays out table 2: per block a heading row over the full width, a 信息内容 header
// row and the data rows; a block with fewer columns stretches them over the width.
func layoutBlocks(t *schema.Table) *tableLayout {
	valueCols := 0
	for _, b := range t.Blocks {
		valueCols = max(valueCols, len(b.Columns))
	}
	l := &tableLayout{width: 1 + valueCols, labelCols: 1}
	l.colWidths = append(l.colWidths, 20)
	for range valueCols {
		l.colWidths = append(l.colWidths, 16)
	}
	r := tableTop
	for bi := range t.Blocks {
		b := &t.Blocks[bi]
		l.items = append(l.items, label(r, 1, 1, l.width, b.Heading, roleHeader))
		r++
		starts, spans := spread(valueCols, len(b.Columns))
		l.items = append(l.items, label(r, 1, 1, 1, schema.InfoContent, roleHeader))
		for ci := range b.Columns {
			l.items = append(l.items, label(r, 2+starts[ci], 1, spans[ci], b.Columns[ci].Label, roleHeader))
		}
		r++
		for ri := range b.Rows {
			l.items = append(l.items, label(r, 1, 1, 1, b.Rows[ri].Label, roleLabel))
			for ci := range b.Columns {
				l.items = append(l.items, value(r, 2+starts[ci], spans[ci], t, &b.Rows[ri], &b.Columns[ci]))
			}
			r++
		}
	}
	return l
}

// spread divides width columns among n, the last taking the remainder: offsets and spans.
func spread(width, n int) (starts, spans []int) {
	each := width / n
	for i := range n {
		starts = append(starts, i*each)
		spans = append(spans, each)
	}
	spans[n-1] = width - starts[n-1]
	return starts, spans
}

// layoutMatrix lays out table 3: the note over the label columns and header rows, 申请人情况 over
// every value column, the column groups (法人或其他组织) over their columns with the ungrouped
// columns spanning both lower header rows, then the rows with their group and sub-group labels
// spanning the rows they head.
func layoutMatrix(t *schema.Table) *tableLayout {
	b := &t.Blocks[0]
	hasGroup, hasSub, hasColGroup := false, false, false
	for _, r := range b.Rows {
		hasGroup = hasGroup || r.Group != ""
		hasSub = hasSub || r.Sub != ""
	}
	for _, c := range b.Columns {
		hasColGroup = hasColGroup || c.Group != ""
	}
	l := &tableLayout{labelCols: 1, headerRows: 2}
	// Widths: the group column fits three characters a line (三、本/年度办/理结果), the sub-group
	// column a label such as （三）不予公开 on one line, the label column the longest label on two.
	if hasGroup {
		l.labelCols++
		l.colWidths = append(l.colWidths, 8)
	}
	if hasSub {
		l.labelCols++
		l.colWidths = append(l.colWidths, 15)
	}
	l.colWidths = append(l.colWidths, 36)
	if hasColGroup {
		l.headerRows++
	}
	for range b.Columns {
		l.colWidths = append(l.colWidths, 9)
	}
	l.width = l.labelCols + len(b.Columns)

	l.items = append(l.items,
		label(tableTop, 1, l.headerRows, l.labelCols, t.Note, roleNote),
		label(tableTop, l.labelCols+1, 1, len(b.Columns), schema.Applicants, roleHeader))
	for ci := 0; ci < len(b.Columns); {
		c := &b.Columns[ci]
		col := l.labelCols + 1 + ci
		if c.Group == "" {
			l.items = append(l.items, label(tableTop+1, col, l.headerRows-1, 1, c.Label, roleHeader))
			ci++
			continue
		}
		n := runOf(len(b.Columns), ci, func(i int) string { return b.Columns[i].Group })
		l.items = append(l.items, label(tableTop+1, col, 1, n, c.Group, roleHeader))
		for k := range n {
			l.items = append(l.items, label(tableTop+2, col+k, 1, 1, b.Columns[ci+k].Label, roleHeader))
		}
		ci += n
	}

	top := tableTop + l.headerRows
	for ri := range b.Rows {
		row := &b.Rows[ri]
		r := top + ri
		col := 1
		if row.Group != "" {
			if ri == 0 || b.Rows[ri-1].Group != row.Group {
				n := runOf(len(b.Rows), ri, func(i int) string { return b.Rows[i].Group })
				l.items = append(l.items, label(r, col, n, 1, row.Group, roleGroup))
			}
			col++
			if row.Sub != "" {
				if ri == 0 || b.Rows[ri-1].Sub != row.Sub {
					n := runOf(len(b.Rows), ri, func(i int) string { return b.Rows[i].Sub })
					l.items = append(l.items, label(r, col, n, 1, row.Sub, roleGroup))
				}
				col++
			}
		}
		l.items = append(l.items, label(r, col, 1, l.labelCols-col+1, row.Label, roleLabel))
		for ci := range b.Columns {
			l.items = append(l.items, value(r, l.labelCols+1+ci, 1, t, row, &b.Columns[ci]))
		}
	}
	return l
}

// runOf counts how many consecutive entries from i share the key of entry i.
func runOf(n, i int, key func(int) string) int {
	k := 1
	for i+k < n && key(i+k) == key(i) {
		k++
	}
	return k
}

// layoutSideBySide lays out table 4: each row of the schema is a group of columns; groups with a
// Super header (行政诉讼) are headed by it and then by their own label, groups without one by
// their own label with the column labels spanning the two lower header rows. One data row.
func layoutSideBySide(t *schema.Table) *tableLayout {
	b := &t.Blocks[0]
	nc := len(b.Columns)
	l := &tableLayout{width: nc * len(b.Rows), headerRows: 3, landscape: true}
	for range l.width {
		l.colWidths = append(l.colWidths, 8)
	}
	data := tableTop + l.headerRows
	for ri := range b.Rows {
		row := &b.Rows[ri]
		col := 1 + ri*nc
		if row.Super == "" {
			l.items = append(l.items, label(tableTop, col, 1, nc, row.Label, roleHeader))
			for ci := range b.Columns {
				l.items = append(l.items, label(tableTop+1, col+ci, 2, 1, b.Columns[ci].Label, roleHeader))
			}
		} else {
			if ri == 0 || b.Rows[ri-1].Super != row.Super {
				n := runOf(len(b.Rows), ri, func(i int) string { return b.Rows[i].Super })
				l.items = append(l.items, label(tableTop, col, 1, n*nc, row.Super, roleHeader))
			}
			l.items = append(l.items, label(tableTop+1, col, 1, nc, row.Label, roleHeader))
			for ci := range b.Columns {
				l.items = append(l.items, label(tableTop+2, col+ci, 1, 1, b.Columns[ci].Label, roleHeader))
			}
		}
		for ci := range b.Columns {
			l.items = append(l.items, value(data, col+ci, 1, t, row, &b.Columns[ci]))
		}
	}
	return l
}

// valueItems maps the schema cell indexes of the table to the items that hold them.
func (l *tableLayout) valueItems() map[int]item {
	m := map[int]item{}
	for _, it := range l.items {
		if it.role == roleValue {
			m[it.cell] = it
		}
	}
	return m
}
