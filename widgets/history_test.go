package widgets_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"nianbao/widgets"
	"nianbao/widgets/widgetstest"
)

// historyKeys are Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z: undo, redo, redo.
var historyKeys = []fyne.Shortcut{&fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}, widgets.RedoAlternative()}

// TestGridHandsHistoryToOwner: with OnUndo and OnRedo set, the keys go to the owner and the
// cell keeps its text; a pasted block runs inside WrapPaste; leaving a cell is reported.
func TestGridHandsHistoryToOwner(t *testing.T) {
	g, ev, w := newTable3(t)
	var calls []string
	g.OnUndo = func() { calls = append(calls, "undo") }
	g.OnRedo = func() { calls = append(calls, "redo") }
	g.WrapPaste = func(paste func()) {
		calls = append(calls, "begin")
		paste()
		calls = append(calls, "end")
	}
	g.OnCellLeft = func(row, col int) { calls = append(calls, "left") }

	g.FocusCell(0, 0)
	c := focusedCell(t, w)
	test.Type(c, "12")
	for _, k := range historyKeys {
		c.TypedShortcut(k)
	}
	if c.Text() != "12" {
		t.Errorf("cell undid its own text: %q", c.Text())
	}
	cb := test.NewClipboard()
	cb.SetContent("1\t2\n3\t4")
	c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	g.FocusCell(1, 0)
	want := "undo redo redo begin end left"
	if got := strings.Join(calls, " "); got != want {
		t.Errorf("calls = %q, want %q", got, want)
	}
	if len(ev.changed) != 2+4 {
		t.Errorf("changes = %v", ev.changed)
	}
}

// TestGridKeepsCellHistoryWithoutOwner: without OnUndo the cell undoes its own typing.
func TestGridKeepsCellHistoryWithoutOwner(t *testing.T) {
	g, _, w := newTable3(t)
	g.FocusCell(0, 0)
	c := focusedCell(t, w)
	test.Type(c, "12")
	c.TypedShortcut(&fyne.ShortcutUndo{})
	if c.Text() != "1" {
		t.Errorf("after undo: %q, want 1", c.Text())
	}
	c.TypedShortcut(widgets.RedoAlternative())
	if c.Text() != "12" {
		t.Errorf("after Ctrl+Shift+Z: %q, want 12", c.Text())
	}
}

func TestTextEntryHandsHistoryToOwner(t *testing.T) {
	widgetstest.NewApp(t)
	e := widgets.NewMultiLineTextEntry()
	w := test.NewTempWindow(t, e)
	w.Canvas().Focus(e)
	test.Type(e, "ab")
	e.TypedShortcut(&fyne.ShortcutUndo{}) // no owner: the entry's own undo
	if e.Text == "ab" {
		t.Errorf("entry did not undo without an owner")
	}
	var calls []string
	e.OnUndo = func() { calls = append(calls, "undo") }
	e.OnRedo = func() { calls = append(calls, "redo") }
	e.OnFocusLost = func() { calls = append(calls, "left") }
	text := e.Text
	for _, k := range historyKeys {
		e.TypedShortcut(k)
	}
	w.Canvas().Unfocus()
	if got := strings.Join(calls, " "); got != "undo redo redo left" {
		t.Errorf("calls = %q", got)
	}
	if e.Text != text {
		t.Errorf("entry changed its text to %q", e.Text)
	}
}
