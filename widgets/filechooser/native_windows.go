//go:build windows

package filechooser

import (
	"errors"
	"runtime"
	"syscall"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

// newNative gives the Explorer dialogs (IFileOpenDialog, IFileSaveDialog), which every Windows
// the app supports has.
func newNative(win fyne.Window) (Chooser, bool) {
	return explorer{win: win}, true
}

// explorer shows the Explorer dialogs owned by a Fyne window, so they are modal to it.
type explorer struct {
	win fyne.Window
}

// Open shows the Explorer open dialog.
func (e explorer) Open(opts Options, done func(path string, err error)) {
	e.show(modeOpen, opts, first(done))
}

// OpenFiles shows the Explorer open dialog taking several files.
func (e explorer) OpenFiles(opts Options, done func(paths []string, err error)) {
	opts.many = true
	e.show(modeOpen, opts, done)
}

// Save shows the Explorer save dialog, which asks before replacing a file.
func (e explorer) Save(opts Options, done func(path string, err error)) {
	e.show(modeSave, opts, first(done))
}

// Folder shows the Explorer open dialog in its folder-picking mode.
func (e explorer) Folder(opts Options, done func(path string, err error)) {
	e.show(modeFolder, opts, first(done))
}

// show runs the dialog on a goroutine of its own, since IModalWindow::Show blocks until the user
// is done and the Fyne event loop must keep drawing the window behind it meanwhile.
func (e explorer) show(kind dialogMode, opts Options, done func(paths []string, err error)) {
	owner := e.hwnd()
	go func() {
		paths, err := runDialog(kind, opts, owner)
		fyne.Do(func() { done(paths, err) })
	}()
}

// hwnd is the window's Win32 handle, 0 (no owner) when the window has none yet. It must be asked
// for on the UI goroutine, where Fyne keeps its windows.
func (e explorer) hwnd() uintptr {
	var h uintptr
	if nw, ok := e.win.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if wc, ok := ctx.(driver.WindowsWindowContext); ok {
				h = wc.HWND
			}
		})
	}
	return h
}

// runDialog shows one dialog and waits for it: the paths chosen, none when the user cancelled, an
// error only when the dialog could not be made or shown. COM objects live in the apartment of
// the thread that made them, so the goroutine keeps its thread throughout.
func runDialog(kind dialogMode, opts Options, owner uintptr) ([]string, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := windows.CoInitializeEx(0, coinitApartment); err != nil && err != syscall.Errno(hrFalse) {
		return nil, errors.Join(errors.New("filechooser: CoInitializeEx"), err)
	}
	defer windows.CoUninitialize()

	clsid, iid := &clsidFileOpenDialog, &iidFileOpenDialog
	if kind == modeSave {
		clsid, iid = &clsidFileSaveDialog, &iidFileSaveDialog
	}
	dlg, err := createInstance(clsid, iid)
	if err != nil {
		return nil, err
	}
	defer dlg.release()
	if err := configure(dlg, kind, opts); err != nil {
		return nil, err
	}

	hr := dlg.call(modalWindowShow, owner)
	if hr == hrCancelled {
		return nil, nil
	}
	if err := check("IModalWindow::Show", hr); err != nil {
		return nil, err
	}
	if opts.many {
		return results(dlg)
	}
	var item *comObject
	if err := check("IFileDialog::GetResult", dlg.call(fileDialogGetResult, uintptr(unsafe.Pointer(&item)))); err != nil {
		return nil, err
	}
	defer item.release()
	p, err := fileSysPath(item)
	if err != nil {
		return nil, err
	}
	return []string{p}, nil
}

// results are the paths of the files chosen in an open dialog that takes several.
func results(dlg *comObject) ([]string, error) {
	var items *comObject
	if err := check("IFileOpenDialog::GetResults", dlg.call(fileOpenDialogGetResults, uintptr(unsafe.Pointer(&items)))); err != nil {
		return nil, err
	}
	defer items.release()
	var n uint32
	if err := check("IShellItemArray::GetCount", items.call(shellItemArrayGetCount, uintptr(unsafe.Pointer(&n)))); err != nil {
		return nil, err
	}
	paths := make([]string, 0, n)
	for i := range n {
		var item *comObject
		if err := check("IShellItemArray::GetItemAt", items.call(shellItemArrayGetItemAt, uintptr(i), uintptr(unsafe.Pointer(&item)))); err != nil {
			return nil, err
		}
		p, err := fileSysPath(item)
		item.release()
		if err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// configure sets what the dialog shows before it is shown.
func configure(dlg *comObject, kind dialogMode, opts Options) error {
	var fos uint32
	if err := check("IFileDialog::GetOptions", dlg.call(fileDialogGetOptions, uintptr(unsafe.Pointer(&fos)))); err != nil {
		return err
	}
	// Only real files and folders: the caller opens the path with os, which cannot reach
	// libraries, phones or other shell namespaces.
	fos |= fosForceFileSystem
	switch kind {
	case modeOpen:
		fos |= fosPathMustExist | fosFileMustExist
		if opts.many {
			fos |= fosAllowMultiSelect
		}
	case modeSave:
		fos |= fosPathMustExist | fosOverwritePrompt
	case modeFolder:
		fos |= fosPathMustExist | fosPickFolders
	}
	if err := check("IFileDialog::SetOptions", dlg.call(fileDialogSetOptions, uintptr(fos))); err != nil {
		return err
	}
	if opts.Title != "" {
		if err := check("IFileDialog::SetTitle", dlg.call(fileDialogSetTitle, uintptr(unsafe.Pointer(wide(opts.Title))))); err != nil {
			return err
		}
	}
	if kind != modeFolder {
		if err := setFileTypes(dlg, opts.Filters); err != nil {
			return err
		}
	}
	if kind == modeSave {
		if opts.FileName != "" {
			if err := check("IFileDialog::SetFileName", dlg.call(fileDialogSetFileName, uintptr(unsafe.Pointer(wide(opts.FileName))))); err != nil {
				return err
			}
		}
		// The dialog appends this to a name typed without an extension, and follows the file type
		// the user selects.
		if ext := defaultExtension(opts.Filters); ext != "" {
			if err := check("IFileDialog::SetDefaultExtension", dlg.call(fileDialogSetDefaultExtension, uintptr(unsafe.Pointer(wide(ext))))); err != nil {
				return err
			}
		}
	}
	setFolder(dlg, opts.Folder)
	return nil
}

// filterSpec is COMDLG_FILTERSPEC.
type filterSpec struct {
	name, spec *uint16
}

// setFileTypes gives the dialog its file-type list; the dialog copies the strings.
func setFileTypes(dlg *comObject, filters []Filter) error {
	types := fileTypes(filters)
	specs := make([]filterSpec, len(types))
	for i, t := range types {
		specs[i] = filterSpec{name: wide(t.Name), spec: wide(t.Pattern)}
	}
	return check("IFileDialog::SetFileTypes", dlg.call(fileDialogSetFileTypes, uintptr(len(specs)), uintptr(unsafe.Pointer(&specs[0]))))
}

// setFolder opens the dialog in folder, or in the documents folder when folder is empty or gone.
// SetFolder rather than SetDefaultFolder: the caller's folder is where the user is working now, and
// should win over the folder Windows remembers from the last dialog.
func setFolder(dlg *comObject, folder string) {
	for _, dir := range []string{folder, documentsDir()} {
		if dir == "" || !isDir(dir) {
			continue
		}
		item, err := shellItem(dir)
		if err != nil {
			continue
		}
		hr := dlg.call(fileDialogSetFolder, uintptr(unsafe.Pointer(item)))
		item.release()
		if check("IFileDialog::SetFolder", hr) == nil {
			return
		}
	}
}
