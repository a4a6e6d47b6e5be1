//go:build !windows

package filechooser

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/widget"
)

// commandChooser shows the dialogs of zenity or kdialog. They run as programs of their own, so
// while one is open the window shows a note saying so, which also keeps the user from working
// in a window whose dialog is elsewhere on the screen.
type commandChooser struct {
	win  fyne.Window
	tool dialogTool
	// run runs the program to its end and returns what it printed and its exit status.
	run func(name string, args ...string) (out []byte, status int, err error)
	// exists says whether a file is there, for the overwrite question when an extension is added.
	exists func(path string) bool
}

// newNative is zenity's or kdialog's chooser, when the machine has a display and one of them.
func newNative(win fyne.Window) (Chooser, bool) {
	has := func(name string) bool { _, err := exec.LookPath(name); return err == nil }
	tool, ok := pickTool(os.Getenv, has)
	if !ok {
		return nil, false
	}
	return &commandChooser{win: win, tool: tool, run: runTool, exists: fileExists}, true
}

// runTool runs a dialog program; an exit status is not an error, it is the user's answer.
func runTool(name string, args ...string) ([]byte, int, error) {
	out, err := exec.Command(name, args...).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return out, exit.ExitCode(), nil
	}
	if err != nil {
		return nil, 0, err
	}
	return out, 0, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func (c *commandChooser) Open(opts Options, done func(string, error)) {
	c.show(modeOpen, opts, first(done))
}

func (c *commandChooser) OpenFiles(opts Options, done func([]string, error)) {
	opts.many = true
	c.show(modeOpen, opts, done)
}

func (c *commandChooser) Save(opts Options, done func(string, error)) {
	c.show(modeSave, opts, first(func(path string, err error) {
		if path == "" || err != nil {
			done(path, err)
			return
		}
		withExt := WithExtension(path, opts.Filters)
		if withExt == path || !c.exists(withExt) {
			done(withExt, nil)
			return
		}
		// The dialog asked about the name typed, not about the one with the extension added.
		dialog.ShowConfirm(Text.ReplaceTitle, Text.Exists(filepath.Base(withExt)), func(yes bool) {
			if yes {
				done(withExt, nil)
			} else {
				done("", nil)
			}
		}, c.win)
	}))
}

func (c *commandChooser) Folder(opts Options, done func(string, error)) {
	c.show(modeFolder, opts, first(done))
}

// show runs the program off the UI goroutine behind a note in the window. Exit status 0 brings
// the paths, one a line, 1 a cancel; anything else means the program could not show its dialog,
// and err says so (New then falls back to the Fyne dialog).
func (c *commandChooser) show(mode dialogMode, opts Options, done func([]string, error)) {
	start := startFolder(opts.Folder)
	if mode == modeSave && opts.FileName != "" {
		start = filepath.Join(start, opts.FileName)
	} else if c.tool == zenity {
		start += string(filepath.Separator) // zenity opens a folder given with its slash
	}
	args := commandArgs(c.tool, mode, opts, start, x11Window(c.win), Text.AllFiles)
	note := dialog.NewCustomWithoutButtons(opts.Title, widget.NewLabel(Text.Waiting), c.win)
	note.Show()
	go func() {
		out, status, err := c.run(string(c.tool), args...)
		fyne.Do(func() {
			note.Hide()
			switch {
			case err != nil:
				done(nil, err)
			case status == 0:
				done(answerPaths(out), nil)
			case status == 1:
				done(nil, nil)
			default:
				done(nil, &toolError{tool: c.tool, status: status})
			}
		})
	}()
}

// toolError is a dialog program that ended without an answer.
type toolError struct {
	tool   dialogTool
	status int
}

func (e *toolError) Error() string {
	return string(e.tool) + " exited with status " + strconv.Itoa(e.status)
}

// x11Window is the X11 id of win, so the dialog stays above it; 0 when the window has none.
func x11Window(win fyne.Window) uintptr {
	var id uintptr
	if nw, ok := win.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if x, ok := ctx.(driver.X11WindowContext); ok {
				id = x.WindowHandle
			}
		})
	}
	return id
}
