package assemble

import "nianbao/data/document"

// grid is a table with its merged cells expanded: every row has one entry per column it spans,
// so that a value can be found by the column headers above it and a row by the group labels to
// its left, as a reader of the rendered table does.
type grid struct {
	rows [][]gridCell
}

// gridCell is one position of the grid. Positions covered by one merged cell share its origin.
type gridCell struct {
	text   string
	origin int // 1-based number of the source cell; 0 where no cell reaches
	top    int // row of the source cell, to tell a rowspan's copy from the cell itself
	pos    document.Pos
}

// Limits far above any report table (table 3 has 28 rows and 10 columns), so that a malformed
// page cannot make the grid huge.
const (
	maxSpan      = 100
	maxGridRows  = 500
	maxGridCols  = 200
	maxGridCells = 50000
)

// gridOf expands a table's rows and cells, following the HTML table model that every document
// reader hands over: a cell takes the first free column of its row, and a rowspan reserves that
// column in the rows below (never past the table's last row).
func gridOf(rows [][]document.Cell) *grid {
	if len(rows) > maxGridRows {
		rows = rows[:maxGridRows]
	}
	g := &grid{rows: make([][]gridCell, len(rows))}
	id, placed := 0, 0
	for r, cells := range rows {
		col := 0
		for _, c := range cells {
			if placed >= maxGridCells {
				break
			}
			for col < len(g.rows[r]) && g.rows[r][col].origin != 0 {
				col++
			}
			if col >= maxGridCols {
				break
			}
			id++
			rs := min(clampSpan(c.RowSpan), len(rows)-r)
			cs := min(clampSpan(c.ColSpan), maxGridCols-col)
			cell := gridCell{text: Collapse(c.Text), origin: id, top: r, pos: c.Pos}
			for dr := range rs {
				row := g.rows[r+dr]
				for len(row) < col+cs {
					row = append(row, gridCell{})
				}
				for dc := range cs {
					row[col+dc] = cell
				}
				g.rows[r+dr] = row
				placed += cs
			}
			col += cs
		}
	}
	return g
}

// clampSpan keeps a span from 1 to maxSpan.
func clampSpan(n int) int { return max(1, min(n, maxSpan)) }

// rowCell is a cell as a row of the grid shows it: one entry per merged cell, however many
// columns it spans.
type rowCell struct {
	text        string
	left, right int  // grid columns [left, right) of the row the cell covers
	copied      bool // the cell stands in a row above and reaches down into this one
	pos         document.Pos
}

// row lists the cells of grid row r from left to right.
func (g *grid) row(r int) []rowCell {
	var out []rowCell
	cells := g.rows[r]
	for c := 0; c < len(cells); {
		gc := cells[c]
		end := c + 1
		for end < len(cells) && cells[end].origin == gc.origin {
			end++
		}
		if gc.origin != 0 {
			out = append(out, rowCell{text: gc.text, left: c, right: end, copied: gc.top < r, pos: gc.pos})
		}
		c = end
	}
	return out
}
