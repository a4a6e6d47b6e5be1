package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/widgets"
)

// cellProblem checks what the user typed into cell i, for the cell's inline mark. Beyond
// report.ParseValue (full-width digits, separators, units, "/" for not applicable) it marks what
// no clerk means to type: a negative number, or a fraction where a count belongs. The message
// names the cell. Whatever the answer, the text goes into the report as typed (report.ReadCell),
// where the rules report it, so that what the cell shows is what is stored.
func cellProblem(i int, text string) error {
	c := schema.CellAt(i)
	v, err := report.ParseValue(text)
	if err == nil && v.IsNumber() {
		switch {
		case v.N < 0:
			err = errors.New(lang.L("不能填负数"))
		case c.Kind == schema.Count && !v.N.IsWhole():
			err = errors.New(lang.L("件数只能填整数"))
		}
	}
	if err != nil {
		return errors.New(lang.L("{{.Cell}}：{{.Err}}", map[string]any{"Cell": c.Label(), "Err": errtext.Of(err)}))
	}
	return nil
}

// blockIndexes are the schema indexes of a block's cells by row and column.
func blockIndexes(t *schema.Table, b *schema.Block) [][]int {
	out := make([][]int, len(b.Rows))
	for r, row := range b.Rows {
		out[r] = make([]int, len(b.Columns))
		for c, col := range b.Columns {
			out[r][c] = schema.MustIndex(schema.CellKey(t.Key, row.Key, col.Key))
		}
	}
	return out
}

// bodyCells says which cells of a block the user types into: all but the computed totals of a
// new report.
func (v *reportView) bodyCells(idx []int) []widgets.GridCell {
	cells := make([]widgets.GridCell, len(idx))
	for c, i := range idx {
		cells[c].Editable = !v.doc.isComputed(i)
	}
	return cells
}

// newBlockGrid builds the grid of one block from spec and wires it to the model: typed values go
// to cellTyped, and every cell gets its place for redrawing and for findings to focus.
func (v *reportView) newBlockGrid(idx [][]int, spec widgets.GridSpec) *widgets.Grid {
	g := widgets.NewGrid(spec)
	g.Parse = func(row, col int, text string) error {
		return cellProblem(idx[row][col], text)
	}
	g.OnCellChanged = func(row, col int, text string) { v.cellTyped(idx[row][col], text) }
	g.OnInvalid = func(row, col int, text string, _ error) { v.cellTyped(idx[row][col], text) }
	g.OnPasteClipped = func(left []string) {
		v.win.showInfo(lang.L("粘贴的内容超出了表格，以下 {{.Count}} 个值没有粘贴：{{.Values}}",
			map[string]any{"Count": len(left), "Values": clippedList(left)}))
	}
	g.WrapPaste = v.pasteAsOneStep
	g.OnUndo, g.OnRedo = v.undo, v.redo
	g.OnCellLeft = func(int, int) { v.doc.sealTyping() }
	for r := range idx {
		for c, i := range idx[r] {
			v.places[i] = cellPlace{grid: g, row: r, col: c}
		}
	}
	return g
}

// tableTop is the line over a table: its heading, then the buttons 「空格填0」 and, for an imported
// report, 「重算合计」, with a line saying how totals are handled, then the table's own extra tools.
func (v *reportView) tableTop(t *schema.Table, extra ...fyne.CanvasObject) fyne.CanvasObject {
	fill := widget.NewButton(lang.L("空格填0"), func() {
		fix := rules.FillBlanks(v.doc.r, t.Key)
		if len(fix.Set) == 0 {
			v.win.showInfo(lang.L("本表没有空格。"))
			return
		}
		v.applyFix(fix)
	})
	items := []fyne.CanvasObject{fill}
	hasTotals := false
	for _, c := range t.Cells() {
		hasTotals = hasTotals || c.Computed
	}
	if hasTotals {
		if v.doc.r.Meta.AutoTotals {
			items = append(items, widget.NewLabel(lang.L("合计由程序自动计算（蓝底格）")))
		} else {
			recompute := widget.NewButton(lang.L("重算合计"), func() {
				v.win.confirm(lang.L("重算合计"),
					lang.L("用各项之和替换本报告原文中的全部合计数？替换前的内容保留在历史版本中。"),
					lang.L("重算"), v.recomputeTotals)
			})
			items = append(items, recompute, widget.NewLabel(lang.L("合计按原文填写，与各项之和不符处已标出")))
		}
	}
	items = append(items, extra...)
	heading := widget.NewLabelWithStyle(t.Heading, 0, ui.Bold)
	return container.NewBorder(nil, nil, heading, nil, container.NewHBox(items...))
}

// clippedList names the values a paste left out, the first few of them for a long list.
func clippedList(left []string) string {
	const shown = 10
	if len(left) <= shown {
		return strings.Join(left, "、")
	}
	return lang.L("{{.Values}} 等", map[string]any{"Values": strings.Join(left[:shown], "、")})
}
