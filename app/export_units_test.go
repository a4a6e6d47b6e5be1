package app

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"nianbao/data/report"
)

// 导出列表 offers the reports the list shows, after its filter, under a name with their year.
func TestExportListOffersTheFilteredReports(t *testing.T) {
	h := newHarness(t)
	h.storeReports(report.New("甲镇人民政府", 2024), report.New("乙镇人民政府", 2024), report.New("甲镇人民政府", 2023))
	h.w.showHistory()
	h.w.history.filter.year.SetSelected("2024年")
	h.w.askExportUnits()
	asked := h.w.files.(*fakeFiles).asked
	if len(asked) != 1 || asked[0].FileName != "各单位年报数据（2024年）.xlsx" {
		t.Errorf("save dialogs %+v", asked)
	}
}

// A file whose writing fails is removed rather than left half written.
func TestWriteAndClose(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.xlsx"), filepath.Join(dir, "bad.xlsx")
	for _, c := range []struct {
		path  string
		write func(io.Writer) error
	}{
		{good, func(w io.Writer) error { _, err := io.WriteString(w, "data"); return err }},
		{bad, func(w io.Writer) error { io.WriteString(w, "half"); return errors.New("disk full") }},
	} {
		wc, err := storage.Writer(storage.NewFileURI(c.path))
		if err != nil {
			t.Fatal(err)
		}
		err = writeAndClose(wc, c.write)
		_, statErr := os.Stat(c.path)
		switch c.path {
		case good:
			if err != nil || statErr != nil {
				t.Errorf("good write: %v, %v", err, statErr)
			}
		case bad:
			if err == nil || !os.IsNotExist(statErr) {
				t.Errorf("failed write: %v; file left: %v", err, statErr)
			}
		}
	}
}
