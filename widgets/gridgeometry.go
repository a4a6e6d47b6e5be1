package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// gridGeometry caches column widths and row heights for the theme sizes in key.
type gridGeometry struct {
	key                  [4]float32
	widths, headH, bodyH []float32
}

// geometry returns the column widths and the header and body row heights for the current theme.
func (g *Grid) geometry() gridGeometry {
	th := g.Theme()
	key := [4]float32{th.Size(theme.SizeNameText), th.Size(theme.SizeNamePadding),
		th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInlineIcon)}
	if g.geo.widths != nil && g.geo.key == key {
		return g.geo
	}
	cellMin := g.probe.MinSize()
	g.geo = gridGeometry{key: key, widths: g.columnWidths(th, cellMin)}
	g.geo.headH = g.rowHeights(len(g.spec.HeaderRows), lineHeight(key[0])+2*key[1], g.headerItems, g.headerSpans)
	g.geo.bodyH = g.rowHeights(len(g.spec.Rows), cellMin.Height, g.bodyLabels, g.bodySpans)
	return g.geo
}

func (g *Grid) headerSizes() ([]float32, []float32) {
	geo := g.geometry()
	return geo.widths, geo.headH
}

func (g *Grid) bodySizes() ([]float32, []float32) {
	geo := g.geometry()
	return geo.widths, geo.bodyH
}

// columnWidths follows spec.ColumnWidths, or else the natural widths of the labels.
func (g *Grid) columnWidths(th fyne.Theme, cellMin fyne.Size) []float32 {
	spec := g.spec
	n := spec.LabelCols + spec.Columns
	widths := make([]float32, n)
	em := fyne.MeasureText("国", th.Size(theme.SizeNameText), fyne.TextStyle{}).Width
	if len(spec.ColumnWidths) == n {
		scale := textScale(th)
		for i, w := range spec.ColumnWidths {
			widths[i] = w * scale
		}
	} else {
		padX, _, _ := labelMetrics(th)
		for i := range widths {
			widths[i] = 3*em + 2*padX
		}
		// A label wider than its column stretches it up to a limit, past which it wraps; a label
		// over several rows wraps early, as group labels do in the printed form.
		grow := func(l *gridLabel, s span, limitEm float32) {
			if s.cols != 1 {
				return
			}
			if s.rows > 1 {
				limitEm = min(limitEm, 4)
			}
			w := min(l.naturalWidth(), limitEm*em+2*padX+1)
			widths[s.col] = max(widths[s.col], w)
		}
		for i, l := range g.bodyLabels {
			if s := g.bodySpans[i]; s.col < spec.LabelCols {
				grow(l, s, 14)
			}
		}
		for i, l := range g.headerItems {
			if s := g.headerSpans[i]; s.col >= spec.LabelCols {
				grow(l, s, 6)
			}
		}
	}
	for c := spec.LabelCols; c < n; c++ {
		widths[c] = max(widths[c], cellMin.Width)
	}
	return widths
}

// rowHeights gives each of n rows at least base and grows them until every label fits.
func (g *Grid) rowHeights(n int, base float32, labels []*gridLabel, spans []span) []float32 {
	heights := make([]float32, n)
	for i := range heights {
		heights[i] = base
	}
	xs := offsets(g.geo.widths)
	first, count := make([]int, len(labels)), make([]int, len(labels))
	need := make([]float32, len(labels))
	for i, l := range labels {
		s := spans[i]
		first[i], count[i] = s.row, s.rows
		need[i] = l.heightFor(xs[s.col+s.cols] - xs[s.col])
	}
	fitSpans(heights, first, count, need)
	return heights
}
