// Package filechooser shows the open, save and folder dialogs of the system the app runs on: the
// Explorer dialog on Windows, zenity's or kdialog's on Linux desktops, and a Fyne dialog of its
// own (in the app's language, with a path that can be typed) where neither is there.
//
// It knows nothing of the report format: the caller gives titles, a starting folder, a suggested
// file name and file types, and gets back an absolute path.
package filechooser

// Filter is one entry of a dialog's file-type list: a name such as 「PDF 文档」 and the
// extensions it admits, lower case and without the dot.
type Filter struct {
	Name       string
	Extensions []string
}

// Options say what a dialog shows.
type Options struct {
	// Title is the dialog's window title.
	Title string
	// Folder is the folder the dialog opens in, an absolute path; when empty or missing, the
	// user's documents folder (DocumentsDir).
	Folder string
	// FileName is the name a save dialog suggests.
	FileName string
	// Filters are the file types offered, the first selected; none means every file.
	Filters []Filter

	// many is set by OpenFiles: the open dialog takes several files.
	many bool
}

// Chooser shows dialogs over a window. done runs on the UI goroutine with the chosen absolute
// path, or with "" when the user cancelled; err is set only when no dialog could be shown.
type Chooser interface {
	// Open asks for an existing file.
	Open(opts Options, done func(path string, err error))
	// OpenFiles asks for one or more existing files, selected together as the system's dialog
	// selects several (Ctrl or Shift and a click); done gets none when the user cancelled.
	OpenFiles(opts Options, done func(paths []string, err error))
	// Save asks for a file to write; an existing file is replaced only after the user agreed.
	Save(opts Options, done func(path string, err error))
	// Folder asks for an existing folder.
	Folder(opts Options, done func(path string, err error))
}

// first hands the first of a dialog's paths, or "" for none, to a done function that takes one.
func first(done func(path string, err error)) func(paths []string, err error) {
	return func(paths []string, err error) {
		p := ""
		if len(paths) > 0 {
			p = paths[0]
		}
		done(p, err)
	}
}
