package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Direction is where keyboard navigation asks to move from a cell.
type Direction int

const (
	// DirectionUp is the Up arrow: the cell above.
	DirectionUp Direction = iota
	// DirectionDown is the Down arrow: the cell below.
	DirectionDown
	// DirectionLeft is the Left arrow at the start of the text: the cell to the left.
	DirectionLeft
	// DirectionRight is the Right arrow at the end of the text: the cell to the right.
	DirectionRight
	// DirectionNext is Tab: the next cell to type in, in reading order.
	DirectionNext
	// DirectionPrevious is Shift+Tab: the previous cell to type in, in reading order.
	DirectionPrevious
	// DirectionNextInColumn is Enter: the next cell to type in, down the column.
	DirectionNextInColumn
	// DirectionPreviousInColumn is Shift+Enter: the previous cell to type in, up the column.
	DirectionPreviousInColumn
)

// undoLimit bounds the undo history of one cell.
const undoLimit = 100

// sampleDigits is the widest value a cell is sized to show without scrolling its text.
const sampleDigits = "000000"

var (
	_ fyne.Widget            = (*CellEntry)(nil)
	_ fyne.Focusable         = (*CellEntry)(nil)
	_ fyne.Tabbable          = (*CellEntry)(nil)
	_ fyne.Shortcutable      = (*CellEntry)(nil)
	_ fyne.Tappable          = (*CellEntry)(nil)
	_ fyne.DoubleTappable    = (*CellEntry)(nil)
	_ fyne.SecondaryTappable = (*CellEntry)(nil)
	_ fyne.Draggable         = (*CellEntry)(nil)
	_ desktop.Mouseable      = (*CellEntry)(nil)
	_ desktop.Keyable        = (*CellEntry)(nil)
	_ desktop.Hoverable      = (*CellEntry)(nil)
	_ desktop.Cursorable     = (*CellEntry)(nil)
)

// CellEntry is a single-line entry for one number of a form table. Digits are right-aligned.
// Every edit is checked with Parse: valid text is reported through OnValid, invalid text through
// OnInvalid and shown inline (error tint, red border and an error icon; Hint gives the message) —
// invalid text never reaches OnValid.
//
// Arriving in a cell selects its text, so typing replaces the value. Tab, Enter and the arrow keys
// are reported through OnNavigate rather than handled, so that a container decides where to go;
// pasting text with tabs or line breaks (a block copied from a spreadsheet) is reported through
// OnPasteBlock rather than inserted.
type CellEntry struct {
	widget.BaseWidget

	// Parse checks text as typed; a nil Parse accepts anything. Its error is shown to the user,
	// so it should say in plain words what is wrong.
	Parse func(text string) error
	// OnValid is called after an edit by the user when the text parses.
	OnValid func(text string)
	// OnInvalid is called after an edit by the user when the text does not parse.
	OnInvalid func(text string, err error)
	// OnNavigate is called when a key asks to move to another cell.
	OnNavigate func(dir Direction)
	// OnPasteBlock is called with pasted text that holds several cells (tabs or line breaks).
	OnPasteBlock func(text string)
	// OnFocusChanged is called when the cell gains or loses keyboard focus.
	OnFocusChanged func(focused bool)
	// OnHover is called when the mouse pointer enters (true) or leaves (false) the cell.
	OnHover func(inside bool)
	// OnUndo and OnRedo, when set, take Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) from the cell's own
	// history, for an owner whose history spans many cells.
	OnUndo, OnRedo func()

	buf      editBuffer
	err      error
	readOnly bool
	mark     Mark
	note     string

	focused   bool
	arrived   bool // focus came just now: the tap that brought it keeps the text selected
	shiftDown bool
	dragging  bool
	// pressed is set by a primary MouseDown until its Tapped or DoubleTapped comes. The desktop
	// driver sends those only after the double-tap delay (300 ms), when a fast typist may already
	// have typed and tabbed on; MouseDown has focused the cell or placed the caret by then.
	pressed bool
	// pressStale says that focus left or a key came since the press, so a late DoubleTapped must
	// not select the text (typing would then overwrite what was just typed).
	pressStale bool
	atFocus    string // text when focus came, restored by Escape
	undo       []editBuffer
	redo       []editBuffer

	// view is the part of the text on screen, written by the renderer: the first visible rune and
	// its x position. Long text scrolls to keep the caret visible.
	viewFirst int
	viewX     float32
}

// NewCellEntry returns an empty, editable cell.
func NewCellEntry() *CellEntry {
	c := &CellEntry{}
	c.ExtendBaseWidget(c)
	return c
}

// Text returns the text shown in the cell, valid or not.
func (c *CellEntry) Text() string { return c.buf.String() }

// SetText shows text as the cell's value, as the program (not the user) sets it: callbacks are not
// called, the undo history is cleared, and the invalid state follows Parse.
func (c *CellEntry) SetText(text string) {
	if text == c.buf.String() {
		return
	}
	c.buf.set(text)
	if c.focused {
		c.buf.selectAll()
	}
	c.err = c.parse(text)
	c.undo, c.redo = nil, nil
	c.Refresh()
}

// Err returns why the current text does not parse, or nil.
func (c *CellEntry) Err() error { return c.err }

// SetReadOnly makes the cell a computed one: drawn with a distinct background, no typing, but its
// text can still be selected and copied.
func (c *CellEntry) SetReadOnly(readOnly bool) {
	if c.readOnly == readOnly {
		return
	}
	c.readOnly = readOnly
	c.Refresh()
}

// ReadOnly reports whether the cell refuses typing.
func (c *CellEntry) ReadOnly() bool { return c.readOnly }

// SetMark shows m on the cell with note as its hint (for a failing check: what was expected and
// what is there).
func (c *CellEntry) SetMark(m Mark, note string) {
	if c.mark == m && c.note == note {
		return
	}
	c.mark, c.note = m, note
	c.Refresh()
}

// Mark returns the cell's mark.
func (c *CellEntry) Mark() Mark { return c.mark }

// Hint returns what the cell has to tell the user: why its text is invalid, else the note of its
// mark, else "". Containers show it where there is room (the Grid in its hint line).
func (c *CellEntry) Hint() string {
	if c.err != nil {
		return c.err.Error()
	}
	if c.mark != MarkNone {
		return c.note
	}
	return ""
}

// hintIcon is the icon that goes with Hint, or nil.
func (c *CellEntry) hintIcon() fyne.Resource {
	if c.err != nil {
		return MarkError.icon()
	}
	return c.mark.icon()
}

func (c *CellEntry) parse(text string) error {
	if c.Parse == nil {
		return nil
	}
	return c.Parse(text)
}

// edit applies a change by the user, records it for undo and reports the new text.
func (c *CellEntry) edit(change func(b *editBuffer)) {
	before := c.buf
	before.text = append([]rune(nil), c.buf.text...)
	change(&c.buf)
	if string(before.text) == string(c.buf.text) {
		c.Refresh()
		return
	}
	c.undo = append(c.undo, before)
	if len(c.undo) > undoLimit {
		c.undo = c.undo[1:]
	}
	c.redo = nil
	c.changed()
}

// changed checks the new text, calls back and redraws.
func (c *CellEntry) changed() {
	text := c.buf.String()
	c.err = c.parse(text)
	c.Refresh()
	if c.err == nil {
		if c.OnValid != nil {
			c.OnValid(text)
		}
	} else if c.OnInvalid != nil {
		c.OnInvalid(text, c.err)
	}
}

// setTextByUser replaces the whole text as if the user typed it (used for pasted blocks).
func (c *CellEntry) setTextByUser(text string) {
	c.edit(func(b *editBuffer) {
		b.set(text)
		if c.focused {
			b.selectAll()
		}
	})
}

// navigate reports d; without OnNavigate, Tab and Shift+Tab keep their usual meaning of moving
// to the next or previous widget.
func (c *CellEntry) navigate(d Direction) {
	if c.OnNavigate != nil {
		c.OnNavigate(d)
		return
	}
	cnv := fyne.CurrentApp().Driver().CanvasForObject(c)
	if cnv == nil {
		return
	}
	switch d {
	case DirectionNext:
		cnv.FocusNext()
	case DirectionPrevious:
		cnv.FocusPrevious()
	}
}

// AcceptsTab keeps Tab from Fyne's focus traversal: the cell reports it through OnNavigate.
func (c *CellEntry) AcceptsTab() bool { return true }

// FocusGained selects the text, so that typing replaces the value.
func (c *CellEntry) FocusGained() {
	c.focused = true
	c.arrived = true
	c.atFocus = c.buf.String()
	c.buf.selectAll()
	c.Refresh()
	if c.OnFocusChanged != nil {
		c.OnFocusChanged(true)
	}
}

// FocusLost ends editing.
func (c *CellEntry) FocusLost() {
	c.focused = false
	c.pressStale = true
	c.shiftDown = false
	c.dragging = false
	c.buf.moveTo(c.buf.caret, false)
	c.Refresh()
	if c.OnFocusChanged != nil {
		c.OnFocusChanged(false)
	}
}

// TypedRune inserts r in place of the selection.
func (c *CellEntry) TypedRune(r rune) {
	c.arrived = false
	c.pressStale = true
	if c.readOnly || r < ' ' || r == 0x7f {
		return
	}
	c.edit(func(b *editBuffer) { b.insert(string(r)) })
}

// TypedKey edits, moves the caret, or asks to move to another cell.
func (c *CellEntry) TypedKey(ev *fyne.KeyEvent) {
	c.arrived = false
	c.pressStale = true
	shift := c.shiftHeld()
	b := &c.buf
	switch ev.Name {
	case fyne.KeyTab:
		c.navigate(pick(shift, DirectionPrevious, DirectionNext))
	case fyne.KeyReturn, fyne.KeyEnter:
		c.navigate(pick(shift, DirectionPreviousInColumn, DirectionNextInColumn))
	case fyne.KeyUp:
		c.navigate(DirectionUp)
	case fyne.KeyDown:
		c.navigate(DirectionDown)
	case fyne.KeyLeft:
		from, _ := b.selection()
		switch {
		case !shift && (b.allSelected() || len(b.text) == 0 || (!b.hasSelection() && b.caret == 0)):
			c.navigate(DirectionLeft)
		case !shift && b.hasSelection():
			b.moveTo(from, false)
		default:
			b.moveTo(b.caret-1, shift)
		}
	case fyne.KeyRight:
		_, to := b.selection()
		switch {
		case !shift && (b.allSelected() || len(b.text) == 0 || (!b.hasSelection() && b.caret == len(b.text))):
			c.navigate(DirectionRight)
		case !shift && b.hasSelection():
			b.moveTo(to, false)
		default:
			b.moveTo(b.caret+1, shift)
		}
	case fyne.KeyHome, fyne.KeyPageUp:
		b.moveTo(0, shift)
	case fyne.KeyEnd, fyne.KeyPageDown:
		b.moveTo(len(b.text), shift)
	case fyne.KeyBackspace:
		if !c.readOnly {
			c.edit((*editBuffer).backspace)
			return
		}
	case fyne.KeyDelete:
		if !c.readOnly {
			c.edit((*editBuffer).deleteForward)
			return
		}
	case fyne.KeyEscape:
		if !c.readOnly {
			restore := c.atFocus
			c.edit(func(b *editBuffer) { b.set(restore); b.selectAll() })
			return
		}
	default:
		return
	}
	c.Refresh()
}

func pick(cond bool, yes, no Direction) Direction {
	if cond {
		return yes
	}
	return no
}

// shiftHeld reports whether Shift is down. Shift pressed before focus arrived (Shift+Tab into this
// cell) is only known to the driver, so ask it as well as tracking KeyDown.
func (c *CellEntry) shiftHeld() bool {
	if c.shiftDown {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

// KeyDown tracks Shift for keyboard selection and Shift+Tab.
func (c *CellEntry) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shiftDown = true
	}
}

// KeyUp tracks Shift for keyboard selection and Shift+Tab.
func (c *CellEntry) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shiftDown = false
	}
}

// TypedShortcut handles copy, cut, paste, select all, undo and redo.
func (c *CellEntry) TypedShortcut(s fyne.Shortcut) {
	c.arrived = false
	c.pressStale = true
	if undo, redo := historyShortcut(s); undo && c.OnUndo != nil {
		c.OnUndo()
		return
	} else if redo && c.OnRedo != nil {
		c.OnRedo()
		return
	}
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		clipboardOf(sc.Clipboard).SetContent(c.copyText())
	case *fyne.ShortcutCut:
		clipboardOf(sc.Clipboard).SetContent(c.copyText())
		if !c.readOnly {
			c.edit(func(b *editBuffer) {
				if !b.hasSelection() {
					b.selectAll()
				}
				b.deleteSelection()
			})
		}
	case *fyne.ShortcutPaste:
		c.paste(clipboardOf(sc.Clipboard).Content())
	case *fyne.ShortcutSelectAll:
		c.buf.selectAll()
		c.Refresh()
	case *fyne.ShortcutUndo:
		c.undoRedo(&c.undo, &c.redo)
	case *fyne.ShortcutRedo, *desktop.CustomShortcut:
		if _, redo := historyShortcut(s); redo {
			c.undoRedo(&c.redo, &c.undo)
		}
	}
}

// copyText is the selection, or the whole value when nothing is selected (copying a cell).
func (c *CellEntry) copyText() string {
	if c.buf.hasSelection() {
		return c.buf.selectedText()
	}
	return c.buf.String()
}

func clipboardOf(cb fyne.Clipboard) fyne.Clipboard {
	if cb != nil {
		return cb
	}
	return fyne.CurrentApp().Clipboard()
}

// isBlock reports whether pasted text holds more than one cell.
func isBlock(text string) bool { return strings.ContainsAny(text, "\t\r\n") }

func (c *CellEntry) paste(text string) {
	if isBlock(text) && c.OnPasteBlock != nil {
		c.OnPasteBlock(text)
		return
	}
	if c.readOnly {
		return
	}
	if i := strings.IndexAny(text, "\t\r\n"); i >= 0 {
		text = text[:i]
	}
	c.edit(func(b *editBuffer) { b.insert(text) })
}

// undoRedo moves the current state onto to and restores the last state of from.
func (c *CellEntry) undoRedo(from, to *[]editBuffer) {
	if c.readOnly || len(*from) == 0 {
		return
	}
	last := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, c.buf)
	c.buf = last
	c.changed()
}

// MouseDown focuses the cell, or places the caret in a focused one.
func (c *CellEntry) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	c.pressed, c.pressStale = true, false
	if !c.focused {
		c.requestFocus()
		return
	}
	c.arrived = false
	c.buf.moveTo(c.runeAt(ev.Position.X), ev.Modifier&fyne.KeyModifierShift != 0)
	c.Refresh()
}

// MouseUp is part of desktop.Mouseable; the caret was placed on MouseDown.
func (c *CellEntry) MouseUp(*desktop.MouseEvent) {}

// Tapped focuses the cell (selecting its text), or places the caret when it already had focus.
// After a MouseDown, which did that already, it does nothing: it comes late and must never take
// focus back from where the user has moved it since.
func (c *CellEntry) Tapped(ev *fyne.PointEvent) {
	if c.pressed {
		c.pressed = false
		return
	}
	if !c.focused {
		c.requestFocus()
		c.arrived = false
		return
	}
	if c.arrived {
		c.arrived = false
		return
	}
	c.buf.moveTo(c.runeAt(ev.Position.X), false)
	c.Refresh()
}

// DoubleTapped selects the whole text, unless it comes after a MouseDown and the user has typed
// or left the cell since.
func (c *CellEntry) DoubleTapped(*fyne.PointEvent) {
	if c.pressed {
		c.pressed = false
		if c.pressStale || !c.focused {
			return
		}
	}
	if !c.focused {
		c.requestFocus()
	}
	c.arrived = false
	c.buf.selectAll()
	c.Refresh()
}

// TappedSecondary opens the edit menu: cut, copy, paste and select all (copy and select all only
// for a read-only cell).
func (c *CellEntry) TappedSecondary(ev *fyne.PointEvent) {
	cnv := fyne.CurrentApp().Driver().CanvasForObject(c)
	if cnv == nil {
		return
	}
	if !c.focused {
		c.requestFocus()
	}
	cb := fyne.CurrentApp().Clipboard()
	copyItem := fyne.NewMenuItem(lang.L("Copy"), func() { c.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb}) })
	selectAll := fyne.NewMenuItem(lang.L("Select all"), func() { c.TypedShortcut(&fyne.ShortcutSelectAll{}) })
	items := []*fyne.MenuItem{copyItem, selectAll}
	if !c.readOnly {
		cut := fyne.NewMenuItem(lang.L("Cut"), func() { c.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb}) })
		paste := fyne.NewMenuItem(lang.L("Paste"), func() { c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb}) })
		items = []*fyne.MenuItem{cut, copyItem, paste, selectAll}
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), cnv, ev.AbsolutePosition)
}

// Dragged selects text under the pointer.
func (c *CellEntry) Dragged(ev *fyne.DragEvent) {
	if !c.focused {
		return
	}
	c.arrived = false
	if !c.dragging {
		c.dragging = true
		c.buf.moveTo(c.runeAt(ev.Position.X-ev.Dragged.DX), false)
	}
	c.buf.moveTo(c.runeAt(ev.Position.X), true)
	c.Refresh()
}

// DragEnd ends a selection by mouse.
func (c *CellEntry) DragEnd() { c.dragging = false }

// MouseIn reports hovering, so that a container can show the cell's hint.
func (c *CellEntry) MouseIn(*desktop.MouseEvent) {
	if c.OnHover != nil {
		c.OnHover(true)
	}
}

// MouseMoved is part of desktop.Hoverable.
func (c *CellEntry) MouseMoved(*desktop.MouseEvent) {}

// MouseOut reports the end of hovering.
func (c *CellEntry) MouseOut() {
	if c.OnHover != nil {
		c.OnHover(false)
	}
}

// Cursor shows the text cursor: every cell's text can be selected.
func (c *CellEntry) Cursor() desktop.Cursor { return desktop.TextCursor }

func (c *CellEntry) requestFocus() {
	if cnv := fyne.CurrentApp().Driver().CanvasForObject(c); cnv != nil {
		cnv.Focus(c)
	}
}

// runeAt is the caret position nearest to x (in the cell's coordinates).
func (c *CellEntry) runeAt(x float32) int {
	size, style := c.textMetrics()
	text := c.buf.text
	best, bestDist := c.viewFirst, float32(-1)
	for i := c.viewFirst; i <= len(text); i++ {
		px := c.viewX + fyne.MeasureText(string(text[c.viewFirst:i]), size, style).Width
		d := px - x
		if d < 0 {
			d = -d
		}
		if bestDist >= 0 && d > bestDist {
			break
		}
		best, bestDist = i, d
	}
	return best
}

func (c *CellEntry) textMetrics() (float32, fyne.TextStyle) {
	return c.Theme().Size(theme.SizeNameText), fyne.TextStyle{}
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *CellEntry) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &cellEntryRenderer{
		c:         c,
		bg:        &canvas.Rectangle{},
		selection: &canvas.Rectangle{},
		text:      &canvas.Text{},
		caret:     &canvas.Rectangle{},
		icon:      &canvas.Image{FillMode: canvas.ImageFillContain},
		border:    &canvas.Rectangle{},
	}
	r.objects = []fyne.CanvasObject{r.bg, r.selection, r.text, r.caret, r.icon, r.border}
	r.Refresh()
	return r
}

type cellEntryRenderer struct {
	c                              *CellEntry
	bg, selection, caret, border   *canvas.Rectangle
	text                           *canvas.Text
	icon                           *canvas.Image
	objects                        []fyne.CanvasObject
	padX, padY, iconSize, textSize float32
}

var _ fyne.WidgetRenderer = (*cellEntryRenderer)(nil)

func (r *cellEntryRenderer) Destroy() {}

func (r *cellEntryRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *cellEntryRenderer) metrics() {
	th := r.c.Theme()
	r.padX = th.Size(theme.SizeNameInnerPadding) / 2
	r.padY = th.Size(theme.SizeNamePadding)
	r.iconSize = th.Size(theme.SizeNameInlineIcon) * 0.8
	r.textSize = th.Size(theme.SizeNameText)
}

func (r *cellEntryRenderer) MinSize() fyne.Size {
	r.metrics()
	digits := fyne.MeasureText(sampleDigits, r.textSize, fyne.TextStyle{})
	w := r.padX*3 + r.iconSize + digits.Width
	h := max(digits.Height, r.iconSize) + 2*r.padY
	return fyne.NewSize(w, h)
}

func (r *cellEntryRenderer) Layout(size fyne.Size) {
	r.metrics()
	c := r.c
	r.bg.Resize(size)
	bw := r.border.StrokeWidth
	r.border.Move(fyne.NewPos(bw/2, bw/2))
	r.border.Resize(size.SubtractWidthHeight(bw, bw))
	r.icon.Move(fyne.NewPos(r.padX, (size.Height-r.iconSize)/2))
	r.icon.Resize(fyne.NewSquareSize(r.iconSize))

	left := r.padX*2 + r.iconSize
	right := size.Width - r.padX
	avail := right - left
	style := fyne.TextStyle{}
	measure := func(from, to int) fyne.Size {
		return fyne.MeasureText(string(c.buf.text[from:to]), r.textSize, style)
	}
	text, caret := c.buf.text, c.buf.caret
	full := measure(0, len(text))
	first, last, x := 0, len(text), right-full.Width
	if full.Width > avail {
		first = min(c.viewFirst, caret, len(text))
		for first < caret && measure(first, caret).Width > avail {
			first++
		}
		for first > 0 && measure(first-1, len(text)).Width <= avail {
			first-- // no empty room at the right end while text is hidden at the left
		}
		last = first
		for last < len(text) && measure(first, last+1).Width <= avail {
			last++
		}
		x = left
	}
	c.viewFirst, c.viewX = first, x

	lineH := full.Height
	if lineH == 0 {
		lineH = fyne.MeasureText(sampleDigits, r.textSize, style).Height
	}
	top := (size.Height - lineH) / 2
	r.text.Text = string(text[first:last])
	r.text.TextSize = r.textSize
	r.text.Move(fyne.NewPos(x, top))
	r.text.Resize(fyne.NewSize(measure(first, last).Width, lineH))

	caretX := x + measure(first, max(first, min(caret, last))).Width
	r.caret.Move(fyne.NewPos(caretX-1, top))
	r.caret.Resize(fyne.NewSize(2, lineH))

	from, to := c.buf.selection()
	from, to = max(from, first), min(to, last)
	if to > from {
		sx := x + measure(first, from).Width
		r.selection.Move(fyne.NewPos(sx, top))
		r.selection.Resize(fyne.NewSize(measure(from, to).Width, lineH))
	} else {
		r.selection.Resize(fyne.Size{})
	}
}

func (r *cellEntryRenderer) Refresh() {
	c := r.c
	th := c.Theme()

	background := theme.ColorNameInputBackground
	switch {
	case c.readOnly:
		background = ColorNameComputed
	case c.err != nil:
		background = ColorNameError
	case c.mark.tint() != "":
		background = c.mark.tint()
	}
	r.bg.FillColor = themeColor(th, background)

	border, width := ColorNameGridLine, float32(1)
	switch {
	case c.focused:
		border, width = theme.ColorNamePrimary, 2
	case c.err != nil:
		border, width = theme.ColorNameError, 2
	case c.mark.borderColor() != "":
		border, width = c.mark.borderColor(), 2
	}
	r.border.StrokeColor = themeColor(th, border)
	r.border.StrokeWidth = width

	r.icon.Resource = c.hintIcon()
	r.icon.Hidden = r.icon.Resource == nil
	r.text.Color = themeColor(th, theme.ColorNameForeground)
	r.caret.FillColor = themeColor(th, theme.ColorNamePrimary)
	r.caret.Hidden = !c.focused || c.readOnly
	r.selection.FillColor = themeColor(th, theme.ColorNameSelection)
	r.selection.Hidden = !c.focused || !c.buf.hasSelection()

	r.Layout(c.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}
