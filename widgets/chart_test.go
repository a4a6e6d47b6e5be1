package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func chartPoints(n int) []ChartPoint {
	points := make([]ChartPoint, n)
	for i := range points {
		points[i] = ChartPoint{Label: fmt.Sprint(2006 + i), Value: float64((i*i*37)%900 + 10)}
	}
	return points
}

// newChart shows a chart of points in a window of size and returns its renderer.
func newChart(t *testing.T, points []ChartPoint, size fyne.Size) (*LineChart, *lineChartRenderer, fyne.Window) {
	t.Helper()
	newInternalTestApp(t, 1)
	c := NewLineChart()
	c.SetData("本年新收申请数量", points)
	w := test.NewTempWindow(t, c)
	w.Resize(size)
	return c, test.TempWidgetRenderer(t, c).(*lineChartRenderer), w
}

// checkInside fails when a visible object of r lies outside the chart.
func checkInside(t *testing.T, c *LineChart, r *lineChartRenderer) {
	t.Helper()
	size := c.Size()
	for _, o := range r.Objects() {
		if !o.Visible() {
			continue
		}
		p, s := o.Position(), o.Size()
		if l, ok := o.(*canvas.Line); ok {
			p, s = l.Position1, fyne.NewSize(l.Position2.X-l.Position1.X, l.Position2.Y-l.Position1.Y)
		}
		if p.X < -0.5 || p.Y < -0.5 || p.X+s.Width > size.Width+0.5 || p.Y+s.Height > size.Height+0.5 {
			t.Errorf("%T at %v size %v is outside the chart (%v)", o, p, s, size)
		}
	}
}

// checkNoOverlap fails when two visible texts overlap.
func checkNoOverlap(t *testing.T, texts []*canvas.Text) {
	t.Helper()
	var shown []*canvas.Text
	for _, tx := range texts {
		if tx != nil && tx.Visible() {
			shown = append(shown, tx)
		}
	}
	for i := 1; i < len(shown); i++ {
		a, b := shown[i-1], shown[i]
		if a.Position().X+a.Size().Width > b.Position().X {
			t.Errorf("%q and %q overlap", a.Text, b.Text)
		}
	}
}

func TestLineChartNoPoints(t *testing.T) {
	c, r, _ := newChart(t, nil, fyne.NewSize(400, 240))
	if len(r.dots) != 0 || len(r.segments) != 0 || len(r.ticks) < 2 {
		t.Errorf("empty chart: %d dots, %d segments, ticks %v", len(r.dots), len(r.segments), r.ticks)
	}
	checkInside(t, c, r)
}

func TestLineChartOnePoint(t *testing.T) {
	c, r, _ := newChart(t, chartPoints(1), fyne.NewSize(400, 240))
	if len(r.segments) != 0 || r.dots[0] == nil || !r.values[0].Visible() {
		t.Fatalf("one point: %d segments, dot %v", len(r.segments), r.dots[0])
	}
	centre := r.dots[0].Position().X + r.dots[0].Size().Width/2
	left, right := r.axisX.Position1.X, r.axisX.Position2.X
	if d := centre - (left+right)/2; d > 1 || d < -1 {
		t.Errorf("single point at x %v, want the middle of %v…%v", centre, left, right)
	}
	checkInside(t, c, r)
}

func TestLineChartTwentyPointsThinsLabels(t *testing.T) {
	points := chartPoints(20)
	points[5].Missing = true
	c, r, w := newChart(t, points, fyne.NewSize(360, 240))
	if r.segments[4] != nil || r.segments[5] != nil || r.segments[6] == nil {
		t.Error("a missing point should leave a gap in the line")
	}
	if r.dots[5] != nil {
		t.Error("a missing point should have no dot")
	}
	if !r.xLabels[19].Visible() || !r.values[19].Visible() {
		t.Error("the last point's labels should always show")
	}
	hidden := 0
	for _, l := range r.xLabels {
		if !l.Visible() {
			hidden++
		}
	}
	if hidden == 0 {
		t.Error("20 year labels in 360 units should be thinned")
	}
	checkNoOverlap(t, r.xLabels)
	checkNoOverlap(t, r.values)
	checkInside(t, c, r)

	last := r.dots[19].Position()
	w.Resize(fyne.NewSize(900, 400))
	if r.dots[19].Position() == last {
		t.Error("resizing did not move the points")
	}
	checkNoOverlap(t, r.xLabels)
	checkInside(t, c, r)
}

func TestLineChartAllZero(t *testing.T) {
	points := []ChartPoint{{Label: "2023"}, {Label: "2024"}, {Label: "2025"}}
	c, r, _ := newChart(t, points, fyne.NewSize(400, 240))
	base := r.axisX.Position1.Y
	for i, d := range r.dots {
		if y := d.Position().Y + d.Size().Height/2; y != base {
			t.Errorf("zero point %d at y %v, want the axis at %v", i, y, base)
		}
	}
	if fmt.Sprint(r.ticks) != "[0 1]" {
		t.Errorf("ticks %v, want [0 1]", r.ticks)
	}
	checkInside(t, c, r)
}

func TestLineChartRendering(t *testing.T) {
	for _, n := range []int{0, 1, 20} {
		_, _, w := newChart(t, chartPoints(n), fyne.NewSize(480, 260))
		test.AssertRendersToMarkup(t, fmt.Sprintf("chart/points-%d.xml", n), w.Canvas())
		if n == 20 {
			test.AssertRendersToImage(t, "chart/points-20.png", w.Canvas())
		}
	}
}

func TestChartLabelsAtBodyTextSize(t *testing.T) {
	c, r, _ := newChart(t, chartPoints(5), fyne.NewSize(600, 300))
	body := c.Theme().Size(theme.SizeNameText)
	var labels []*canvas.Text
	labels = append(labels, r.tickLabels...)
	labels = append(labels, r.xLabels...)
	labels = append(labels, r.values...)
	if len(labels) == 0 {
		t.Fatal("chart drew no labels")
	}
	for _, l := range labels {
		if l.TextSize != body {
			t.Errorf("label %q at size %v, want the body text size %v", l.Text, l.TextSize, body)
		}
	}
}
