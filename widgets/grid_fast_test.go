package widgets_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"nianbao/widgets"
	"nianbao/widgets/widgetstest"
)

// fastSpec is a 3×4 grid with a read-only cell (1,2) and a hidden one (2,3), so that Tab, Enter
// and the arrows have something to skip.
func fastSpec() widgets.GridSpec {
	spec := widgets.GridSpec{LabelCols: 1, Columns: 4, HeaderRows: [][]widgets.HeaderCell{{{Text: "项目"}, {Text: "甲"}, {Text: "乙"}, {Text: "丙"}, {Text: "丁"}}}}
	for r := range 3 {
		row := widgets.GridRow{Labels: []widgets.HeaderCell{{Text: fmt.Sprint("行", r)}}}
		for c := range 4 {
			if r == 2 && c == 3 {
				break
			}
			row.Cells = append(row.Cells, widgets.GridCell{Editable: r != 1 || c != 2})
		}
		spec.Rows = append(spec.Rows, row)
	}
	return spec
}

// doubleTapDelay is the desktop driver's wait for a second click before it sends Tapped.
const doubleTapDelay = 300 * time.Millisecond

// fakeMouse replays clicks the way Fyne's desktop driver delivers them, on a fake clock: MouseDown
// and MouseUp at once, Tapped only when the double-tap delay has passed (or at the next click,
// which cancels the wait), DoubleTapped when that next click is on the same cell.
type fakeMouse struct {
	now, deadline time.Duration
	waiting       *widgets.CellEntry // the clicked cell whose tap is held back
	pressed, last *widgets.CellEntry
	clicks        int
	onDouble      func(*widgets.CellEntry) // tells the model of a DoubleTapped
}

// tick advances the clock by one event and delivers a tap whose delay has passed.
func (m *fakeMouse) tick(step time.Duration) {
	m.now += step
	if m.waiting != nil && m.now >= m.deadline {
		m.resolve()
	}
}

func (m *fakeMouse) resolve() {
	if m.clicks == 2 && m.last == m.waiting {
		m.waiting.DoubleTapped(&fyne.PointEvent{})
		m.onDouble(m.waiting)
	} else if m.waiting == m.pressed {
		m.waiting.Tapped(&fyne.PointEvent{})
	}
	m.clicks, m.pressed, m.last, m.waiting = 0, nil, nil, nil
}

// click presses and releases the primary button at the right edge of c (after its text).
func (m *fakeMouse) click(c *widgets.CellEntry) {
	ev := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary}
	ev.Position = fyne.NewPos(c.Size().Width-1, c.Size().Height/2)
	c.MouseDown(ev)
	m.pressed = c
	c.MouseUp(ev)
	m.clicks++
	m.last = c
	if m.waiting != nil {
		m.resolve()
		return
	}
	m.waiting, m.deadline = c, m.now+doubleTapDelay
}

// cellModel is what the user should see: where focus is, each cell's text, and whether the
// focused cell's text is selected (typing replaces it) or where its caret is.
type cellModel struct {
	spec     widgets.GridSpec
	text     [3][4]string
	row, col int
	focused  bool
	selected bool
	arrived  bool // focus just came: a tap keeps the text selected
	stale    bool // a key or a focus change came since the last click
	caret    int
}

func (m *cellModel) exists(r, c int) bool {
	return r >= 0 && r < 3 && c >= 0 && c < len(m.spec.Rows[r].Cells)
}

func (m *cellModel) editable(r, c int) bool {
	return m.exists(r, c) && m.spec.Rows[r].Cells[c].Editable
}

func (m *cellModel) focus(r, c int) {
	if m.focused && m.row == r && m.col == c {
		return
	}
	m.row, m.col, m.focused, m.stale = r, c, true, true
	m.selected, m.arrived, m.caret = true, true, len(m.text[r][c])
}

// next is the editable cell after (or before) the focused one, in reading order or down columns.
func (m *cellModel) next(forward, byColumn bool) (int, int, bool) {
	index := func(r, c int) int {
		if byColumn {
			return c*3 + r
		}
		return r*4 + c
	}
	step := 1
	if !forward {
		step = -1
	}
	for i := index(m.row, m.col) + step; i >= 0 && i < 12; i += step {
		r, c := i/4, i%4
		if byColumn {
			r, c = i%3, i/3
		}
		if m.editable(r, c) {
			return r, c, true
		}
	}
	return 0, 0, false
}

func (m *cellModel) stepTo(dr, dc int) {
	for r, c := m.row+dr, m.col+dc; r >= 0 && r < 3 && c >= 0 && c < 4; r, c = r+dr, c+dc {
		if m.exists(r, c) {
			m.focus(r, c)
			return
		}
	}
}

// key applies a navigation or editing key as CellEntry.TypedKey does.
func (m *cellModel) key(name fyne.KeyName, shift bool) {
	m.arrived, m.stale = false, true
	text := m.text[m.row][m.col]
	switch name {
	case fyne.KeyTab:
		if r, c, ok := m.next(!shift, false); ok {
			m.focus(r, c)
		}
	case fyne.KeyReturn:
		if r, c, ok := m.next(!shift, true); ok {
			m.focus(r, c)
		}
	case fyne.KeyUp:
		m.stepTo(-1, 0)
	case fyne.KeyDown:
		m.stepTo(1, 0)
	case fyne.KeyLeft:
		if m.selected || text == "" || m.caret == 0 {
			m.stepTo(0, -1)
		} else {
			m.caret--
		}
	case fyne.KeyRight:
		if m.selected || text == "" || m.caret == len(text) {
			m.stepTo(0, 1)
		} else {
			m.caret++
		}
	}
}

func (m *cellModel) typeDigit(d string) {
	m.arrived, m.stale = false, true
	if !m.editable(m.row, m.col) {
		return
	}
	t := m.text[m.row][m.col]
	if m.selected {
		t, m.caret, m.selected = "", 0, false
	}
	m.text[m.row][m.col] = t[:m.caret] + d + t[m.caret:]
	m.caret++
}

// fastRun is one random sequence applied to a fresh grid and to the model.
type fastRun struct {
	t     *testing.T
	g     *widgets.Grid
	w     fyne.Window
	m     *cellModel
	mouse *fakeMouse
	log   []string
}

// cell finds the CellEntry of row r, column c; the caller has set its text to a marker naming it.
func (f *fastRun) cell(r, c int) *widgets.CellEntry {
	for _, o := range test.LaidOutObjects(f.g) {
		if ce, ok := o.(*widgets.CellEntry); ok && ce.Text() == fmt.Sprintf("\x00%d,%d", r, c) {
			return ce
		}
	}
	return nil
}

func (f *fastRun) sendKey(name fyne.KeyName, shift bool) {
	c, ok := f.w.Canvas().Focused().(*widgets.CellEntry)
	if !ok {
		f.t.Fatalf("%s: focus is on %T, not a cell", strings.Join(f.log, " "), f.w.Canvas().Focused())
	}
	if shift {
		c.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	c.TypedKey(&fyne.KeyEvent{Name: name})
	if shift {
		if now, ok := f.w.Canvas().Focused().(*widgets.CellEntry); ok {
			now.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}
	}
	f.m.key(name, shift)
}

func (f *fastRun) check() {
	f.t.Helper()
	r, c, ok := f.g.FocusedCell()
	if ok != f.m.focused || ok && (r != f.m.row || c != f.m.col) {
		f.t.Fatalf("after %s: focus on %d,%d (%v), want %d,%d", strings.Join(f.log, " "), r, c, ok, f.m.row, f.m.col)
	}
	for r := range 3 {
		for c := range 4 {
			if f.m.exists(r, c) && f.g.Text(r, c) != f.m.text[r][c] {
				f.t.Fatalf("after %s: cell %d,%d holds %q, want %q", strings.Join(f.log, " "), r, c, f.g.Text(r, c), f.m.text[r][c])
			}
		}
	}
}

// TestGridFastInputLandsInOrder drives the grid with random sequences of clicks, double clicks,
// taps, Tab, Shift+Tab, Enter, Shift+Enter, arrows and digits queued 10 ms apart, and compares
// focus and every cell's text with the model after each event. Desktop sequences deliver taps the
// way the driver does, after the double-tap delay, so a tap arriving after the user typed and
// tabbed on must not take focus back.
func TestGridFastInputLandsInOrder(t *testing.T) {
	widgetstest.NewApp(t)
	rng := rand.New(rand.NewSource(11))
	for seq := range 200 {
		g := widgets.NewGrid(fastSpec())
		w := test.NewTempWindow(t, g)
		w.Resize(fyne.NewSize(600, 300))
		m := &cellModel{spec: fastSpec()}
		desktopMouse := seq%2 == 0
		f := &fastRun{t: t, g: g, w: w, m: m, mouse: &fakeMouse{}}
		cells := map[[2]int]*widgets.CellEntry{}
		f.mouse.onDouble = func(ce *widgets.CellEntry) {
			// A double click selects the text, unless the user typed or moved on before it came.
			if at := cells[[2]int{m.row, m.col}]; at == ce && m.focused && !m.stale {
				m.selected, m.arrived = true, false
			}
		}
		for r := range 3 {
			for c := range 4 {
				if !m.exists(r, c) {
					continue
				}
				g.SetText(r, c, fmt.Sprintf("\x00%d,%d", r, c))
				cells[[2]int{r, c}] = f.cell(r, c)
				g.SetText(r, c, "")
			}
		}
		g.SetText(1, 2, "9")
		m.text[1][2] = "9"
		steps := 10 + rng.Intn(40)
		for range steps {
			f.mouse.tick(10 * time.Millisecond)
			f.check()
			action := rng.Intn(10)
			if !m.focused {
				action = 0
			}
			switch {
			case action <= 1:
				r, c := rng.Intn(3), rng.Intn(4)
				if !m.exists(r, c) {
					continue
				}
				ce := cells[[2]int{r, c}]
				double := rng.Intn(4) == 0
				f.log = append(f.log, fmt.Sprintf("click%v(%d,%d)", map[bool]string{true: "×2"}[double], r, c))
				if desktopMouse {
					f.clickDesktop(ce, r, c, double)
				} else {
					f.tapTouch(ce, r, c, double)
				}
			case action <= 5:
				if len(m.text[m.row][m.col]) >= 5 {
					continue
				}
				d := fmt.Sprint(rng.Intn(10))
				f.log = append(f.log, d)
				w.Canvas().Focused().TypedRune(rune(d[0]))
				m.typeDigit(d)
			default:
				keys := []fyne.KeyName{fyne.KeyTab, fyne.KeyReturn, fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight}
				name, shift := keys[rng.Intn(len(keys))], rng.Intn(3) == 0
				if name == fyne.KeyTab {
					if _, _, ok := m.next(!shift, false); !ok {
						continue // Tab would leave the grid
					}
				}
				if name != fyne.KeyTab && name != fyne.KeyReturn {
					shift = false
				}
				f.log = append(f.log, fmt.Sprintf("%s%s", map[bool]string{true: "Shift+"}[shift], name))
				f.sendKey(name, shift)
			}
		}
		for range int(doubleTapDelay / (10 * time.Millisecond)) {
			f.mouse.tick(10 * time.Millisecond)
		}
		f.check()
	}
}

// clickDesktop clicks (or double clicks) through the fake driver: the model moves at MouseDown.
func (f *fastRun) clickDesktop(ce *widgets.CellEntry, r, c int, double bool) {
	m := f.m
	press := func() {
		if m.focused && m.row == r && m.col == c {
			m.selected, m.arrived, m.caret = false, false, len(m.text[r][c])
		} else {
			m.focus(r, c)
		}
		m.stale = false
	}
	press()
	f.mouse.click(ce)
	if double {
		f.mouse.tick(10 * time.Millisecond)
		press()
		f.mouse.click(ce)
	}
}

// tapTouch taps (or double taps) as a touch screen or test.Tap does: no MouseDown first.
func (f *fastRun) tapTouch(ce *widgets.CellEntry, r, c int, double bool) {
	m := f.m
	wasFocused := m.focused && m.row == r && m.col == c
	m.focus(r, c)
	if double {
		test.DoubleTap(ce)
		m.selected, m.arrived = true, false
		return
	}
	test.Tap(ce)
	switch {
	case !wasFocused || m.arrived:
		m.arrived = false
	default:
		m.selected, m.caret = false, 0
	}
}

// TestGridLateTapKeepsFocusWhereTheUserMovedIt is the reported case: click a cell, type a digit
// and press Tab before the driver's delayed Tapped arrives; then type the next digit.
func TestGridLateTapKeepsFocusWhereTheUserMovedIt(t *testing.T) {
	widgetstest.NewApp(t)
	g := widgets.NewGrid(fastSpec())
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(600, 300))
	f := &fastRun{t: t, g: g, w: w, m: &cellModel{spec: fastSpec()}}
	g.SetText(0, 0, "\x000,0")
	first := f.cell(0, 0)
	g.SetText(0, 0, "")
	mouse := &fakeMouse{onDouble: func(*widgets.CellEntry) {}}
	mouse.click(first)
	mouse.tick(10 * time.Millisecond)
	w.Canvas().Focused().TypedRune('1')
	mouse.tick(10 * time.Millisecond)
	f.sendKey(fyne.KeyTab, false)
	mouse.tick(doubleTapDelay) // the late Tapped on the first cell
	w.Canvas().Focused().TypedRune('2')
	if got := position(g); got != "0,1" {
		t.Errorf("focus on %s after the late tap, want 0,1", got)
	}
	if g.Text(0, 0) != "1" || g.Text(0, 1) != "2" {
		t.Errorf("cells hold %q and %q, want 1 and 2", g.Text(0, 0), g.Text(0, 1))
	}
}
