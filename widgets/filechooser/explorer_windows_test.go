//go:build windows

package filechooser

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// dialogTestFolder names the folder TestExplorerDialogs works in. The test needs a desktop to
// show dialogs on, so it runs only when asked: `make check-dist` sets it under wine64 and Xvfb.
// A folder of the caller's rather than t.TempDir, which Wine does not always let Go delete.
const dialogTestFolder = "NIANBAO_DIALOG_TEST"

var (
	user32           = windows.NewLazySystemDLL("user32.dll")
	procFindWindowW  = user32.NewProc("FindWindowW")
	procSendMessageW = user32.NewProc("SendMessageW")
	procPostMessageW = user32.NewProc("PostMessageW")
)

const (
	wmSetText = 0x000C
	wmCommand = 0x0111
	idOK      = 1
	idCancel  = 2
)

// TestExplorerDialogs shows each Explorer dialog the app uses and answers it as a user would, by
// its OK and Cancel commands and the file-name box that has the focus, then checks the path
// runDialog gives back: the COM calls, their vtable slots and the options are otherwise never run.
func TestExplorerDialogs(t *testing.T) {
	base := os.Getenv(dialogTestFolder)
	if base == "" {
		t.Skipf("%s is not set: this test shows dialogs on the desktop", dialogTestFolder)
	}
	// Names with Chinese characters and spaces, as clerks keep them.
	dir := filepath.Join(base, "年度 报告")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(dir, "西峡县 2023.txt")
	other := filepath.Join(dir, "平潭 2021.txt")
	for _, f := range []string{existing, other} {
		if err := os.WriteFile(f, []byte("年报"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := []Filter{{Name: "文本", Extensions: []string{"txt"}}}

	cases := []struct {
		name   string
		mode   dialogMode
		opts   Options
		answer func(dlg uintptr) error
		want   []string
	}{
		{"save", modeSave, Options{Folder: dir, FileName: "报告 2024.txt", Filters: text}, accept, []string{filepath.Join(dir, "报告 2024.txt")}},
		{"save adds the extension", modeSave, Options{Folder: dir, FileName: "报告 2025", Filters: text}, accept, []string{filepath.Join(dir, "报告 2025.txt")}},
		{"open", modeOpen, Options{Folder: dir, Filters: text}, typeAndAccept(filepath.Base(existing)), []string{existing}},
		// Several files are typed as the dialog shows several selected: each name in quotes.
		{"open several", modeOpen, Options{Folder: dir, Filters: text, many: true},
			typeAndAccept(`"` + filepath.Base(existing) + `" "` + filepath.Base(other) + `"`), []string{existing, other}},
		// Wine's dialog picks no folder on an empty name (Windows' picks the one it shows), so the
		// folder is chosen the way both take it: by its name, typed in the folder above it.
		{"folder", modeFolder, Options{Folder: base}, typeAndAccept(filepath.Base(dir)), []string{dir}},
		{"cancel", modeOpen, Options{Folder: dir, Filters: text}, cancel, nil},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Title = fmt.Sprintf("nianbao-dialog-test-%d", i)
			answered := make(chan error, 1)
			go func() { answered <- answerWhenShown(c.opts.Title, c.answer) }()
			got, err := runDialog(c.mode, c.opts, 0)
			if aerr := <-answered; aerr != nil {
				t.Fatal(aerr)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(got, c.want, strings.EqualFold) {
				t.Errorf("runDialog = %q, want %q", got, c.want)
			}
		})
	}
}

// answerWhenShown waits for the dialog titled title and answers it.
func answerWhenShown(title string, answer func(dlg uintptr) error) error {
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		dlg, _, _ := procFindWindowW.Call(0, uintptr(unsafe.Pointer(wide(title))))
		if dlg == 0 || !windows.IsWindowVisible(windows.HWND(dlg)) {
			continue
		}
		// The dialog fills its folder view after it appears.
		time.Sleep(time.Second)
		return answer(dlg)
	}
	return fmt.Errorf("no dialog titled %q appeared", title)
}

// accept presses the dialog's default button (保存, 打开, 选择文件夹).
func accept(dlg uintptr) error { return post(dlg, idOK) }

// cancel closes the dialog as its 取消 button does.
func cancel(dlg uintptr) error { return post(dlg, idCancel) }

// typeAndAccept puts name into the control that has the focus when the dialog opens, the file-name
// box, and presses the default button.
func typeAndAccept(name string) func(dlg uintptr) error {
	return func(dlg uintptr) error {
		tid, err := windows.GetWindowThreadProcessId(windows.HWND(dlg), nil)
		if err != nil {
			return err
		}
		info := windows.GUIThreadInfo{Size: uint32(unsafe.Sizeof(windows.GUIThreadInfo{}))}
		if err := windows.GetGUIThreadInfo(tid, &info); err != nil {
			return err
		}
		if info.Focus == 0 {
			return errors.New("nothing in the dialog has the focus")
		}
		class := make([]uint16, 64)
		n, _ := windows.GetClassName(info.Focus, &class[0], int32(len(class)))
		if got := windows.UTF16ToString(class[:n]); !strings.EqualFold(got, "Edit") {
			return fmt.Errorf("the focused control is a %q, not the file-name box", got)
		}
		procSendMessageW.Call(uintptr(info.Focus), wmSetText, 0, uintptr(unsafe.Pointer(wide(name))))
		return accept(dlg)
	}
}

// post sends the dialog a button's command, as a click on it does.
func post(dlg uintptr, id uintptr) error {
	if ok, _, err := procPostMessageW.Call(dlg, wmCommand, id, 0); ok == 0 {
		return err
	}
	return nil
}
