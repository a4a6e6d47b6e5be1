package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TapRow shows a list row's content and reports single and double taps, so that a row can be
// opened with a double click as desktop users expect. A tappable row takes the tap from the
// list around it, so OnTapped has to select the row itself.
type TapRow struct {
	widget.BaseWidget
	content fyne.CanvasObject

	// OnTapped and OnDoubleTapped are set each time the row is bound to an item of the list.
	OnTapped       func()
	OnDoubleTapped func()
}

var (
	_ fyne.Widget         = (*TapRow)(nil)
	_ fyne.Tappable       = (*TapRow)(nil)
	_ fyne.DoubleTappable = (*TapRow)(nil)
)

// NewTapRow wraps content.
func NewTapRow(content fyne.CanvasObject) *TapRow {
	r := &TapRow{content: content}
	r.ExtendBaseWidget(r)
	return r
}

// Content is the wrapped row content, for the list's update function to fill.
func (r *TapRow) Content() fyne.CanvasObject { return r.content }

// Tapped calls OnTapped.
func (r *TapRow) Tapped(*fyne.PointEvent) {
	if r.OnTapped != nil {
		r.OnTapped()
	}
}

// DoubleTapped calls OnDoubleTapped.
func (r *TapRow) DoubleTapped(*fyne.PointEvent) {
	if r.OnDoubleTapped != nil {
		r.OnDoubleTapped()
	}
}

// CreateRenderer shows the content as it is.
func (r *TapRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.content)
}
