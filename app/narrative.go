package app

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/summary"
	"nianbao/widgets"
)

// narrativeField is one free-text field of the report (s1.intro … s6) with its heading and a
// character count.
type narrativeField struct {
	key     string
	entry   *widgets.TextEntry
	count   *widget.Label
	heading fyne.CanvasObject
}

// newNarrativeField builds the field for key; minRows is the height of the entry in lines.
func (v *reportView) newNarrativeField(key, heading string, minRows int) *narrativeField {
	n := &narrativeField{key: key, entry: widgets.NewMultiLineTextEntry(), count: widget.NewLabel("")}
	n.entry.Wrapping = fyne.TextWrapBreak
	n.entry.SetMinRowsVisible(minRows)
	n.entry.SetText(v.doc.r.Text(key))
	n.showCount()
	n.entry.OnUndo, n.entry.OnRedo = v.undo, v.redo
	n.entry.OnFocusLost = v.doc.sealTyping
	n.entry.OnChanged = func(text string) {
		v.doc.SetText(key, text)
		n.showCount()
		v.edited()
	}
	n.heading = widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, ui.Bold)
	v.narratives[key] = n
	return n
}

// textLength counts the characters a reader sees, without spaces and line breaks.
func textLength(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

func (n *narrativeField) showCount() {
	n.count.SetText(lang.L("{{.Count}} 字", map[string]any{"Count": textLength(n.entry.Text)}))
}

// block is the field as a column: heading and count on one line, the entry below, and any extra
// controls (such as 「插入数据摘要」) beside the count.
func (n *narrativeField) block(extra ...fyne.CanvasObject) fyne.CanvasObject {
	right := container.NewHBox(append(extra, n.count)...)
	return container.NewBorder(container.NewBorder(nil, nil, n.heading, right), nil, nil, nil, n.entry)
}

// insertSummary writes a generated summary sentence into a narrative field, replacing an earlier
// one of the same kind.
func (v *reportView) insertSummary(key, sentence string) {
	n, ok := v.narratives[key]
	if !ok {
		return
	}
	v.writeField(n.entry, summary.Insert(n.entry.Text, sentence))
}

// writeField replaces the text of a narrative field for the user (an inserted sentence): one
// step to undo, apart from the typing before and after it.
func (v *reportView) writeField(e *widgets.TextEntry, text string) {
	v.doc.sealTyping()
	e.SetText(text)
	v.doc.sealTyping()
}
