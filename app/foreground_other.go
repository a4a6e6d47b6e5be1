//go:build !windows

package app

import "fyne.io/fyne/v2"

// allowForeground is needed on Windows only, where a background program may not take the focus.
func allowForeground(int) {}

// restoreMinimized is needed on Windows only; elsewhere RequestFocus brings the window back.
func restoreMinimized(fyne.Window) {}
