package widgets_test

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"nianbao/widgets"
	"nianbao/widgets/widgetstest"
)

// parseDigits accepts blank text and ASCII digits, as a stand-in for the app's cell parser.
func parseDigits(s string) error {
	for _, r := range s {
		if r < '0' || r > '9' {
			return fmt.Errorf("“%s”不是数字", s)
		}
	}
	return nil
}

// cellEvents records what a CellEntry reports.
type cellEvents struct {
	valid, invalid, blocks []string
	moves                  []widgets.Direction
}

// newTestCell returns a focused cell with parseDigits, recording its callbacks, in a window.
func newTestCell(t *testing.T, text string) (*widgets.CellEntry, *cellEvents, fyne.Window) {
	t.Helper()
	widgetstest.NewApp(t)
	c := widgets.NewCellEntry()
	c.Parse = parseDigits
	c.SetText(text)
	ev := &cellEvents{}
	c.OnValid = func(s string) { ev.valid = append(ev.valid, s) }
	c.OnInvalid = func(s string, err error) { ev.invalid = append(ev.invalid, s) }
	c.OnNavigate = func(d widgets.Direction) { ev.moves = append(ev.moves, d) }
	c.OnPasteBlock = func(s string) { ev.blocks = append(ev.blocks, s) }
	w := test.NewTempWindow(t, container.NewVBox(c))
	w.Canvas().Focus(c)
	return c, ev, w
}

// typeText types s into the focused c. (test.Type would call FocusGained first, which a real
// keystroke does not.)
func typeText(c fyne.Focusable, s string) {
	for _, r := range s {
		c.TypedRune(r)
	}
}

func key(name fyne.KeyName) *fyne.KeyEvent { return &fyne.KeyEvent{Name: name} }

func TestCellEntryReportsOnlyValidText(t *testing.T) {
	c, ev, _ := newTestCell(t, "")
	typeText(c, "1a")
	if fmt.Sprint(ev.valid) != "[1]" || fmt.Sprint(ev.invalid) != "[1a]" {
		t.Fatalf("valid %q, invalid %q; want [1] and [1a]", ev.valid, ev.invalid)
	}
	if c.Err() == nil || c.Hint() != "“1a”不是数字" {
		t.Errorf("invalid text: Err %v, Hint %q", c.Err(), c.Hint())
	}
	c.TypedKey(key(fyne.KeyBackspace))
	if fmt.Sprint(ev.valid) != "[1 1]" || c.Err() != nil || c.Hint() != "" {
		t.Errorf("after fixing: valid %q, Err %v, Hint %q", ev.valid, c.Err(), c.Hint())
	}
}

func TestCellEntryArrivingSelectsSoTypingReplaces(t *testing.T) {
	c, ev, _ := newTestCell(t, "0")
	typeText(c, "5")
	if c.Text() != "5" || fmt.Sprint(ev.valid) != "[5]" {
		t.Errorf("text %q, valid %q; want typing to replace the value", c.Text(), ev.valid)
	}
}

func TestCellEntrySetTextIsSilent(t *testing.T) {
	c, ev, _ := newTestCell(t, "")
	c.SetText("x")
	if len(ev.valid)+len(ev.invalid) != 0 {
		t.Errorf("SetText called back: valid %q invalid %q", ev.valid, ev.invalid)
	}
	if c.Err() == nil {
		t.Error("SetText of unparsable text should show the invalid state")
	}
}

func TestCellEntryReadOnly(t *testing.T) {
	c, ev, _ := newTestCell(t, "45")
	c.SetReadOnly(true)
	typeText(c, "9")
	c.TypedKey(key(fyne.KeyBackspace))
	cb := fyne.CurrentApp().Clipboard()
	cb.SetContent("7")
	c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	c.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb})
	if c.Text() != "45" || len(ev.valid) != 0 {
		t.Errorf("read-only cell changed to %q (valid %q)", c.Text(), ev.valid)
	}
	cb.SetContent("")
	c.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if cb.Content() != "45" {
		t.Errorf("copy from a read-only cell gave %q", cb.Content())
	}
}

func TestCellEntryNavigationKeys(t *testing.T) {
	c, ev, _ := newTestCell(t, "123")
	// All selected on arrival: arrows move on at once.
	c.TypedKey(key(fyne.KeyRight))
	c.TypedKey(key(fyne.KeyLeft))
	// Caret in the middle: Left moves the caret; at the start it moves on.
	c.TypedKey(key(fyne.KeyEnd))
	c.TypedKey(key(fyne.KeyLeft))
	c.TypedKey(key(fyne.KeyRight))
	c.TypedKey(key(fyne.KeyRight))
	c.TypedKey(key(fyne.KeyHome))
	c.TypedKey(key(fyne.KeyLeft))
	c.TypedKey(key(fyne.KeyUp))
	c.TypedKey(key(fyne.KeyDown))
	c.TypedKey(key(fyne.KeyTab))
	c.TypedKey(key(fyne.KeyReturn))
	c.KeyDown(key(desktop.KeyShiftLeft))
	c.TypedKey(key(fyne.KeyTab))
	c.TypedKey(key(fyne.KeyEnter))
	c.KeyUp(key(desktop.KeyShiftLeft))
	want := []widgets.Direction{
		widgets.DirectionRight, widgets.DirectionLeft,
		widgets.DirectionRight, widgets.DirectionLeft,
		widgets.DirectionUp, widgets.DirectionDown, widgets.DirectionNext, widgets.DirectionNextInColumn,
		widgets.DirectionPrevious, widgets.DirectionPreviousInColumn,
	}
	if fmt.Sprint(ev.moves) != fmt.Sprint(want) {
		t.Errorf("moves %v, want %v", ev.moves, want)
	}
	if c.Text() != "123" {
		t.Errorf("navigation changed the text to %q", c.Text())
	}
}

func TestCellEntryShiftArrowSelects(t *testing.T) {
	c, _, _ := newTestCell(t, "123")
	c.TypedKey(key(fyne.KeyEnd))
	c.KeyDown(key(desktop.KeyShiftLeft))
	c.TypedKey(key(fyne.KeyLeft))
	c.TypedKey(key(fyne.KeyLeft))
	c.KeyUp(key(desktop.KeyShiftLeft))
	typeText(c, "9")
	if c.Text() != "19" {
		t.Errorf("typing over a Shift+Left selection gave %q", c.Text())
	}
}

func TestCellEntryPaste(t *testing.T) {
	c, ev, _ := newTestCell(t, "")
	cb := fyne.CurrentApp().Clipboard()
	cb.SetContent("12")
	c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if c.Text() != "12" || fmt.Sprint(ev.valid) != "[12]" {
		t.Errorf("single value paste: text %q, valid %q", c.Text(), ev.valid)
	}
	cb.SetContent("1\t2\r\n3\t4\r\n")
	c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if c.Text() != "12" || len(ev.blocks) != 1 || ev.blocks[0] != "1\t2\r\n3\t4\r\n" {
		t.Errorf("block paste: text %q, blocks %q; want the block reported, not inserted", c.Text(), ev.blocks)
	}
}

func TestCellEntryEscapeUndoRedo(t *testing.T) {
	c, ev, _ := newTestCell(t, "7")
	typeText(c, "12")
	c.TypedShortcut(&fyne.ShortcutUndo{})
	if c.Text() != "1" {
		t.Errorf("undo: %q", c.Text())
	}
	c.TypedShortcut(&fyne.ShortcutRedo{})
	if c.Text() != "12" {
		t.Errorf("redo: %q", c.Text())
	}
	c.TypedKey(key(fyne.KeyEscape))
	if c.Text() != "7" || ev.valid[len(ev.valid)-1] != "7" {
		t.Errorf("escape: text %q, last valid %q; want the value from before editing", c.Text(), ev.valid)
	}
}

func TestCellEntryTapFocusesThenPlacesCaret(t *testing.T) {
	widgetstest.NewApp(t)
	c := widgets.NewCellEntry()
	c.SetText("123")
	other := widgets.NewCellEntry()
	w := test.NewTempWindow(t, container.NewVBox(c, other))
	w.Resize(fyne.NewSize(200, 100))
	w.Canvas().Focus(other)

	test.TapAt(c, fyne.NewPos(1, 5))
	if w.Canvas().Focused() != c {
		t.Fatal("tap did not focus the cell")
	}
	typeText(c, "4")
	if c.Text() != "4" {
		t.Errorf("first tap should select the value for replacing; typing gave %q", c.Text())
	}
	c.SetText("123")
	test.TapAt(c, fyne.NewPos(c.Size().Width-1, 5))
	typeText(c, "4")
	if c.Text() != "1234" {
		t.Errorf("tap at the right end of a focused cell then typing gave %q", c.Text())
	}
}

func TestCellEntryMarkAndHint(t *testing.T) {
	c, _, _ := newTestCell(t, "6")
	c.SetMark(widgets.MarkError, "应为 5，实为 6")
	if c.Mark() != widgets.MarkError || c.Hint() != "应为 5，实为 6" {
		t.Errorf("mark %v, hint %q", c.Mark(), c.Hint())
	}
	typeText(c, "x")
	if c.Hint() != "“x”不是数字" {
		t.Errorf("invalid text should take precedence in the hint, got %q", c.Hint())
	}
	c.SetText("5")
	c.SetMark(widgets.MarkNone, "old note")
	if c.Hint() != "" {
		t.Errorf("unmarked valid cell has hint %q", c.Hint())
	}
}

func TestCellEntryRendering(t *testing.T) {
	widgetstest.NewApp(t)
	cell := func(text string, setup func(c *widgets.CellEntry)) *widgets.CellEntry {
		c := widgets.NewCellEntry()
		c.Parse = parseDigits
		c.SetText(text)
		if setup != nil {
			setup(c)
		}
		return c
	}
	focused := cell("13612", nil)
	w := test.NewTempWindow(t, container.NewGridWithColumns(4,
		cell("123", nil),
		focused,
		cell("1a", nil),
		cell("45", func(c *widgets.CellEntry) { c.SetReadOnly(true) }),
		cell("6", func(c *widgets.CellEntry) { c.SetMark(widgets.MarkError, "应为 5") }),
		cell("7", func(c *widgets.CellEntry) { c.SetMark(widgets.MarkWarning, "与上年不一致") }),
		cell("8", func(c *widgets.CellEntry) { c.SetMark(widgets.MarkVerified, "已核实") }),
		cell("12345678901234567890", nil),
	))
	w.Resize(fyne.NewSize(420, 90))
	w.Canvas().Focus(focused)
	test.AssertRendersToMarkup(t, "cellentry/states.xml", w.Canvas())
	test.AssertRendersToImage(t, "cellentry/states.png", w.Canvas())
}

// lightTheme shows a theme in its light variant whatever the system asks for.
type lightTheme struct{ fyne.Theme }

func (l lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

func TestCellEntryRenderingLight(t *testing.T) {
	widgetstest.NewApp(t)
	th := lightTheme{widgets.NewTheme(widgets.BundledFont(), 1, nil)}
	cell := func(text string, setup func(c *widgets.CellEntry)) *widgets.CellEntry {
		c := widgets.NewCellEntry()
		c.Parse = parseDigits
		c.SetText(text)
		setup(c)
		return c
	}
	cells := container.NewGridWithColumns(4,
		cell("123", func(*widgets.CellEntry) {}),
		cell("45", func(c *widgets.CellEntry) { c.SetReadOnly(true) }),
		cell("6", func(c *widgets.CellEntry) { c.SetMark(widgets.MarkError, "应为 5") }),
		cell("7", func(c *widgets.CellEntry) { c.SetMark(widgets.MarkWarning, "与上年不一致") }),
	)
	bg := canvas.NewRectangle(th.Color(theme.ColorNameBackground, theme.VariantLight))
	w := test.NewTempWindow(t, container.NewThemeOverride(container.NewStack(bg, cells), th))
	w.Resize(fyne.NewSize(420, 50))
	test.AssertRendersToImage(t, "cellentry/states-light.png", w.Canvas())
}

func TestCellEntryAloneTabsToTheNextWidget(t *testing.T) {
	widgetstest.NewApp(t)
	c := widgets.NewCellEntry()
	next := widgets.NewCellEntry()
	w := test.NewTempWindow(t, container.NewVBox(c, next))
	w.Canvas().Focus(c)
	c.TypedKey(key(fyne.KeyTab))
	if w.Canvas().Focused() != next {
		t.Errorf("Tab from a cell without OnNavigate focused %v, want the next cell", w.Canvas().Focused())
	}
}
