package pdf

import (
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/export/layout"
)

func tableLayouts(t *testing.T) (*typesetter, map[string]*tableLayout) {
	t.Helper()
	ts := newTypesetter(Fonts{})
	out := map[string]*tableLayout{}
	for _, b := range layout.Build(exporttest.LongReport(t)).Blocks {
		if b.Kind == layout.TableBlock {
			out[b.Table.Key] = ts.tableLayout(b.Table)
		}
	}
	return ts, out
}

// TestPaginationBreaksCleanly starts each table at every height of the page and checks that the
// pages hold every row once, in order, within the text area, with a break only where allowed:
// not inside table 2, not inside a （三）–（六） group, and not where 三、本年度办理结果 would be
// left with less room than its label.
func TestPaginationBreaksCleanly(t *testing.T) {
	ts, tables := tableLayouts(t)
	for key, tl := range tables {
		nh := tl.g.HeaderRows()
		for y := ts.top; y < ts.bottom; y += 7 {
			segs := tl.paginate(y, ts.top, ts.bottom)
			next := nh
			at := y
			for i, s := range segs {
				if s.start != next || s.end <= s.start {
					t.Fatalf("%s from y=%.0f: segment %d covers rows [%d,%d), want to start at %d", key, y, i, s.start, s.end, next)
				}
				if s.newPage {
					at = ts.top
				} else if i > 0 {
					t.Fatalf("%s from y=%.0f: segment %d does not start a page", key, y, i)
				}
				if bottom := at + tl.headerHeight() + tl.height(s.start, s.end); bottom > ts.bottom+0.01 {
					t.Errorf("%s from y=%.0f: segment %d runs to %.0f, below the text area (%.0f)", key, y, i, bottom, ts.bottom)
				}
				if i < len(segs)-1 && !tl.canBreakBefore(s.end) {
					t.Errorf("%s from y=%.0f: page breaks before row %d, where it may not", key, y, s.end)
				}
				next = s.end
			}
			if next != len(tl.g.Rows) {
				t.Fatalf("%s from y=%.0f: rows end at %d of %d", key, y, next, len(tl.g.Rows))
			}
			if whole := tl.headerHeight() + tl.height(nh, len(tl.g.Rows)); whole <= ts.bottom-ts.top && len(segs) != 1 {
				t.Errorf("%s from y=%.0f: split over %d pages; it fits on one", key, y, len(segs))
			}
		}
	}
}

func TestRowsFitTheirText(t *testing.T) {
	_, tables := tableLayouts(t)
	for key, tl := range tables {
		for r, row := range tl.g.Rows {
			for i := range row.Cells {
				c := &row.Cells[i]
				if have := tl.height(r, r+c.RowSpan); have+1e-9 < tl.content[c] {
					t.Errorf("%s: cell %q has %.1f pt for %.1f pt of text", key, c.Text, have, tl.content[c])
				}
				for _, l := range tl.lines[c] {
					if w := tl.colX[c.Col+c.ColSpan] - tl.colX[c.Col] - 2*layout.CellPadX; l.width > w+1e-6 {
						t.Errorf("%s: line %q of %q is %.1f pt wide in a %.1f pt cell", key, string(l.text), c.Text, l.width, w)
					}
				}
			}
		}
	}
}

// TestLongTableRepeatsItsHeader: on a page too short for table 3, the table runs over several
// pages, each opening with the header rows.
func TestLongTableRepeatsItsHeader(t *testing.T) {
	ts, tables := tableLayouts(t)
	tl := tables["t3"]
	bottom := ts.top + (tl.headerHeight()+tl.height(tl.g.HeaderRows(), len(tl.g.Rows)))*0.6
	segs := tl.paginate(ts.top, ts.top, bottom)
	if len(segs) < 2 {
		t.Fatalf("table 3 on a short page: %d segment(s), want a split", len(segs))
	}
	for i, s := range segs[1:] {
		if !s.newPage {
			t.Errorf("segment %d does not start a page", i+2)
		}
	}
	// table() draws the header rows before every segment; a page then holds header and rows.
	for i, s := range segs {
		if h := tl.headerHeight() + tl.height(s.start, s.end); h > bottom-ts.top+0.01 {
			t.Errorf("segment %d with its header is %.0f pt, more than the page (%.0f)", i+1, h, bottom-ts.top)
		}
	}
}

// TestHeadingGoesWithItsTable: a heading keeps below it the whole of a table that fits on a page,
// so that 三、 does not stay at the foot of a page whose table moved on.
func TestHeadingGoesWithItsTable(t *testing.T) {
	ts := newTypesetter(Fonts{})
	blocks := layout.Build(exporttest.LongReport(t)).Blocks
	for i, b := range blocks[1:] {
		if b.Kind != layout.TableBlock {
			continue
		}
		tl := ts.tableLayout(b.Table)
		whole := tl.headerHeight() + tl.height(tl.g.HeaderRows(), len(tl.g.Rows))
		if whole > ts.bottom-ts.top {
			continue
		}
		if got := ts.keepAfter(blocks[i+1:]); got < whole {
			t.Errorf("%s: the heading keeps %.0f pt after it, the table is %.0f", b.Table.Key, got, whole)
		}
	}
}
