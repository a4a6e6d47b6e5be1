package widgets

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestTapRowReportsTapsAndShowsContent(t *testing.T) {
	newInternalTestApp(t, 1)
	label := widget.NewLabel("孟津区西霞院街道办事处")
	r := NewTapRow(label)
	var taps, doubles int
	r.OnTapped = func() { taps++ }
	r.OnDoubleTapped = func() { doubles++ }
	test.NewTempWindow(t, r)
	test.Tap(r)
	test.DoubleTap(r)
	if taps != 1 || doubles != 1 {
		t.Errorf("taps %d, double taps %d; want 1 and 1", taps, doubles)
	}
	if r.Content() != label || r.MinSize() != label.MinSize() {
		t.Errorf("row does not show its content at the content's size")
	}
}

func TestTapRowWithoutCallbacks(t *testing.T) {
	newInternalTestApp(t, 1)
	r := NewTapRow(widget.NewLabel("x"))
	test.Tap(r)
	test.DoubleTap(r)
}
