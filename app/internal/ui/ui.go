// Package ui holds the few pieces of presentation that the report window and the tab packages
// under app share, so that a heading, a year or a finding's severity looks the same in every tab.
package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/rules"
	"nianbao/widgets"
)

// Bold is the text style of headings inside tabs.
var Bold = fyne.TextStyle{Bold: true}

// NewTruncatedLabel is an empty label for a list or table cell: text longer than the cell ends in
// an ellipsis instead of widening the column.
func NewTruncatedLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// YearLabel is how a year is shown on its own: 「2023年」.
func YearLabel(y int) string { return lang.L("{{.Year}}年", map[string]any{"Year": strconv.Itoa(y)}) }

// Severity is how the generic widgets show a finding of severity s.
func Severity(s rules.Severity) widgets.Severity {
	switch s {
	case rules.Error:
		return widgets.SeverityError
	case rules.Warning:
		return widgets.SeverityWarning
	}
	return widgets.SeverityInfo
}
