package pdf

import (
	"nianbao/data/export/layout"
)

// tableLayout is a grid measured for drawing: column edges, row heights and the lines of
// every cell.
type tableLayout struct {
	g       *layout.Grid
	slots   [][]layout.Slot
	colX    []float64 // left edge of every column, and the right edge of the table
	rowH    []float64
	lines   map[*layout.Cell][]line
	content map[*layout.Cell]float64 // height the cell's text needs, padding included
}

const ruleWidth = 0.5

func (t *typesetter) tableLayout(g *layout.Grid) *tableLayout {
	if tl, ok := t.tables[g]; ok {
		return tl
	}
	tl := &tableLayout{g: g, slots: g.Slots(), lines: map[*layout.Cell][]line{}, content: map[*layout.Cell]float64{}}
	x := t.left
	tl.colX = append(tl.colX, x)
	for _, w := range g.Widths {
		x += layout.MM(w)
		tl.colX = append(tl.colX, x)
	}
	adv := t.measure(roleSong, g.FontSize)
	tl.rowH = make([]float64, len(g.Rows))
	for r := range g.Rows {
		tl.rowH[r] = g.MinRowHeight
		for i := range g.Rows[r].Cells {
			c := &g.Rows[r].Cells[i]
			width := tl.colX[c.Col+c.ColSpan] - tl.colX[c.Col] - 2*layout.CellPadX
			var ls []line
			for _, text := range g.Lines(c) {
				ls = append(ls, wrap(text, width, width, adv)...)
			}
			tl.lines[c] = ls
			tl.content[c] = float64(len(ls))*g.LineHeight + 2*layout.CellPadY
			if c.RowSpan == 1 {
				tl.rowH[r] = max(tl.rowH[r], tl.content[c])
			}
		}
	}
	// A row-spanning cell whose text needs more than its rows gives the rest to its last row.
	for r := range g.Rows {
		for i := range g.Rows[r].Cells {
			c := &g.Rows[r].Cells[i]
			if have := tl.height(r, r+c.RowSpan); c.RowSpan > 1 && have < tl.content[c] {
				tl.rowH[r+c.RowSpan-1] += tl.content[c] - have
			}
		}
	}
	t.tables[g] = tl
	return tl
}

// height is the height of rows [a, b).
func (tl *tableLayout) height(a, b int) float64 {
	h := 0.0
	for _, x := range tl.rowH[a:b] {
		h += x
	}
	return h
}

func (tl *tableLayout) headerHeight() float64 { return tl.height(0, tl.g.HeaderRows()) }

// canBreakBefore reports whether a page may end before row b: not inside rows kept together,
// and not where a row-spanning label would be left with less room than its text on either page.
func (tl *tableLayout) canBreakBefore(b int) bool {
	if b <= tl.g.HeaderRows() || b >= len(tl.g.Rows) {
		return b == len(tl.g.Rows)
	}
	if tl.g.Rows[b-1].KeepWithNext {
		return false
	}
	for c := 0; c < len(tl.colX)-1; {
		s := tl.slots[b][c]
		if s.Row < b {
			need := tl.content[s.Cell]
			if tl.height(s.Row, b) < need || tl.height(b, s.Row+s.Cell.RowSpan) < need {
				return false
			}
		}
		c += s.Cell.ColSpan
	}
	return true
}

// chunk is the height of the rows from start up to the first place a page may break.
func (tl *tableLayout) chunk(start int) float64 {
	end := start + 1
	for end < len(tl.g.Rows) && !tl.canBreakBefore(end) {
		end++
	}
	return tl.height(start, min(end, len(tl.g.Rows)))
}

// segment is the part of a table on one page: its header rows, then body rows [start, end).
type segment struct {
	newPage    bool // the segment begins a new page
	start, end int
}

// paginate splits a table that starts at y into pages whose text area ends at bottom: the
// header rows open every page, then as many rows as fit, breaking only where canBreakBefore
// allows (where no such place fits a page, where the page is full). A table that cannot show
// its header and first rows below y starts on a new page, and so does one that would fit on a
// page of its own but not in what is left of this one: a table is split only when it must be.
func (tl *tableLayout) paginate(y, top, bottom float64) []segment {
	n, nh := len(tl.g.Rows), tl.g.HeaderRows()
	whole := tl.headerHeight() + tl.height(nh, n)
	var segs []segment
	for start := nh; ; {
		seg := segment{start: start}
		fitsAlone := start == nh && whole <= bottom-top+0.01 && y+whole > bottom+0.01
		if (fitsAlone || y+tl.headerHeight()+tl.chunk(start) > bottom+0.01) && y > top+0.01 {
			seg.newPage, y = true, top
		}
		y += tl.headerHeight()
		end := start
		for end < n && y+tl.height(start, end+1) <= bottom+0.01 {
			end++
		}
		if end < n {
			b := end
			for b > start && !tl.canBreakBefore(b) {
				b--
			}
			if b == start {
				b = max(end, start+1)
			}
			end = b
		}
		seg.end = end
		segs = append(segs, seg)
		y += tl.height(start, end)
		if start = end; start >= n {
			return segs
		}
		y = bottom + 1 // the next segment must start a page
	}
}

// table draws a table page by page with its header rows repeated.
func (t *typesetter) table(tl *tableLayout) {
	nh := tl.g.HeaderRows()
	for _, seg := range tl.paginate(t.y, t.top, t.bottom) {
		if seg.newPage {
			t.newPage()
		}
		if nh > 0 {
			t.rows(tl, 0, nh, t.y)
			t.y += tl.headerHeight()
		}
		t.rows(tl, seg.start, seg.end, t.y)
		t.y += tl.height(seg.start, seg.end)
	}
}

// rows draws rows [a, b) from y down. A merged cell that began on an earlier page is drawn
// again over its rows on this page, label and all.
func (t *typesetter) rows(tl *tableLayout, a, b int, y float64) {
	g := tl.g
	top := make([]float64, b-a+1)
	top[0] = y
	for r := a; r < b; r++ {
		top[r-a+1] = top[r-a] + tl.rowH[r]
	}
	t.pdf.SetLineWidth(ruleWidth)
	t.pdf.SetStrokeColor(0, 0, 0)
	for r := a; r < b; r++ {
		for c := 0; c < len(g.Widths); {
			s := tl.slots[r][c]
			cell := s.Cell
			c += cell.ColSpan
			if s.Row != r && r != a {
				continue
			}
			end := min(s.Row+cell.RowSpan, b)
			x, w := tl.colX[cell.Col], tl.colX[cell.Col+cell.ColSpan]-tl.colX[cell.Col]
			h := top[end-a] - top[r-a]
			t.pdf.RectFromUpperLeftWithStyle(x, top[r-a], w, h, "D")
			lines := tl.lines[cell]
			lineTop := top[r-a] + (h-float64(len(lines))*g.LineHeight)/2
			for _, l := range lines {
				lx := x + (w-l.width)/2
				if cell.Role == layout.RowLabel {
					lx = x + layout.CellPadX
				}
				t.text(roleSong, g.FontSize, lx, baseline(lineTop, g.LineHeight, g.FontSize), l.text, 0)
				lineTop += g.LineHeight
			}
		}
	}
}
