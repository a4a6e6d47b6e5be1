package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// redoAlternative is Ctrl+Shift+Z (⌘⇧Z on macOS), redo as many programs spell it besides Ctrl+Y.
var redoAlternative = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// RedoAlternative returns Ctrl+Shift+Z, for a window to register beside Ctrl+Y.
func RedoAlternative() fyne.Shortcut { return redoAlternative }

// historyShortcut reports whether s asks to undo (Ctrl+Z) or to redo (Ctrl+Y, Ctrl+Shift+Z).
func historyShortcut(s fyne.Shortcut) (undo, redo bool) {
	switch s.(type) {
	case *fyne.ShortcutUndo:
		return true, false
	case *fyne.ShortcutRedo:
		return false, true
	}
	return false, s.ShortcutName() == redoAlternative.ShortcutName()
}

// TextEntry is a multi-line widget.Entry whose undo and redo can be handed to its owner, whose
// history spans more than one field.
type TextEntry struct {
	widget.Entry

	// OnUndo and OnRedo, when set, take Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) from the entry's own
	// history.
	OnUndo, OnRedo func()
	// OnFocusLost is called when the user leaves the entry.
	OnFocusLost func()
}

// NewMultiLineTextEntry returns an empty multi-line TextEntry.
func NewMultiLineTextEntry() *TextEntry {
	e := &TextEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut hands undo and redo to OnUndo and OnRedo when they are set.
func (e *TextEntry) TypedShortcut(s fyne.Shortcut) {
	undo, redo := historyShortcut(s)
	switch {
	case undo && e.OnUndo != nil:
		e.OnUndo()
	case redo && e.OnRedo != nil:
		e.OnRedo()
	default:
		e.Entry.TypedShortcut(s)
	}
}

// FocusLost ends editing and tells OnFocusLost.
func (e *TextEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.OnFocusLost != nil {
		e.OnFocusLost()
	}
}
