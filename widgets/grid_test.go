package widgets_test

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/widgets"
	"nianbao/widgets/widgetstest"
)

// gridEvents records what a Grid reports.
type gridEvents struct {
	changed, invalid []string
}

// newTable3 returns table 3 in a 1366×768 window, with parseDigits and recorded callbacks.
func newTable3(t testing.TB) (*widgets.Grid, *gridEvents, fyne.Window) {
	widgetstest.NewApp(t)
	g := widgets.NewGrid(table3Spec())
	ev := &gridEvents{}
	g.Parse = func(row, col int, text string) error { return parseDigits(text) }
	g.OnCellChanged = func(row, col int, text string) {
		ev.changed = append(ev.changed, fmt.Sprintf("%d,%d=%s", row, col, text))
	}
	g.OnInvalid = func(row, col int, text string, err error) {
		ev.invalid = append(ev.invalid, fmt.Sprintf("%d,%d=%s", row, col, text))
	}
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(1366, 768))
	return g, ev, w
}

// focusedCell is the focused cell of w's canvas.
func focusedCell(t *testing.T, w fyne.Window) *widgets.CellEntry {
	t.Helper()
	c, ok := w.Canvas().Focused().(*widgets.CellEntry)
	if !ok {
		t.Fatalf("focus is on %T, not a cell", w.Canvas().Focused())
	}
	return c
}

func position(g *widgets.Grid) string {
	r, c, ok := g.FocusedCell()
	if !ok {
		return "none"
	}
	return fmt.Sprintf("%d,%d", r, c)
}

func TestGridTextRoundTrip(t *testing.T) {
	g, ev, _ := newTable3(t)
	for r := range 25 {
		for c := range 7 {
			g.SetText(r, c, fmt.Sprint(r*10+c))
		}
	}
	for r := range 25 {
		for c := range 7 {
			if got := g.Text(r, c); got != fmt.Sprint(r*10+c) {
				t.Fatalf("Text(%d, %d) = %q", r, c, got)
			}
		}
	}
	if g.Text(25, 0) != "" || g.Text(0, 7) != "" || g.Text(-1, 0) != "" {
		t.Error("Text outside the grid should be empty")
	}
	if len(ev.changed) != 0 {
		t.Errorf("SetText reported changes: %q", ev.changed)
	}
}

func TestGridTypingReportsOnlyValidText(t *testing.T) {
	g, ev, w := newTable3(t)
	g.FocusCell(3, 2)
	typeText(focusedCell(t, w), "12x")
	if fmt.Sprint(ev.changed) != "[3,2=1 3,2=12]" || fmt.Sprint(ev.invalid) != "[3,2=12x]" {
		t.Errorf("changed %q, invalid %q", ev.changed, ev.invalid)
	}
	if g.Text(3, 2) != "12x" {
		t.Errorf("the invalid text should stay visible for fixing, got %q", g.Text(3, 2))
	}
}

func TestGridKeyboardNavigation(t *testing.T) {
	g, _, w := newTable3(t)
	press := func(name fyne.KeyName, shift bool) {
		c := focusedCell(t, w)
		if shift {
			c.KeyDown(key(desktop.KeyShiftLeft))
		}
		c.TypedKey(key(name))
		if shift {
			c.KeyUp(key(desktop.KeyShiftLeft))
		}
	}
	steps := []struct {
		from     [2]int
		key      fyne.KeyName
		shift    bool
		want     string
		whatItIs string
	}{
		{[2]int{0, 5}, fyne.KeyTab, false, "1,0", "Tab skips the read-only total"},
		{[2]int{1, 0}, fyne.KeyTab, true, "0,5", "Shift+Tab goes back"},
		{[2]int{22, 0}, fyne.KeyReturn, false, "24,0", "Enter skips the read-only （七）总计 row"},
		{[2]int{24, 0}, fyne.KeyReturn, false, "0,1", "Enter at the bottom continues in the next column"},
		{[2]int{0, 1}, fyne.KeyReturn, true, "24,0", "Shift+Enter goes back up"},
		{[2]int{22, 5}, fyne.KeyTab, false, "24,0", "Tab skips the whole read-only row"},
		{[2]int{0, 5}, fyne.KeyRight, false, "0,6", "arrows reach read-only cells"},
		{[2]int{22, 0}, fyne.KeyDown, false, "23,0", "Down reaches the read-only row"},
		{[2]int{0, 0}, fyne.KeyUp, false, "0,0", "Up at the top stays"},
		{[2]int{0, 0}, fyne.KeyLeft, false, "0,0", "Left at the left edge stays"},
		{[2]int{5, 3}, fyne.KeyLeft, false, "5,2", "Left on arrival moves on"},
	}
	for _, s := range steps {
		g.FocusCell(s.from[0], s.from[1])
		press(s.key, s.shift)
		if got := position(g); got != s.want {
			t.Errorf("%s: from %v got %s, want %s", s.whatItIs, s.from, got, s.want)
		}
	}

	g.SetReadOnly(1, 0, true)
	g.FocusCell(0, 5)
	press(fyne.KeyTab, false)
	if got := position(g); got != "1,1" {
		t.Errorf("Tab after SetReadOnly(1, 0): got %s, want 1,1", got)
	}
}

func TestGridTabPastTheLastCellLeavesTheGrid(t *testing.T) {
	widgetstest.NewApp(t)
	g := widgets.NewGrid(table3Spec())
	after := widget.NewEntry()
	w := test.NewTempWindow(t, container.NewBorder(nil, after, nil, nil, g))
	w.Resize(fyne.NewSize(1366, 768))
	g.FocusCell(24, 5)
	focusedCell(t, w).TypedKey(key(fyne.KeyTab))
	if w.Canvas().Focused() != after {
		t.Errorf("focus went to %T, want the entry after the grid", w.Canvas().Focused())
	}
}

func TestGridPasteBlock(t *testing.T) {
	g, ev, w := newTable3(t)
	g.SetText(0, 6, "99")
	g.FocusCell(0, 4)
	cb := fyne.CurrentApp().Clipboard()
	cb.SetContent("1\t2\t3\r\n 4 \tx\t6\r\n")
	focusedCell(t, w).TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})

	want := map[[2]int]string{{0, 4}: "1", {0, 5}: "2", {0, 6}: "99", {1, 4}: "4", {1, 5}: "x", {1, 6}: ""}
	for rc, text := range want {
		if got := g.Text(rc[0], rc[1]); got != text {
			t.Errorf("cell %v: %q, want %q", rc, got, text)
		}
	}
	if fmt.Sprint(ev.changed) != "[0,4=1 0,5=2 1,4=4]" || fmt.Sprint(ev.invalid) != "[1,5=x]" {
		t.Errorf("changed %q, invalid %q", ev.changed, ev.invalid)
	}
	if position(g) != "0,4" {
		t.Errorf("paste moved focus to %s", position(g))
	}

	ev.changed = nil
	var left []string
	g.OnPasteClipped = func(l []string) { left = l }
	g.PasteBlock(24, 5, "7\t8\t9\t\n1\t2")
	if fmt.Sprint(ev.changed) != "[24,5=7]" {
		t.Errorf("paste at the bottom-right corner: changed %q, want only 24,5 (clipped)", ev.changed)
	}
	if fmt.Sprint(left) != "[9 1 2]" {
		t.Errorf("left out %q, want [9 1 2]", left)
	}
}

func TestGridFocusCellScrollsIntoView(t *testing.T) {
	g, _, w := newTable3(t)
	w.Resize(fyne.NewSize(700, 400))
	g.FocusCell(24, 6)
	c := focusedCell(t, w)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c)
	size := w.Canvas().Size()
	if pos.X < 0 || pos.Y < 0 || pos.X+c.Size().Width > size.Width || pos.Y+c.Size().Height > size.Height {
		t.Errorf("cell 24,6 at %v size %v is not inside the %v window", pos, c.Size(), size)
	}
	g.FocusCell(0, 0)
	c = focusedCell(t, w)
	if pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c); pos.X < 0 || pos.Y < 0 {
		t.Errorf("cell 0,0 at %v after scrolling back", pos)
	}
}

func TestGridMarks(t *testing.T) {
	g, _, w := newTable3(t)
	g.SetMark(1, 1, widgets.MarkError, "应为 5，实为 6")
	g.FocusCell(1, 1)
	if c := focusedCell(t, w); c.Mark() != widgets.MarkError || c.Hint() != "应为 5，实为 6" {
		t.Errorf("mark %v hint %q", c.Mark(), c.Hint())
	}
	g.SetMark(1, 1, widgets.MarkNone, "")
	if c := focusedCell(t, w); c.Mark() != widgets.MarkNone || c.Hint() != "" {
		t.Errorf("cleared mark: %v hint %q", c.Mark(), c.Hint())
	}
}

// smallSpec has every feature of a GridSpec in a few cells: corner note, merged headers, a group
// label over rows, a label spanning label columns, a hidden cell and a read-only total.
func smallSpec() widgets.GridSpec {
	in := widgets.GridCell{Editable: true}
	total := widgets.GridCell{}
	return widgets.GridSpec{
		Corner: "说明",
		HeaderRows: [][]widgets.HeaderCell{
			{{Text: "甲"}, {Text: "乙组", Span: 2}},
			{{}, {Text: "乙一"}, {Text: "乙二"}},
		},
		LabelCols: 2,
		Columns:   3,
		Rows: []widgets.GridRow{
			{Labels: []widgets.HeaderCell{{Text: "一、第一行"}}, Cells: []widgets.GridCell{in, in, total}},
			{Labels: []widgets.HeaderCell{{Text: "二、分组", Span: 2}, {Text: "1.甲项"}}, Cells: []widgets.GridCell{in, {Hidden: true}, total}},
			{Labels: []widgets.HeaderCell{{Text: "2.乙项"}}, Cells: []widgets.GridCell{in, in}},
		},
	}
}

func TestGridRendering(t *testing.T) {
	widgetstest.NewApp(t)
	g := widgets.NewGrid(smallSpec())
	g.Parse = func(row, col int, text string) error { return parseDigits(text) }
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(520, 220))
	g.SetText(0, 0, "12")
	g.SetText(0, 2, "12")
	g.SetMark(0, 1, widgets.MarkWarning, "与上年不一致")
	g.SetText(1, 0, "x")
	g.FocusCell(1, 0)
	test.AssertRendersToMarkup(t, "grid/small.xml", w.Canvas())
}

func TestGridTable3Image(t *testing.T) {
	g, _, w := newTable3(t)
	g.SetText(0, 0, "13612")
	g.SetText(0, 6, "14069")
	g.SetMark(0, 6, widgets.MarkError, "应为 14069，实为 14070")
	g.SetMark(1, 0, widgets.MarkWarning, "与上年结转下年度不一致")
	g.SetMark(2, 0, widgets.MarkVerified, "已核实")
	g.FocusCell(0, 6)
	test.AssertRendersToImage(t, "grid/table3.png", w.Canvas())
}

// BenchmarkGridKeystroke measures one keystroke into a cell of table 3: edit, parse, OnCellChanged
// and redraw of the cell.
func BenchmarkGridKeystroke(b *testing.B) {
	widgetstest.NewApp(b)
	g := widgets.NewGrid(table3Spec())
	g.Parse = func(row, col int, text string) error { return parseDigits(text) }
	changes := 0
	g.OnCellChanged = func(row, col int, text string) { changes++ }
	w := test.NewTempWindow(b, g)
	w.Resize(fyne.NewSize(1366, 768))
	g.FocusCell(12, 3)
	c := w.Canvas().Focused()
	b.ResetTimer()
	for i := range b.N {
		if i%2 == 0 {
			c.TypedRune('7')
		} else {
			c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
	}
	b.StopTimer()
	if changes != b.N {
		b.Fatalf("%d changes for %d keystrokes", changes, b.N)
	}
}

func TestGridNaturalSizeShowsEverything(t *testing.T) {
	widgetstest.NewApp(t)
	g := widgets.NewGrid(smallSpec())
	nat := g.NaturalSize()
	w := test.NewTempWindow(t, container.NewVBox(g))
	w.SetPadded(false)
	w.Resize(nat)
	g.FocusCell(2, 1)
	c := focusedCell(t, w)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c)
	if pos.Y+c.Size().Height > nat.Height || pos.X+c.Size().Width > nat.Width {
		t.Errorf("last cell ends at %v, beyond the natural size %v", pos.AddXY(c.Size().Width, c.Size().Height), nat)
	}
	g.FocusCell(0, 0)
	if pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(focusedCell(t, w)); pos.Y < 0 {
		t.Errorf("first cell at %v: the grid scrolled at its natural size", pos)
	}
}
