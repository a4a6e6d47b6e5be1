package widgets

// editBuffer is the text of a single-line cell with its caret and selection, in runes. It has no
// Fyne state so that editing rules can be tested on their own.
type editBuffer struct {
	text   []rune
	caret  int // rune offset of the caret, 0…len(text)
	anchor int // other end of the selection; equal to caret when nothing is selected
}

// set replaces the text and puts the caret at its end.
func (b *editBuffer) set(s string) {
	b.text = []rune(s)
	b.caret = len(b.text)
	b.anchor = b.caret
}

func (b *editBuffer) String() string { return string(b.text) }

// selection returns the selected range [from, to); from == to when nothing is selected.
func (b *editBuffer) selection() (from, to int) {
	if b.anchor < b.caret {
		return b.anchor, b.caret
	}
	return b.caret, b.anchor
}

func (b *editBuffer) hasSelection() bool { return b.anchor != b.caret }

// allSelected reports whether the whole, non-empty text is selected — the state a cell is in when
// the clerk arrives in it, where typing replaces the value and arrows move on to the next cell.
func (b *editBuffer) allSelected() bool {
	from, to := b.selection()
	return len(b.text) > 0 && from == 0 && to == len(b.text)
}

func (b *editBuffer) selectedText() string {
	from, to := b.selection()
	return string(b.text[from:to])
}

func (b *editBuffer) selectAll() {
	b.anchor = 0
	b.caret = len(b.text)
}

// moveTo puts the caret at pos; with extend the selection grows from its anchor, otherwise it
// collapses.
func (b *editBuffer) moveTo(pos int, extend bool) {
	b.caret = max(0, min(pos, len(b.text)))
	if !extend {
		b.anchor = b.caret
	}
}

// insert replaces the selection with s.
func (b *editBuffer) insert(s string) {
	b.deleteSelection()
	r := []rune(s)
	text := make([]rune, 0, len(b.text)+len(r))
	text = append(text, b.text[:b.caret]...)
	text = append(text, r...)
	text = append(text, b.text[b.caret:]...)
	b.text = text
	b.caret += len(r)
	b.anchor = b.caret
}

// deleteSelection removes the selected text and reports whether there was any.
func (b *editBuffer) deleteSelection() bool {
	from, to := b.selection()
	if from == to {
		return false
	}
	b.text = append(b.text[:from:from], b.text[to:]...)
	b.caret, b.anchor = from, from
	return true
}

// backspace removes the selection, or the rune before the caret.
func (b *editBuffer) backspace() {
	if b.deleteSelection() || b.caret == 0 {
		return
	}
	b.text = append(b.text[:b.caret-1:b.caret-1], b.text[b.caret:]...)
	b.caret--
	b.anchor = b.caret
}

// deleteForward removes the selection, or the rune after the caret.
func (b *editBuffer) deleteForward() {
	if b.deleteSelection() || b.caret == len(b.text) {
		return
	}
	b.text = append(b.text[:b.caret:b.caret], b.text[b.caret+1:]...)
}
