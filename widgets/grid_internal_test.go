package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// newInternalTestApp is widgetstest.NewApp for the tests inside this package (which cannot import
// widgetstest: it imports this package).
func newInternalTestApp(t *testing.T, scale float32) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme(BundledFont(), scale, nil))
}

// labelGrid is a grid whose labels need wrapping: a long label in a narrow column, a group label
// over two rows and a long column header.
func labelGrid() GridSpec {
	in := []GridCell{{Editable: true}, {Editable: true}}
	return GridSpec{
		Corner:     "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
		HeaderRows: [][]HeaderCell{{{Text: "法人或其他组织社会公益组织法律服务机构", Span: 2}}, {{Text: "社会公益组织"}, {Text: "总计"}}},
		LabelCols:  2,
		Columns:    2,
		Rows: []GridRow{
			{Labels: []HeaderCell{{Text: "三、本年度办理结果", Span: 2}, {Text: "1.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}}, Cells: in},
			{Labels: []HeaderCell{{Text: "2.其他"}}, Cells: in},
		},
	}
}

// TestGridLabelsWrapInsteadOfBeingCut checks, at the normal and a large text size, that every
// label and header box is tall enough for all its wrapped lines.
func TestGridLabelsWrapInsteadOfBeingCut(t *testing.T) {
	for _, scale := range []float32{1, 1.5} {
		newInternalTestApp(t, scale)
		g := NewGrid(labelGrid())
		w := test.NewTempWindow(t, g)
		w.Resize(fyne.NewSize(1366, 768))
		check := func(labels []*gridLabel) {
			for _, l := range labels {
				if need := l.heightFor(l.Size().Width); need > l.Size().Height+0.5 {
					t.Errorf("scale %v: %q needs height %v, has %v", scale, l.text, need, l.Size().Height)
				}
			}
		}
		check(g.headerItems)
		check(g.bodyLabels)
		long := g.bodyLabels[1]
		if lines := wrapBreak(long.text, long.Size().Width, 14*scale, fyne.TextStyle{}); len(lines) < 2 {
			t.Errorf("scale %v: the long label should wrap, got %q", scale, lines)
		}
	}
}

func TestGridHeaderFollowsHorizontalScroll(t *testing.T) {
	newInternalTestApp(t, 1)
	g := NewGrid(labelGrid())
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(200, 300))
	g.FocusCell(1, 1)
	if g.bodyScroll.Offset.X == 0 {
		t.Fatal("focusing the right-most cell in a narrow window did not scroll")
	}
	if g.headerScroll.Offset.X != g.bodyScroll.Offset.X {
		t.Errorf("header offset %v, body offset %v", g.headerScroll.Offset.X, g.bodyScroll.Offset.X)
	}
	g.bodyScroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: 50}})
	if g.headerScroll.Offset.X != g.bodyScroll.Offset.X {
		t.Errorf("after scrolling: header offset %v, body offset %v", g.headerScroll.Offset.X, g.bodyScroll.Offset.X)
	}
}

func TestGridHintLineShowsFocusedOrHoveredCell(t *testing.T) {
	newInternalTestApp(t, 1)
	g := NewGrid(labelGrid())
	test.NewTempWindow(t, g)
	g.SetMark(0, 0, MarkError, "应为 5，实为 6")
	g.SetMark(1, 1, MarkWarning, "与上年不一致")
	g.FocusCell(0, 0)
	if g.hintText.Text != "应为 5，实为 6" || g.hintIcon.Hidden {
		t.Errorf("focused: hint %q, icon hidden %v", g.hintText.Text, g.hintIcon.Hidden)
	}
	g.cells[1][1].MouseIn(nil)
	if g.hintText.Text != "与上年不一致" {
		t.Errorf("hovered: hint %q", g.hintText.Text)
	}
	g.cells[1][1].MouseOut()
	g.FocusCell(1, 0)
	if g.hintText.Text != "" || !g.hintIcon.Hidden {
		t.Errorf("cell without hint: hint %q, icon hidden %v", g.hintText.Text, g.hintIcon.Hidden)
	}
}

func TestGridTable3FitsA1366Screen(t *testing.T) {
	newInternalTestApp(t, 1)
	var total float32
	for _, w := range NewGrid(table3LikeSpec()).geometry().widths {
		total += w
	}
	if total > 1366-40 {
		t.Errorf("table 3 is %v wide; it should fit a 1366 screen beside the window frame", total)
	}
}

// table3LikeSpec has table 3's widest labels and headers in its 3 label and 7 data columns.
func table3LikeSpec() GridSpec {
	cells := make([]GridCell, 7)
	return GridSpec{
		HeaderRows: [][]HeaderCell{
			{{Text: "申请人情况", Span: 7}},
			{{Text: "自然人"}, {Text: "法人或其他组织", Span: 5}, {Text: "总计"}},
			{{}, {Text: "商业企业"}, {Text: "科研机构"}, {Text: "社会公益组织"}, {Text: "法律服务机构"}, {Text: "其他"}, {}},
		},
		LabelCols: 3,
		Columns:   7,
		Rows: []GridRow{
			{Labels: []HeaderCell{{Text: "一、本年新收政府信息公开申请数量"}}, Cells: cells},
			{Labels: []HeaderCell{{Text: "三、本年度办理结果", Span: 2}, {Text: "（三）不予公开", Span: 2}, {Text: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}}, Cells: cells},
			{Labels: []HeaderCell{{Text: "5.要求行政机关确认或重新出具已获取信息"}}, Cells: cells},
		},
	}
}

func TestGridFollowsTextSizeSetting(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme(BundledFont(), 1, nil))
	g := NewGrid(labelGrid())
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(1366, 768))
	before := g.cells[1][1].Size()
	a.Settings().SetTheme(NewTheme(BundledFont(), 1.5, nil))
	after := g.cells[1][1].Size()
	if after.Width <= before.Width || after.Height <= before.Height {
		t.Errorf("cell size %v at text scale 1, %v at 1.5; want larger", before, after)
	}
	for _, l := range g.bodyLabels {
		if need := l.heightFor(l.Size().Width); need > l.Size().Height+0.5 {
			t.Errorf("after the change %q needs height %v, has %v", l.text, need, l.Size().Height)
		}
	}
}

// TestGridNaturalSizeFitsOneLineHeader checks that at its natural size neither the header nor
// the body of a grid needs to scroll, with a header of two lines and with one line (which is lower
// than Fyne's smallest scroller).
func TestGridNaturalSizeFitsOneLineHeader(t *testing.T) {
	oneLine := GridSpec{
		Corner:     "信息内容",
		HeaderRows: [][]HeaderCell{{{Text: "本年制发件数"}, {Text: "现行有效件数"}}},
		LabelCols:  1,
		Columns:    2,
		Rows: []GridRow{
			{Labels: []HeaderCell{{Text: "规章"}}, Cells: []GridCell{{Editable: true}, {Editable: true}}},
			{Labels: []HeaderCell{{Text: "行政规范性文件"}}, Cells: []GridCell{{Editable: true}, {Editable: true}}},
		},
	}
	for name, spec := range map[string]GridSpec{"two-line header": labelGrid(), "one-line header": oneLine} {
		newInternalTestApp(t, 1)
		g := NewGrid(spec)
		nat := g.NaturalSize()
		w := test.NewTempWindow(t, g)
		w.SetPadded(false)
		w.Resize(nat)
		if got, want := g.bodyScroll.Size().Height, g.body.MinSize().Height; got < want-0.5 {
			t.Errorf("%s: at the natural size %v the body shows %v of its %v", name, nat, got, want)
		}
		if got, want := g.headerScroll.Size().Height, g.header.MinSize().Height; got < want-0.5 {
			t.Errorf("%s: at the natural size %v the header shows %v of its %v", name, nat, got, want)
		}
	}
}

// table3RowsSpec is table3LikeSpec with its rows repeated to the 28 rows table 3 has.
func table3RowsSpec() GridSpec {
	spec := table3LikeSpec()
	base := spec.Rows
	spec.Rows = nil
	for len(spec.Rows) < 28 {
		r := base[len(spec.Rows)%len(base)]
		// Row labels spanning two label columns need a row below them; keep one label per row.
		r.Labels = []HeaderCell{{Text: r.Labels[len(r.Labels)-1].Text, Span: 3}}
		spec.Rows = append(spec.Rows, r)
	}
	return spec
}

// inside reports whether o is obj or one of its descendants.
func inside(o, obj fyne.CanvasObject) bool {
	if o == obj {
		return true
	}
	var kids []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		kids = c.Objects
	case *container.Scroll:
		kids = []fyne.CanvasObject{c.Content}
	}
	for _, k := range kids {
		if inside(k, obj) {
			return true
		}
	}
	return false
}

// TestGridHeaderStaysWhileAllRowsScroll checks, in the app's default window and at every text
// size up to 特大, that the header is outside the scrolled body (so it stays in view), that the
// body holds every row and scrolls to the last, and that the columns never get narrower than
// their cells, scrolling sideways instead.
func TestGridHeaderStaysWhileAllRowsScroll(t *testing.T) {
	for _, scale := range []float32{1, 1.5} {
		newInternalTestApp(t, scale)
		spec := table3RowsSpec()
		g := NewGrid(spec)
		w := test.NewTempWindow(t, g)
		w.Resize(fyne.NewSize(1280, 700))
		for _, h := range g.headerItems {
			if inside(g.bodyScroll, h) {
				t.Fatalf("scale %v: header %q scrolls with the body", scale, h.text)
			}
		}
		if !g.headerScroll.Visible() || inside(g.bodyScroll, g.header) {
			t.Fatalf("scale %v: the header is hidden or inside the body scroll", scale)
		}
		headerAt := g.headerScroll.Position()
		last := len(spec.Rows) - 1
		for c := range spec.Columns {
			if !inside(g.bodyScroll, g.cells[last][c]) {
				t.Fatalf("scale %v: cell %d,%d is not in the scrolled body", scale, last, c)
			}
		}
		if g.body.Size().Height <= g.bodyScroll.Size().Height {
			t.Errorf("scale %v: 28 rows fit without scrolling? body %v, view %v", scale, g.body.Size(), g.bodyScroll.Size())
		}
		g.FocusCell(last, spec.Columns-1)
		cell := g.cells[last][spec.Columns-1]
		view := g.bodyScroll.Size()
		top := cell.Position().Y - g.bodyScroll.Offset.Y
		left := cell.Position().X - g.bodyScroll.Offset.X
		if top < 0 || top+cell.Size().Height > view.Height+0.5 || left < 0 || left+cell.Size().Width > view.Width+0.5 {
			t.Errorf("scale %v: last cell at %v,%v size %v not in the view %v", scale, left, top, cell.Size(), view)
		}
		if g.headerScroll.Position() != headerAt || g.headerScroll.Offset.X != g.bodyScroll.Offset.X {
			t.Errorf("scale %v: header moved to %v (was %v) or is not in step sideways (%v, body %v)",
				scale, g.headerScroll.Position(), headerAt, g.headerScroll.Offset.X, g.bodyScroll.Offset.X)
		}
		for r, row := range g.cells {
			for c, e := range row {
				if e != nil && e.Size().Width < e.MinSize().Width-0.5 {
					t.Errorf("scale %v: cell %d,%d is %v wide, below its minimum %v", scale, r, c, e.Size().Width, e.MinSize().Width)
				}
			}
		}
		if scale == 1.5 {
			if g.bodyScroll.Direction != container.ScrollBoth {
				t.Errorf("at 特大 the body cannot scroll sideways (direction %v)", g.bodyScroll.Direction)
			}
		}
	}
}
