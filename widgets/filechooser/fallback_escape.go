package filechooser

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Escape closes the Fyne dialog as it closes every system dialog: the question on top of it
// (新建文件夹, replace) when one is shown, else the dialog itself, as 取消. Fyne hands a key only to
// the focused widget, or to the canvas when nothing has the focus, so the boxes and lists the
// dialog focuses are types of their own that pass Escape on, and the canvas's key handler is the
// dialog's while it is shown.

// escapeEntry is an Entry that gives Escape to onEscape.
type escapeEntry struct {
	widget.Entry
	onEscape func()
}

func newEscapeEntry(onEscape func()) *escapeEntry {
	e := &escapeEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey hands Escape to onEscape and every other key to the Entry.
func (e *escapeEntry) TypedKey(k *fyne.KeyEvent) { passEscape(k, e.onEscape, e.Entry.TypedKey) }

// escapeList is a List that gives Escape to onEscape; a click on a line focuses the list.
type escapeList struct {
	widget.List
	onEscape func()
}

func newEscapeList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject), onEscape func()) *escapeList {
	l := &escapeList{onEscape: onEscape}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey hands Escape to onEscape and every other key (the arrows, space) to the List.
func (l *escapeList) TypedKey(k *fyne.KeyEvent) { passEscape(k, l.onEscape, l.List.TypedKey) }

// passEscape gives Escape to onEscape and any other key to typed.
func passEscape(k *fyne.KeyEvent, onEscape func(), typed func(*fyne.KeyEvent)) {
	if k.Name == fyne.KeyEscape {
		onEscape()
		return
	}
	typed(k)
}

// takeCanvasKeys makes the window's key handler for when nothing is focused the dialog's, and
// returns what gives the old one back.
func (b *browser) takeCanvasKeys() (restore func()) {
	c := b.win.Canvas()
	old := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		passEscape(k, b.escape, func(k *fyne.KeyEvent) {
			if old != nil {
				old(k)
			}
		})
	})
	return func() { c.SetOnTypedKey(old) }
}

// escape closes the question on top, or else cancels the dialog.
func (b *browser) escape() {
	if b.question != nil {
		b.question.Hide()
		return
	}
	b.finish()
}
