package widgets

import "testing"

func TestEditBuffer(t *testing.T) {
	var b editBuffer
	b.set("1234")
	if b.caret != 4 || b.hasSelection() {
		t.Fatalf("set: caret %d, selection %v", b.caret, b.hasSelection())
	}
	b.moveTo(2, false)
	b.insert("０")
	if got := b.String(); got != "12０34" || b.caret != 3 {
		t.Errorf("insert: %q caret %d", got, b.caret)
	}
	b.backspace()
	b.deleteForward()
	if got := b.String(); got != "124" || b.caret != 2 {
		t.Errorf("backspace+delete: %q caret %d", got, b.caret)
	}
	b.moveTo(0, true)
	if got := b.selectedText(); got != "12" {
		t.Errorf("extend selection: %q", got)
	}
	b.insert("9")
	if got := b.String(); got != "94" || b.hasSelection() {
		t.Errorf("typing over a selection: %q", got)
	}
	b.selectAll()
	if !b.allSelected() {
		t.Error("selectAll: not all selected")
	}
	b.backspace()
	if got := b.String(); got != "" || b.allSelected() {
		t.Errorf("backspace over everything: %q, allSelected %v", got, b.allSelected())
	}
	b.backspace()
	b.deleteForward()
	b.moveTo(-5, false)
	if b.caret != 0 {
		t.Errorf("edits at the edges of empty text moved the caret to %d", b.caret)
	}
}
