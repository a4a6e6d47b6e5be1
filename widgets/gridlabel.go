package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var _ fyne.Widget = (*gridLabel)(nil)

// gridLabel is a header or label cell of a Grid: boxed, shaded text broken into as many lines as
// its width needs (never cut off), centred vertically.
type gridLabel struct {
	widget.BaseWidget
	text  string
	align fyne.TextAlign
}

func newGridLabel(text string, align fyne.TextAlign) *gridLabel {
	l := &gridLabel{text: text, align: align}
	l.ExtendBaseWidget(l)
	return l
}

// labelMetrics are the theme sizes a gridLabel is drawn with.
func labelMetrics(th fyne.Theme) (padX, padY, textSize float32) {
	return th.Size(theme.SizeNameInnerPadding) / 2, th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameText)
}

// heightFor is the height the label needs to show all its text at width.
func (l *gridLabel) heightFor(width float32) float32 {
	padX, padY, size := labelMetrics(l.Theme())
	lines := wrapBreak(l.text, width-2*padX, size, fyne.TextStyle{})
	return float32(len(lines))*lineHeight(size) + 2*padY
}

// naturalWidth is the width the label needs to show its text on one line per paragraph.
func (l *gridLabel) naturalWidth() float32 {
	padX, _, size := labelMetrics(l.Theme())
	return fyne.MeasureText(l.text, size, fyne.TextStyle{}).Width + 2*padX
}

func lineHeight(size float32) float32 {
	return fyne.MeasureText("国", size, fyne.TextStyle{}).Height
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (l *gridLabel) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &gridLabelRenderer{l: l, box: &canvas.Rectangle{StrokeWidth: 1}}
	r.Refresh()
	return r
}

type gridLabelRenderer struct {
	l       *gridLabel
	box     *canvas.Rectangle
	lines   []*canvas.Text
	objects []fyne.CanvasObject
}

var _ fyne.WidgetRenderer = (*gridLabelRenderer)(nil)

func (r *gridLabelRenderer) Destroy() {}

func (r *gridLabelRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *gridLabelRenderer) MinSize() fyne.Size {
	padX, padY, size := labelMetrics(r.l.Theme())
	return fyne.NewSize(fyne.MeasureText("国", size, fyne.TextStyle{}).Width+2*padX, lineHeight(size)+2*padY)
}

func (r *gridLabelRenderer) Layout(size fyne.Size) {
	th := r.l.Theme()
	padX, _, textSize := labelMetrics(th)
	r.box.Move(fyne.NewPos(0.5, 0.5))
	r.box.Resize(size.SubtractWidthHeight(1, 1))

	texts := wrapBreak(r.l.text, size.Width-2*padX, textSize, fyne.TextStyle{})
	if r.l.text == "" {
		texts = nil
	}
	for len(r.lines) < len(texts) {
		r.lines = append(r.lines, &canvas.Text{})
	}
	r.lines = r.lines[:len(texts)]
	lh := lineHeight(textSize)
	top := (size.Height - lh*float32(len(texts))) / 2
	fg := themeColor(th, theme.ColorNameForeground)
	r.objects = append(r.objects[:0], r.box)
	for i, t := range texts {
		line := r.lines[i]
		line.Text, line.TextSize, line.Color, line.Alignment = t, textSize, fg, r.l.align
		line.Move(fyne.NewPos(padX, top+lh*float32(i)))
		line.Resize(fyne.NewSize(size.Width-2*padX, lh))
		r.objects = append(r.objects, line)
	}
}

func (r *gridLabelRenderer) Refresh() {
	th := r.l.Theme()
	r.box.FillColor = themeColor(th, theme.ColorNameHeaderBackground)
	r.box.StrokeColor = themeColor(th, ColorNameGridLine)
	r.Layout(r.l.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}
