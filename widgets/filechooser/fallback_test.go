package filechooser

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fallbackFixture is a folder with a report, a picture and a subfolder, and a window to show
// the Fyne dialog over.
func fallbackFixture(t *testing.T) (fyne.Window, string) {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1000, 700))
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "年报.pdf"), []byte("%PDF"), 0o644)
	os.WriteFile(filepath.Join(dir, "照片.JPG"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, ".hidden.pdf"), []byte("x"), 0o644)
	os.Mkdir(filepath.Join(dir, "来文"), 0o755)
	return win, dir
}

// shown opens a dialog of mode and returns it with a pointer to its answer.
func shown(win fyne.Window, mode dialogMode, opts Options) (*browser, *[]string) {
	var answers []string
	b := newBrowser(win, mode, opts, first(func(p string, err error) { answers = append(answers, p) }))
	b.show()
	return b, &answers
}

var pdfOnly = []Filter{{Name: "PDF 文件", Extensions: []string{"pdf"}}}

func TestFallbackListsFoldersFirstByTheFilter(t *testing.T) {
	win, dir := fallbackFixture(t)
	b, _ := shown(win, modeOpen, Options{Folder: dir, Filters: pdfOnly})
	if len(b.entries) != 2 || b.entries[0] != (entry{"来文", true}) || b.entries[1].name != "年报.pdf" {
		t.Errorf("entries %+v: want the folder, then the PDF only", b.entries)
	}
	b.filter = 1 // 所有文件
	b.open(dir)
	if len(b.entries) != 3 {
		t.Errorf("every file: %+v", b.entries)
	}
}

func TestFallbackTypedPathOpensAFile(t *testing.T) {
	win, dir := fallbackFixture(t)
	b, answers := shown(win, modeOpen, Options{Folder: dir, Filters: pdfOnly})
	b.path.SetText(filepath.Join(dir, "年报.pdf"))
	b.path.OnSubmitted(b.path.Text)
	if len(*answers) != 1 || (*answers)[0] != filepath.Join(dir, "年报.pdf") {
		t.Errorf("answers %q", *answers)
	}
}

func TestFallbackMissingFolderIsSaidAndTheDialogStays(t *testing.T) {
	win, dir := fallbackFixture(t)
	b, answers := shown(win, modeOpen, Options{Folder: dir})
	missing := filepath.Join(dir, "没有这个")
	b.path.OnSubmitted(missing)
	if b.message.Text != "找不到文件夹："+missing || len(*answers) != 0 {
		t.Errorf("message %q, answers %q", b.message.Text, *answers)
	}
}

func TestFallbackSaveAddsTheExtensionAndAsksBeforeReplacing(t *testing.T) {
	win, dir := fallbackFixture(t)
	b, answers := shown(win, modeSave, Options{Folder: dir, FileName: "新报告.pdf", Filters: pdfOnly})
	b.name.SetText("导出")
	b.confirm()
	if len(*answers) != 1 || (*answers)[0] != filepath.Join(dir, "导出.pdf") {
		t.Fatalf("answers %q", *answers)
	}

	b, answers = shown(win, modeSave, Options{Folder: dir, Filters: pdfOnly})
	b.name.SetText("年报")
	b.confirm()
	if len(*answers) != 0 {
		t.Fatalf("replaced without asking: %q", *answers)
	}
	tapButton(t, win, "Yes") // the test app's locale: Fyne's confirm dialog in English
	if len(*answers) != 1 || (*answers)[0] != filepath.Join(dir, "年报.pdf") {
		t.Errorf("after agreeing: %q", *answers)
	}
}

func TestFallbackCancelAndFolder(t *testing.T) {
	win, dir := fallbackFixture(t)
	_, answers := shown(win, modeOpen, Options{Folder: dir})
	tapButton(t, win, "取消")
	if len(*answers) != 1 || (*answers)[0] != "" {
		t.Errorf("cancel: %q", *answers)
	}
	b, answers := shown(win, modeFolder, Options{Folder: dir})
	if len(b.entries) != 1 {
		t.Errorf("folder mode lists %+v, want the folder only", b.entries)
	}
	tapButton(t, win, "选择")
	if len(*answers) != 1 || (*answers)[0] != dir {
		t.Errorf("folder: %q", *answers)
	}
}

func TestFallbackWordsAreChinese(t *testing.T) {
	win, dir := fallbackFixture(t)
	shown(win, modeSave, Options{Folder: dir, Filters: pdfOnly})
	var texts []string
	for _, o := range test.LaidOutObjects(win.Canvas().Overlays().Top()) {
		switch w := o.(type) {
		case *widget.Button:
			texts = append(texts, w.Text)
		case *widget.Label:
			texts = append(texts, w.Text)
		}
	}
	for _, want := range []string{"保存", "取消", "上一级", "新建文件夹", "文件名", "位置", "文件类型", "主文件夹"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the dialog lacks %q: %q", want, texts)
		}
	}
}

// tapButton taps the button labelled text in the window's top overlay.
func tapButton(t *testing.T, win fyne.Window, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(win.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}

// An open dialog that takes several files picks and unpicks them by click and answers with
// those picked, in the list's order; nothing picked answers with the typed path as before.
func TestFallbackOpensSeveralFiles(t *testing.T) {
	win, dir := fallbackFixture(t)
	var answers [][]string
	b := newBrowser(win, modeOpen, Options{Folder: dir, many: true}, func(p []string, err error) { answers = append(answers, p) })
	b.show()
	// 来文 (a folder), 年报.pdf, 照片.JPG
	b.list.Select(2)
	b.list.Select(1)
	b.list.Select(2) // unpicked again
	b.list.Select(2)
	tapButton(t, win, "打开")
	want := []string{filepath.Join(dir, "年报.pdf"), filepath.Join(dir, "照片.JPG")}
	if len(answers) != 1 || !slices.Equal(answers[0], want) {
		t.Errorf("answers %q, want %q", answers, want)
	}

	b = newBrowser(win, modeOpen, Options{Folder: dir, many: true}, func(p []string, err error) { answers = append(answers, p) })
	b.show()
	b.list.Select(1)
	b.list.Select(1)
	b.path.SetText(filepath.Join(dir, "年报.pdf"))
	tapButton(t, win, "打开")
	if len(answers) != 2 || !slices.Equal(answers[1], want[:1]) {
		t.Errorf("nothing picked, a typed path: answers %q", answers)
	}
}
