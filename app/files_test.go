package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/export"
	"nianbao/widgets/filechooser"
)

// fakeFiles stands in for the system's dialogs: each field answers its dialog (open also the
// one taking several files, with its one file, unless openFiles is set), and a dialog without
// one is cancelled; with fail set, no dialog can be shown. asked records the options of every
// dialog asked for.
type fakeFiles struct {
	open, save, folder func(filechooser.Options) string
	openFiles          func(filechooser.Options) []string
	fail               error
	asked              []filechooser.Options
}

func (f *fakeFiles) answer(by func(filechooser.Options) string, opts filechooser.Options, done func(string, error)) {
	f.asked = append(f.asked, opts)
	if f.fail != nil {
		done("", f.fail)
		return
	}
	if by == nil {
		done("", nil)
		return
	}
	done(by(opts), nil)
}

func (f *fakeFiles) Open(o filechooser.Options, done func(string, error)) { f.answer(f.open, o, done) }
func (f *fakeFiles) OpenFiles(o filechooser.Options, done func([]string, error)) {
	if f.openFiles == nil {
		f.answer(f.open, o, func(p string, err error) {
			var paths []string
			if p != "" {
				paths = []string{p}
			}
			done(paths, err)
		})
		return
	}
	f.asked = append(f.asked, o)
	done(f.openFiles(o), f.fail)
}
func (f *fakeFiles) Save(o filechooser.Options, done func(string, error)) { f.answer(f.save, o, done) }
func (f *fakeFiles) Folder(o filechooser.Options, done func(string, error)) {
	f.answer(f.folder, o, done)
}

// Exports start in the documents folder with the suggested name; imports start where the last
// import came from.
func TestDialogFolders(t *testing.T) {
	h := newHarness(t)
	files := h.w.files.(*fakeFiles)
	dir := t.TempDir()
	src := filepath.Join(dir, "来文")
	os.Mkdir(src, 0o755)
	file := filepath.Join(src, "年报.txt")
	os.WriteFile(file, []byte("不是报告"), 0o644)

	files.open = func(filechooser.Options) string { return file }
	h.w.askImport()
	files.open = nil
	h.w.askImport()
	if got := files.asked[1].Folder; got != src {
		t.Errorf("the second import opens in %q, want %q", got, src)
	}
	if f := files.asked[0].Filters; len(f) < 2 || !strings.Contains(strings.Join(f[0].Extensions, " "), "pdf") {
		t.Errorf("import filters %+v", f)
	}

	h.openNew("某县人民政府", 2024)
	out := filepath.Join(dir, "导出.txt")
	files.save = func(filechooser.Options) string { return out }
	txt, _ := export.Lookup("txt")
	h.w.chooseExportFile(txt, h.w.view.doc.r.Clone())
	save := files.asked[len(files.asked)-1]
	if save.Folder != "" || !strings.HasSuffix(save.FileName, ".txt") {
		t.Errorf("export dialog %+v: want the documents folder and a .txt name", save)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("the export was not written: %v", err)
	}
}

// A dialog the system could not show is said, naming why, for every dialog the app asks for; a
// cancelled one changes nothing.
func TestDialogFailures(t *testing.T) {
	h := newHarness(t)
	files := h.w.files.(*fakeFiles)
	h.openNew("某县人民政府", 2024)
	asks := map[string]func(){
		"导入":    h.w.askImport,
		"导入文件夹": h.w.askImportFolder,
		"导出": func() {
			txt, _ := export.Lookup("txt")
			h.w.chooseExportFile(txt, h.w.view.doc.r.Clone())
		},
	}
	for name, ask := range asks {
		files.fail = nil
		ask()
		if msg := h.overlayText(); msg != "" {
			t.Errorf("%s cancelled: %q shown", name, msg)
		}
		files.fail = errors.New("zenity: exit status 255")
		ask()
		msg := h.overlayText()
		if !strings.Contains(msg, "无法显示选择文件的对话框") || !strings.Contains(msg, "exit status 255") {
			t.Errorf("%s without a dialog: %q shown", name, msg)
		}
		h.w.win.Canvas().Overlays().Top().Hide()
	}
}
