package widgets

import "fyne.io/fyne/v2"

// navigate moves focus from the cell at row, col as d asks. Arrows go to the nearest existing cell
// in that direction (read-only ones included: their values can be copied); Tab and Enter go to the
// next cell that takes typing. Tab past the last such cell leaves the grid, as Tab does in a form;
// Enter at the bottom of a column continues at the top of the next.
func (g *Grid) navigate(row, col int, d Direction) {
	switch d {
	case DirectionUp:
		g.step(row, col, -1, 0)
	case DirectionDown:
		g.step(row, col, 1, 0)
	case DirectionLeft:
		g.step(row, col, 0, -1)
	case DirectionRight:
		g.step(row, col, 0, 1)
	case DirectionNext, DirectionPrevious:
		forward := d == DirectionNext
		if r, c, ok := g.nextEditable(row, col, forward, false); ok {
			g.FocusCell(r, c)
		} else {
			g.leave(forward)
		}
	case DirectionNextInColumn, DirectionPreviousInColumn:
		if r, c, ok := g.nextEditable(row, col, d == DirectionNextInColumn, true); ok {
			g.FocusCell(r, c)
		}
	}
}

// step focuses the first existing cell from row, col in steps of dr, dc.
func (g *Grid) step(row, col, dr, dc int) {
	for r, c := row+dr, col+dc; r >= 0 && r < len(g.cells) && c >= 0 && c < g.spec.Columns; r, c = r+dr, c+dc {
		if g.cells[r][c] != nil {
			g.FocusCell(r, c)
			return
		}
	}
}

// nextEditable finds the editable cell after (or before) row, col, going row by row or, with
// byColumn, column by column.
func (g *Grid) nextEditable(row, col int, forward, byColumn bool) (int, int, bool) {
	rows, cols := len(g.cells), g.spec.Columns
	index := func(r, c int) int {
		if byColumn {
			return c*rows + r
		}
		return r*cols + c
	}
	step := 1
	if !forward {
		step = -1
	}
	for i := index(row, col) + step; i >= 0 && i < rows*cols; i += step {
		r, c := i/cols, i%cols
		if byColumn {
			r, c = i%rows, i/rows
		}
		if cell := g.cells[r][c]; cell != nil && !cell.readOnly {
			return r, c, true
		}
	}
	return 0, 0, false
}

// leave moves focus out of the grid to the next (or previous) focusable object of the window.
// Fyne's focus order follows the object tree, so focus the grid's last (or first) cell and step
// on from there.
func (g *Grid) leave(forward bool) {
	cnv := fyne.CurrentApp().Driver().CanvasForObject(g)
	if cnv == nil {
		return
	}
	var edge *CellEntry
	for _, row := range g.cells {
		for _, c := range row {
			if c != nil && (edge == nil || forward) {
				edge = c
			}
		}
	}
	if edge == nil {
		return
	}
	cnv.Focus(edge)
	if forward {
		cnv.FocusNext()
	} else {
		cnv.FocusPrevious()
	}
}
