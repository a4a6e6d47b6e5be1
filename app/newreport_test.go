package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A name the store would refuse cannot be confirmed in the new-report dialog, and the dialog
// says why; a plain name can.
func TestNewReportChecksAgency(t *testing.T) {
	h := newHarness(t)
	h.w.askNewReport()
	var agency *widget.Entry
	var create *widget.Button
	for _, o := range test.LaidOutObjects(h.w.win.Canvas().Overlays().Top()) {
		switch o := o.(type) {
		case *widget.Entry:
			if agency == nil {
				agency = o
			}
		case *widget.Button:
			if o.Text == "新建" {
				create = o
			}
		}
	}
	if agency == nil || create == nil {
		t.Fatal("no agency entry or 新建 button in the dialog")
	}
	for _, bad := range []string{"../../某局", "某局\u202e局某"} {
		agency.SetText(bad)
		if err := agency.Validate(); err == nil || !strings.Contains(err.Error(), "机关名称") {
			t.Errorf("%q: validation %v, want a message about the name", bad, err)
		}
		if !create.Disabled() {
			t.Errorf("%q: 新建 is enabled", bad)
		}
	}
	agency.SetText("孟津区西霞院街道办事处")
	if err := agency.Validate(); err != nil || create.Disabled() {
		t.Errorf("a plain name: validation %v, 新建 disabled %v", err, create.Disabled())
	}
}
