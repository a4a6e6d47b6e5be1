package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/schema"
	"nianbao/widgets"
)

// Column widths of the table-2 grids at the default text size: the four blocks share them so that
// their columns line up as in the printed form, and the widest header (本年收费金额（单位：万元）)
// fits on one line.
const (
	t2LabelWidth = 180
	t2CellWidth  = 200
)

// table2Tab is 二、主动公开政府信息情况: one grid per 第二十条 block, each under its heading with the
// 信息内容 header row of its own columns.
func (v *reportView) table2Tab() *sectionForm {
	t, _ := schema.TableByKey("t2")
	var blocks []fyne.CanvasObject
	var first *widgets.Grid
	for bi := range t.Blocks {
		b := &t.Blocks[bi]
		idx := blockIndexes(t, b)
		g := v.newBlockGrid(idx, table2Spec(b, func(r int) []widgets.GridCell { return v.bodyCells(idx[r]) }))
		if first == nil {
			first = g
		}
		heading := widget.NewLabelWithStyle(b.Heading, 0, ui.Bold)
		blocks = append(blocks, heading, container.New(&naturalGridLayout{grid: g}, g))
	}
	top := v.tableTop(t)
	return &sectionForm{
		content:    container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewVBox(blocks...))),
		focusFirst: func() { first.FocusCell(0, 0) },
	}
}

// table2Spec lays out one block of table 2: 信息内容 in the corner, the block's columns as the
// header, a row per item.
func table2Spec(b *schema.Block, cells func(row int) []widgets.GridCell) widgets.GridSpec {
	spec := widgets.GridSpec{Corner: schema.InfoContent, LabelCols: 1, Columns: len(b.Columns)}
	var header []widgets.HeaderCell
	widths := []float32{t2LabelWidth}
	for _, col := range b.Columns {
		header = append(header, widgets.HeaderCell{Text: col.Label})
		widths = append(widths, t2CellWidth)
	}
	spec.HeaderRows = [][]widgets.HeaderCell{header}
	spec.ColumnWidths = widths
	for r, row := range b.Rows {
		spec.Rows = append(spec.Rows, widgets.GridRow{Labels: []widgets.HeaderCell{{Text: row.Label}}, Cells: cells(r)})
	}
	return spec
}

// naturalGridLayout gives a small grid the height of all its rows, so that several grids stack
// in one scrolling page instead of each scrolling on its own.
type naturalGridLayout struct {
	grid *widgets.Grid
}

func (l *naturalGridLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is the grid's natural height at the width it needs.
func (l *naturalGridLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.grid.MinSize().Width, l.grid.NaturalSize().Height)
}
