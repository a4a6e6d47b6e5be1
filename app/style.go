package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// boldStyle is the text style of headings inside tabs.
var boldStyle = fyne.TextStyle{Bold: true}

// newTruncatedLabel is an empty label for a list or table cell: text longer than the cell ends in
// an ellipsis instead of widening the column.
func newTruncatedLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
