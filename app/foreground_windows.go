package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

var (
	user32                   = windows.NewLazySystemDLL("user32.dll")
	allowSetForegroundWindow = user32.NewProc("AllowSetForegroundWindow")
	isIconic                 = user32.NewProc("IsIconic")
	showWindow               = user32.NewProc("ShowWindow")
)

// swRestore is ShowWindow's SW_RESTORE: a minimized window comes back at its size and place.
const swRestore = 9

// allowForeground lets the running 年报通 (pid) take the foreground: Windows gives that right
// only to the program the user just started, which is this second start, not the running one.
func allowForeground(pid int) {
	_, _, _ = allowSetForegroundWindow.Call(uintptr(pid))
}

// restoreMinimized un-minimizes w, which RequestFocus alone leaves in the taskbar.
func restoreMinimized(w fyne.Window) {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return
	}
	nw.RunNative(func(ctx any) {
		if wc, ok := ctx.(driver.WindowsWindowContext); ok {
			if minimized, _, _ := isIconic.Call(wc.HWND); minimized != 0 {
				_, _, _ = showWindow.Call(wc.HWND, swRestore)
			}
		}
	})
}
