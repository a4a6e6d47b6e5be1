//go:build !windows

package filechooser

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestPickTool(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	both := func(string) bool { return true }
	onlyKDialog := func(n string) bool { return n == "kdialog" }
	none := func(string) bool { return false }
	cases := []struct {
		name string
		env  map[string]string
		has  func(string) bool
		want dialogTool
		ok   bool
	}{
		{"no display", map[string]string{}, both, "", false},
		{"GNOME", map[string]string{"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "GNOME"}, both, zenity, true},
		{"KDE", map[string]string{"WAYLAND_DISPLAY": "w", "XDG_CURRENT_DESKTOP": "KDE"}, both, kdialog, true},
		{"UKUI with kdialog only", map[string]string{"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "UKUI"}, onlyKDialog, kdialog, true},
		{"neither installed", map[string]string{"DISPLAY": ":0"}, none, "", false},
	}
	for _, c := range cases {
		got, ok := pickTool(env(c.env), c.has)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: got %q %v, want %q %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

func TestCommandArgs(t *testing.T) {
	opts := Options{Title: "导入报告", Filters: []Filter{{Name: "报告", Extensions: []string{"pdf", "docx"}}}}
	got := commandArgs(zenity, modeOpen, opts, "/home/u/文档/", 42, "所有文件")
	want := []string{"--file-selection", "--title=导入报告", "--filename=/home/u/文档/", "--modal", "--attach=42",
		"--file-filter=报告 | *.pdf *.PDF *.docx *.DOCX", "--file-filter=所有文件 | *"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("zenity open:\n got %q\nwant %q", got, want)
	}
	got = commandArgs(zenity, modeSave, Options{Title: "导出"}, "/tmp/a b.pdf", 0, "所有文件")
	want = []string{"--file-selection", "--title=导出", "--filename=/tmp/a b.pdf", "--modal", "--save", "--confirm-overwrite"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("zenity save:\n got %q\nwant %q", got, want)
	}
	got = commandArgs(kdialog, modeSave, opts, "/tmp/年报.pdf", 7, "所有文件")
	want = []string{"--title", "导入报告", "--attach", "7", "--getsavefilename", "/tmp/年报.pdf", "*.pdf *.PDF *.docx *.DOCX|报告\n*|所有文件"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kdialog save:\n got %q\nwant %q", got, want)
	}
	many := opts
	many.many = true
	got = commandArgs(zenity, modeOpen, many, "/tmp/", 0, "所有文件")
	want = []string{"--file-selection", "--title=导入报告", "--filename=/tmp/", "--modal", "--multiple", "--separator=\n",
		"--file-filter=报告 | *.pdf *.PDF *.docx *.DOCX", "--file-filter=所有文件 | *"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("zenity open several:\n got %q\nwant %q", got, want)
	}
	got = commandArgs(kdialog, modeOpen, many, "/tmp", 0, "所有文件")
	want = []string{"--title", "导入报告", "--getopenfilename", "/tmp", "*.pdf *.PDF *.docx *.DOCX|报告\n*|所有文件", "--multiple", "--separate-output"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kdialog open several:\n got %q\nwant %q", got, want)
	}
	got = commandArgs(kdialog, modeFolder, Options{Title: "选择文件夹"}, "/tmp", 0, "所有文件")
	want = []string{"--title", "选择文件夹", "--getexistingdirectory", "/tmp"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kdialog folder:\n got %q\nwant %q", got, want)
	}
}

func TestXDGDocuments(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "user-dirs.dirs")
	os.WriteFile(file, []byte("# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/桌面\"\nXDG_DOCUMENTS_DIR=\"$HOME/文档\"\n"), 0o644)
	if got := xdgDocuments(file, "/home/u"); got != "/home/u/文档" {
		t.Errorf("got %q", got)
	}
	os.WriteFile(file, []byte("XDG_DOCUMENTS_DIR=\"$HOME/\"\n"), 0o644)
	if got := xdgDocuments(file, "/home/u"); got != "" {
		t.Errorf("documents set to the home folder: got %q", got)
	}
	if got := xdgDocuments(filepath.Join(dir, "none"), "/home/u"); got != "" {
		t.Errorf("no file: got %q", got)
	}
}

func TestWithExtension(t *testing.T) {
	pdf := []Filter{{Name: "PDF", Extensions: []string{"pdf"}}}
	for in, want := range map[string]string{"/d/年报": "/d/年报.pdf", "/d/年报.PDF": "/d/年报.PDF", "/d/v1.2": "/d/v1.2.pdf"} {
		if got := WithExtension(in, pdf); got != want {
			t.Errorf("%s: got %s, want %s", in, got, want)
		}
	}
	if got := WithExtension("/d/x", nil); got != "/d/x" {
		t.Errorf("no filters: %s", got)
	}
}

// fakeTool answers as a dialog program would, and records the arguments it was given.
func fakeTool(out string, status int) (*[]string, func(string, ...string) ([]byte, int, error)) {
	var got []string
	return &got, func(name string, args ...string) ([]byte, int, error) {
		got = append([]string{name}, args...)
		return []byte(out), status, nil
	}
}

// answer runs one dialog of c and waits for its answer.
func answer(t *testing.T, show func(Options, func(string, error)), opts Options) (string, error) {
	t.Helper()
	type result struct {
		path string
		err  error
	}
	ch := make(chan result, 1)
	show(opts, func(p string, err error) { ch <- result{p, err} })
	r := <-ch
	return r.path, r.err
}

func TestCommandChooserAnswers(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	dir := t.TempDir()

	args, run := fakeTool("/home/u/报告.pdf\n", 0)
	c := &commandChooser{win: win, tool: zenity, run: run, exists: fileExists}
	if p, err := answer(t, c.Open, Options{Title: "导入", Folder: dir}); p != "/home/u/报告.pdf" || err != nil {
		t.Errorf("chosen: %q %v", p, err)
	}
	if (*args)[0] != "zenity" || !strings.HasSuffix((*args)[3], dir+"/") {
		t.Errorf("args %q", *args)
	}

	_, c.run = fakeTool("", 1)
	if p, err := answer(t, c.Folder, Options{}); p != "" || err != nil {
		t.Errorf("cancelled: %q %v", p, err)
	}

	_, c.run = fakeTool("Gtk-WARNING: cannot open display", 255)
	if _, err := answer(t, c.Open, Options{}); err == nil {
		t.Error("a dialog program that failed gave no error")
	}

	// Several files, a line each; a name may hold the 「|」 zenity would otherwise separate with.
	_, c.run = fakeTool("/home/u/来文/甲|乙.pdf\n/home/u/来文/丙 丁.docx\n", 0)
	done := make(chan []string, 1)
	c.OpenFiles(Options{Folder: dir}, func(paths []string, err error) { done <- paths })
	if got, want := <-done, []string{"/home/u/来文/甲|乙.pdf", "/home/u/来文/丙 丁.docx"}; !reflect.DeepEqual(got, want) {
		t.Errorf("several: %q, want %q", got, want)
	}

	_, c.run = fakeTool(filepath.Join(dir, "年报")+"\n", 0)
	p, err := answer(t, c.Save, Options{Folder: dir, FileName: "年报.pdf", Filters: []Filter{{Name: "PDF", Extensions: []string{"pdf"}}}})
	if want := filepath.Join(dir, "年报.pdf"); p != want || err != nil {
		t.Errorf("saved as %q %v, want %q", p, err, want)
	}
}
