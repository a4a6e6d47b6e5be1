package widgets

import "fyne.io/fyne/v2"

// span is where an object sits in a table: its first row and column and how many of each it
// covers.
type span struct {
	row, col, rows, cols int
}

// tableLayout places objects on a table of fixed column widths and row heights; objects[i] goes
// to spans[i]. The sizes come from a function so that they follow theme changes.
type tableLayout struct {
	spans []span
	sizes func() (widths, heights []float32)
}

var _ fyne.Layout = (*tableLayout)(nil)

// offsets returns the running sums of sizes, starting at 0, with the total last.
func offsets(sizes []float32) []float32 {
	out := make([]float32, len(sizes)+1)
	for i, s := range sizes {
		out[i+1] = out[i] + s
	}
	return out
}

func (t *tableLayout) Layout(objects []fyne.CanvasObject, _ fyne.Size) {
	widths, heights := t.sizes()
	xs, ys := offsets(widths), offsets(heights)
	for i, o := range objects {
		s := t.spans[i]
		o.Move(fyne.NewPos(xs[s.col], ys[s.row]))
		o.Resize(fyne.NewSize(xs[s.col+s.cols]-xs[s.col], ys[s.row+s.rows]-ys[s.row]))
	}
}

func (t *tableLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	widths, heights := t.sizes()
	xs, ys := offsets(widths), offsets(heights)
	return fyne.NewSize(xs[len(xs)-1], ys[len(ys)-1])
}

// fitSpans grows sizes so that each object fits its span: need[i] is what object i needs along
// the axis, first and count its span. An object spanning several rows or columns takes its extra
// room from the last of them. Objects spanning one come first, so that spanning ones only grow
// what single ones left too small.
func fitSpans(sizes []float32, first, count []int, need []float32) {
	for pass := 0; pass < 2; pass++ {
		for i := range need {
			if (count[i] == 1) != (pass == 0) {
				continue
			}
			var have float32
			for k := first[i]; k < first[i]+count[i]; k++ {
				have += sizes[k]
			}
			if need[i] > have {
				sizes[first[i]+count[i]-1] += need[i] - have
			}
		}
	}
}
