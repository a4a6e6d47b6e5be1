package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"

	"nianbao/data/export"
)

func TestExportWritesTheFileAndOffersTheFolder(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "3")
	f, ok := export.Lookup("json")
	if !ok {
		t.Fatal("json format not registered")
	}
	path := filepath.Join(t.TempDir(), export.FileName(h.w.view.doc.r, f))
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	h.w.writeExport(f, h.w.view.doc.r.Clone(), wc)
	b, err := os.ReadFile(path)
	if err != nil || len(b) == 0 {
		t.Fatalf("nothing written: %v", err)
	}
	tapInDialog(t, h, "关闭") // the dialog that says where the file went
}

func TestExportWarnsAboutErrors(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.unbalanceTable3()
	if v.doc.Counts().Errors == 0 {
		t.Fatal("setup: no error")
	}
	f, _ := export.Lookup("json")
	h.w.askExport(f)
	tapInDialog(t, h, "仍然导出") // a warning, not a block
}

func TestWriteTempForPrinting(t *testing.T) {
	f, _ := export.Lookup("txt")
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	path, err := writeTemp(f, v.doc.r)
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	if filepath.Ext(path) != ".txt" {
		t.Errorf("temp file %s", path)
	}
}

// Text that is no value is exported as typed, but only after the warning has named it.
func TestExportNamesInvalidCellsFirst(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "5x")
	f, _ := export.Lookup("txt")
	h.w.askExport(f)
	msg := h.overlayText()
	for _, want := range []string{"以下 1 个单元格填的不是数值，导出时将照原样写出", "表三", "自然人", "5x", "仍要导出吗"} {
		if !strings.Contains(msg, want) {
			t.Errorf("warning %q lacks %q", msg, want)
		}
	}
	tapInDialog(t, h, "取消")
	if top := h.w.win.Canvas().Overlays().Top(); top != nil {
		t.Error("cancel still went on to the file dialog")
	}
}
