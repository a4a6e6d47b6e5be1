package comparetab

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/compare"
	"nianbao/data/report"
)

// figureTable is the figures table of 年度对比: tables 2 and 4 in full and table 3 collapsed
// to its main rows (总计 column), or every cell of tables 2–4 when expanded.
type figureTable struct {
	cmp     *compare.Comparison
	rows    []compare.Row
	expand  *widget.Check
	table   *widget.Table
	content fyne.CanvasObject
}

// figureColumns are the widths of 项目, the two years, 增减, 幅度 and 变化.
var figureColumns = []float32{440, 90, 90, 80, 100, 150}

func newFigureTable() *figureTable {
	f := &figureTable{}
	f.expand = widget.NewCheck(lang.L("展开表三全部单元格（25行×7列）"), func(bool) { f.fill() })
	f.table = widget.NewTable(
		func() (int, int) { return len(f.rows), len(figureColumns) },
		func() fyne.CanvasObject { return ui.NewTruncatedLabel() },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			r := f.rows[id.Row]
			l.Text = f.cellText(id.Row, id.Col)
			l.TextStyle = fyne.TextStyle{Bold: r.BigSwing}
			l.Importance = widget.MediumImportance
			if r.BigSwing && id.Col >= 3 {
				l.Importance = widget.WarningImportance
			}
			l.Alignment = fyne.TextAlignTrailing
			if id.Col == 0 || id.Col == 5 {
				l.Alignment = fyne.TextAlignLeading
			}
			l.Refresh()
		})
	f.table.ShowHeaderRow = true
	f.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignCenter, ui.Bold)
	}
	f.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(f.header(id.Col))
	}
	for i, w := range figureColumns {
		f.table.SetColumnWidth(i, w)
	}
	f.content = container.NewBorder(f.expand, nil, nil, nil, f.table)
	return f
}

// set shows a comparison (nil clears the table).
func (f *figureTable) set(cmp *compare.Comparison) {
	f.cmp = cmp
	f.fill()
}

// fill chooses the rows for the collapsed or expanded view.
func (f *figureTable) fill() {
	f.rows = f.rows[:0]
	if f.cmp != nil {
		if f.expand.Checked {
			f.rows = append(f.rows, f.cmp.Rows...)
		} else {
			f.rows = collapsedRows(f.cmp)
		}
	}
	f.table.Refresh()
}

// collapsedRows are table 2, table 3's main rows and table 4, in report order.
func collapsedRows(c *compare.Comparison) []compare.Row {
	var out []compare.Row
	for _, r := range c.Rows {
		if strings.HasPrefix(r.Key, "t2.") {
			out = append(out, r)
		}
	}
	for _, r := range c.Main {
		r.Label = lang.L("表三") + " " + r.Label
		out = append(out, r)
	}
	for _, r := range c.Rows {
		if strings.HasPrefix(r.Key, "t4.") {
			out = append(out, r)
		}
	}
	return out
}

// header is the title of column col.
func (f *figureTable) header(col int) string {
	switch col {
	case 0:
		return lang.L("项目")
	case 1, 2:
		if f.cmp == nil {
			return ""
		}
		return ui.YearLabel(f.cmp.Years[col-1])
	case 3:
		return lang.L("增减")
	case 4:
		return lang.L("幅度")
	}
	return lang.L("变化")
}

// cellText is what the table shows in a cell: values as the report writes them (「空」 for a
// blank), the change with its sign, the per cent change or 「—」, and the change in words.
func (f *figureTable) cellText(row, col int) string {
	r := f.rows[row]
	switch col {
	case 0:
		return r.Label
	case 1, 2:
		return valueText(r.Values[col-1])
	case 3:
		if r.Delta == nil {
			return ""
		}
		if *r.Delta > 0 {
			return "+" + r.Delta.String()
		}
		return r.Delta.String()
	case 4:
		if r.Pct == nil {
			return "—"
		}
		s := percent(r.Pct)
		if *r.Pct > 0 {
			s = "+" + s
		}
		return s
	}
	return changeText(r)
}

// valueText writes a cell value; blank cells say so.
func valueText(v report.Value) string {
	if v.State == report.Blank {
		return lang.L("空")
	}
	return v.String()
}

// changeText says how a figure moved, with an arrow and in words, so that it reads without
// colour.
func changeText(r compare.Row) string {
	var s string
	switch r.Direction {
	case compare.Up:
		s = lang.L("↑ 增加")
	case compare.Down:
		s = lang.L("↓ 减少")
	case compare.Same:
		s = lang.L("持平")
	}
	if r.BigSwing {
		s += lang.L("，大幅变动")
	}
	return s
}
