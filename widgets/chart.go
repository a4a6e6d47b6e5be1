package widgets

import (
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ChartPoint is one value of a LineChart, labelled on the x axis (a year, say). A Missing point
// (no value that year) leaves a gap in the line.
type ChartPoint struct {
	Label   string
	Value   float64
	Missing bool
}

var _ fyne.Widget = (*LineChart)(nil)

// LineChart draws one series as a line with a dot and its value at each point, under a title,
// with a y axis of round ticks. Labels that would collide are thinned out, always keeping the
// last point (the latest year).
type LineChart struct {
	widget.BaseWidget

	title  string
	points []ChartPoint
}

// NewLineChart returns an empty chart.
func NewLineChart() *LineChart {
	c := &LineChart{}
	c.ExtendBaseWidget(c)
	return c
}

// SetData replaces the title and the points shown.
func (c *LineChart) SetData(title string, points []ChartPoint) {
	c.title = title
	c.points = append([]ChartPoint(nil), points...)
	c.Refresh()
}

// chartTickCount is about how many intervals the y axis is divided into.
const chartTickCount = 5

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *LineChart) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &lineChartRenderer{c: c}
	r.Refresh()
	return r
}

type lineChartRenderer struct {
	c *LineChart

	title      *canvas.Text
	axisX      *canvas.Line
	axisY      *canvas.Line
	gridLines  []*canvas.Line
	tickLabels []*canvas.Text
	segments   []*canvas.Line // segments[i] joins point i and i+1; nil across a gap
	dots       []*canvas.Circle
	values     []*canvas.Text
	xLabels    []*canvas.Text
	ticks      []float64
	objects    []fyne.CanvasObject
}

var _ fyne.WidgetRenderer = (*lineChartRenderer)(nil)

func (r *lineChartRenderer) Destroy() {}

func (r *lineChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

// sizes are the padding and the text size of every label: axis, tick and value labels are at body
// size like the rest of the window, since a caption-size label is hard to read for the clerks who
// chose large text.
func (r *lineChartRenderer) sizes() (pad, text float32) {
	th := r.c.Theme()
	return th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameText)
}

func (r *lineChartRenderer) MinSize() fyne.Size {
	pad, text := r.sizes()
	line := fyne.MeasureText("0", text, fyne.TextStyle{}).Height
	return fyne.NewSize(12*text, fyne.MeasureText("国", text, fyne.TextStyle{}).Height+4*line+6*pad)
}

// Refresh rebuilds the drawing objects for the current data and theme.
func (r *lineChartRenderer) Refresh() {
	c := r.c
	th := c.Theme()
	fg := themeColor(th, theme.ColorNameForeground)
	muted := themeColor(th, theme.ColorNamePlaceHolder)
	grid := themeColor(th, ColorNameGridLine)
	series := themeColor(th, theme.ColorNamePrimary)
	_, textSize := r.sizes()
	newText := func(s string, col color.Color, size float32) *canvas.Text {
		t := canvas.NewText(s, col)
		t.TextSize = size
		return t
	}

	r.title = newText(c.title, fg, textSize)
	r.title.TextStyle.Bold = true
	r.title.Alignment = fyne.TextAlignCenter
	r.axisX = &canvas.Line{StrokeColor: muted, StrokeWidth: 1}
	r.axisY = &canvas.Line{StrokeColor: muted, StrokeWidth: 1}

	lo, hi, integer := 0.0, 0.0, true
	for _, p := range c.points {
		if p.Missing {
			continue
		}
		lo, hi = min(lo, p.Value), max(hi, p.Value)
		integer = integer && p.Value == math.Trunc(p.Value)
	}
	ticks, decimals := niceTicks(lo, hi, chartTickCount, integer)
	r.ticks = ticks
	r.gridLines, r.tickLabels = nil, nil
	for _, v := range ticks {
		r.gridLines = append(r.gridLines, &canvas.Line{StrokeColor: grid, StrokeWidth: 1})
		l := newText(formatTick(v, decimals), muted, textSize)
		l.Alignment = fyne.TextAlignTrailing
		r.tickLabels = append(r.tickLabels, l)
	}

	n := len(c.points)
	r.segments, r.dots, r.values, r.xLabels = make([]*canvas.Line, max(n-1, 0)), make([]*canvas.Circle, n), make([]*canvas.Text, n), make([]*canvas.Text, n)
	for i, p := range c.points {
		r.xLabels[i] = newText(p.Label, fg, textSize)
		r.xLabels[i].Alignment = fyne.TextAlignCenter
		if p.Missing {
			continue
		}
		r.dots[i] = &canvas.Circle{FillColor: series}
		r.values[i] = newText(strconv.FormatFloat(p.Value, 'f', -1, 64), fg, textSize)
		r.values[i].Alignment = fyne.TextAlignCenter
		if i+1 < n && !c.points[i+1].Missing {
			r.segments[i] = &canvas.Line{StrokeColor: series, StrokeWidth: 2}
		}
	}

	r.objects = []fyne.CanvasObject{r.title}
	for i := range r.gridLines {
		r.objects = append(r.objects, r.gridLines[i], r.tickLabels[i])
	}
	r.objects = append(r.objects, r.axisX, r.axisY)
	for _, s := range r.segments {
		if s != nil {
			r.objects = append(r.objects, s)
		}
	}
	for i := range c.points {
		if r.dots[i] != nil {
			r.objects = append(r.objects, r.dots[i], r.values[i])
		}
		r.objects = append(r.objects, r.xLabels[i])
	}
	r.Layout(c.Size())
	canvas.Refresh(c)
}

// Layout places the plot in size: title on top, tick labels on the left, x labels below, and
// each point at the centre of its slot.
func (r *lineChartRenderer) Layout(size fyne.Size) {
	pad, text := r.sizes()
	lineH := fyne.MeasureText("0", text, fyne.TextStyle{}).Height
	titleH := float32(0)
	if r.title.Text != "" {
		titleH = r.title.MinSize().Height + pad
	}
	r.title.Move(fyne.NewPos(0, pad))
	r.title.Resize(fyne.NewSize(size.Width, r.title.MinSize().Height))

	var tickW float32
	for _, l := range r.tickLabels {
		tickW = max(tickW, l.MinSize().Width)
	}
	left := pad + tickW + pad
	right := size.Width - pad
	top := pad + titleH + lineH // room for the value label of the highest point
	bottom := size.Height - pad - lineH - pad
	if right < left || bottom < top {
		right, bottom = max(right, left), max(bottom, top)
	}
	lo, hi := r.ticks[0], r.ticks[len(r.ticks)-1]
	yOf := func(v float64) float32 {
		return bottom - float32((v-lo)/(hi-lo))*(bottom-top)
	}

	for i, v := range r.ticks {
		y := yOf(v)
		r.gridLines[i].Position1 = fyne.NewPos(left, y)
		r.gridLines[i].Position2 = fyne.NewPos(right, y)
		r.tickLabels[i].Move(fyne.NewPos(pad, y-lineH/2))
		r.tickLabels[i].Resize(fyne.NewSize(tickW, lineH))
	}
	r.axisY.Position1, r.axisY.Position2 = fyne.NewPos(left, top), fyne.NewPos(left, bottom)
	r.axisX.Position1, r.axisX.Position2 = fyne.NewPos(left, bottom), fyne.NewPos(right, bottom)

	points := r.c.points
	n := len(points)
	if n == 0 {
		return
	}
	slot := (right - left) / float32(n)
	xOf := func(i int) float32 { return left + slot*(float32(i)+0.5) }
	labelEvery, valueEvery := thinning(r.xLabels, slot), thinning(r.values, slot)
	radius := max(pad, 3)
	for i, p := range points {
		x := xOf(i)
		shown := (n-1-i)%labelEvery == 0
		r.xLabels[i].Hidden = !shown
		placeCentred(r.xLabels[i], x, bottom+pad, size.Width)
		if p.Missing {
			continue
		}
		y := yOf(p.Value)
		r.dots[i].Move(fyne.NewPos(x-radius, y-radius))
		r.dots[i].Resize(fyne.NewSquareSize(2 * radius))
		r.values[i].Hidden = (n-1-i)%valueEvery != 0
		placeCentred(r.values[i], x, y-radius-lineH, size.Width)
		if i < n-1 && r.segments[i] != nil {
			r.segments[i].Position1 = fyne.NewPos(x, y)
			r.segments[i].Position2 = fyne.NewPos(xOf(i+1), yOf(points[i+1].Value))
		}
	}
}

// placeCentred puts t at its natural size centred on x, moved in where it would stick out of a
// chart of the given width.
func placeCentred(t *canvas.Text, x, y, width float32) {
	s := t.MinSize()
	t.Resize(s)
	t.Move(fyne.NewPos(max(0, min(x-s.Width/2, width-s.Width)), y))
}

// thinning returns k such that showing every k-th of texts (nil ones skipped) leaves no two
// overlapping when they are slot apart.
func thinning(texts []*canvas.Text, slot float32) int {
	var widest float32
	for _, t := range texts {
		if t != nil {
			widest = max(widest, t.MinSize().Width)
		}
	}
	if slot <= 0 {
		return max(len(texts), 1)
	}
	return max(1, int(math.Ceil(float64(widest/slot*1.1))))
}
