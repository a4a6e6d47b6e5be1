package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
)

func TestImportPublishedReport(t *testing.T) {
	h := newHarness(t)
	path, _ := filepath.Abs("testdata/xixiayuan-2023.txt")
	importFile := func() {
		rc, err := storage.Reader(storage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		h.w.importFrom(rc)
	}
	importFile()
	v := h.w.view
	if v == nil || v.doc.r.Meta.Agency != "孟津区西霞院街道办事处" || v.doc.r.Meta.Year != 2023 {
		t.Fatal("imported report not opened")
	}
	if v.doc.r.Meta.AutoTotals || h.cell("t3.new.total").ReadOnly() {
		t.Error("an imported report keeps its stated totals, editable")
	}
	// Importing the same report again asks before replacing it.
	h.w.showHistory()
	importFile()
	if h.w.view != nil {
		t.Fatal("replaced without asking")
	}
	tapInDialog(t, h, "替换")
	if h.w.view == nil {
		t.Error("not opened after confirming the replacement")
	}
}
