package comparetab

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/compare"
	"nianbao/widgets"
)

// trendChart charts one figure over every stored year of the agency.
type trendChart struct {
	series  *compare.Series
	figure  *widget.Select
	chart   *widgets.LineChart
	content fyne.CanvasObject
}

func newTrendChart() *trendChart {
	t := &trendChart{chart: widgets.NewLineChart()}
	var labels []string
	for _, f := range compare.Figures() {
		labels = append(labels, f.Label)
	}
	t.figure = widget.NewSelect(labels, func(string) { t.draw() })
	t.figure.SetSelected(labels[0])
	t.content = container.NewBorder(container.NewHBox(widget.NewLabel(lang.L("指标")), t.figure), nil, nil, nil, t.chart)
	return t
}

// set shows a new series.
func (t *trendChart) set(s *compare.Series) {
	t.series = s
	t.draw()
}

// chosenFigure is the figure chosen in the chooser.
func (t *trendChart) chosenFigure() compare.Figure {
	for _, f := range compare.Figures() {
		if f.Label == t.figure.Selected {
			return f
		}
	}
	return compare.Figures()[0]
}

// draw charts the chosen figure; a year without a number is a gap in the line.
func (t *trendChart) draw() {
	f := t.chosenFigure()
	unit := lang.L("件")
	if f.Money {
		unit = lang.L("万元")
	}
	t.chart.SetData(lang.L("{{.Figure}}（单位：{{.Unit}}）", map[string]any{"Figure": f.Label, "Unit": unit}), t.points())
}

// points are the chosen figure's values by year.
func (t *trendChart) points() []widgets.ChartPoint {
	if t.series == nil {
		return nil
	}
	var out []widgets.ChartPoint
	for _, p := range compare.Trend(t.series, t.chosenFigure().Key) {
		out = append(out, widgets.ChartPoint{Label: ui.YearLabel(p.Year), Value: p.Value.N.Float(), Missing: !p.Value.IsNumber()})
	}
	return out
}
