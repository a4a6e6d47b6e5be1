package filechooser

import "fyne.io/fyne/v2"

// New is the system's chooser for win where there is one (Explorer's dialogs on Windows,
// zenity's or kdialog's on a Linux desktop), else the Fyne dialog; a native dialog that cannot
// be shown falls back to the Fyne dialog for that call.
func New(win fyne.Window) Chooser {
	fallback := NewFallback(win)
	native, ok := newNative(win)
	if !ok {
		return fallback
	}
	return &withFallback{native: native, fallback: fallback}
}

// withFallback tries native first and fallback when native reports it could not show a dialog.
type withFallback struct {
	native, fallback Chooser
}

func (c *withFallback) Open(opts Options, done func(string, error)) {
	c.native.Open(opts, orElse(opts, c.fallback.Open, done))
}

func (c *withFallback) OpenFiles(opts Options, done func([]string, error)) {
	c.native.OpenFiles(opts, orElse(opts, c.fallback.OpenFiles, done))
}

func (c *withFallback) Save(opts Options, done func(string, error)) {
	c.native.Save(opts, orElse(opts, c.fallback.Save, done))
}

func (c *withFallback) Folder(opts Options, done func(string, error)) {
	c.native.Folder(opts, orElse(opts, c.fallback.Folder, done))
}

// orElse is done, unless the native dialog failed: then the same dialog is shown by fallback.
func orElse[T any](opts Options, fallback func(Options, func(T, error)), done func(T, error)) func(T, error) {
	return func(answer T, err error) {
		if err != nil {
			fallback(opts, done)
			return
		}
		done(answer, nil)
	}
}
