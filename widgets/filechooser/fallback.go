package filechooser

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fyneChooser draws the dialogs with Fyne, for machines without a system dialog. Fyne's own
// file dialog is not used: its places are named in English whatever the language, and it takes
// no typed path when opening a file.
type fyneChooser struct {
	win fyne.Window
}

// NewFallback is the Fyne dialog over win.
func NewFallback(win fyne.Window) Chooser { return &fyneChooser{win: win} }

func (c *fyneChooser) Open(opts Options, done func(string, error)) {
	newBrowser(c.win, modeOpen, opts, first(done)).show()
}

func (c *fyneChooser) OpenFiles(opts Options, done func([]string, error)) {
	opts.many = true
	newBrowser(c.win, modeOpen, opts, done).show()
}

func (c *fyneChooser) Save(opts Options, done func(string, error)) {
	newBrowser(c.win, modeSave, opts, first(done)).show()
}

func (c *fyneChooser) Folder(opts Options, done func(string, error)) {
	newBrowser(c.win, modeFolder, opts, first(done)).show()
}

// entry is one line of the folder's list.
type entry struct {
	name   string
	folder bool
}

// browser is one open Fyne dialog: the folder shown, its entries and the widgets.
type browser struct {
	win  fyne.Window
	mode dialogMode
	opts Options
	done func([]string, error)
	dlg  dialog.Dialog
	// question is the question shown on top of the dialog, nil when none is.
	question dialog.Dialog
	// restoreKeys gives the window back the key handler it had before the dialog.
	restoreKeys func()
	dir         string
	entries     []entry
	chosen      int          // the selected line, -1 for none
	picked      map[int]bool // the lines picked in an open dialog that takes several files
	filter      int          // the file type selected

	path    *escapeEntry
	name    *escapeEntry // save only
	list    *escapeList
	message *widget.Label
}

func newBrowser(win fyne.Window, mode dialogMode, opts Options, done func([]string, error)) *browser {
	return &browser{win: win, mode: mode, opts: opts, done: done, chosen: -1, picked: map[int]bool{}}
}

// show builds the dialog and opens it at the starting folder.
func (b *browser) show() {
	b.path = newEscapeEntry(b.escape)
	b.path.OnSubmitted = b.typedPath
	up := widget.NewButtonWithIcon(Text.Up, theme.MoveUpIcon(), func() { b.open(filepath.Dir(b.dir)) })
	newFolder := widget.NewButtonWithIcon(Text.NewFolder, theme.FolderNewIcon(), b.askNewFolder)
	top := container.NewBorder(nil, nil, widget.NewLabel(Text.Location), container.NewHBox(up, newFolder), b.path)

	b.list = newEscapeList(func() int { return len(b.entries) }, func() fyne.CanvasObject {
		return container.NewHBox(widget.NewIcon(theme.FileIcon()), widget.NewLabel(""))
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*fyne.Container)
		e := b.entries[id]
		icon := theme.FileIcon()
		switch {
		case e.folder:
			icon = theme.FolderIcon()
		case b.picked[id]:
			icon = theme.CheckButtonCheckedIcon()
		}
		row.Objects[0].(*widget.Icon).SetResource(icon)
		row.Objects[1].(*widget.Label).SetText(e.name)
	}, b.escape)
	b.list.OnSelected = b.selected

	places := b.places()
	placeList := newEscapeList(func() int { return len(places) }, func() fyne.CanvasObject {
		return container.NewHBox(widget.NewIcon(theme.FolderIcon()), widget.NewLabel(""))
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		o.(*fyne.Container).Objects[1].(*widget.Label).SetText(places[id].name)
	}, b.escape)
	placeList.OnSelected = func(id widget.ListItemID) {
		b.open(places[id].path)
		placeList.UnselectAll()
	}

	b.message = widget.NewLabel("")
	b.message.Importance = widget.DangerImportance
	b.message.Wrapping = fyne.TextWrapBreak
	var bottom []fyne.CanvasObject
	if b.opts.many {
		bottom = append(bottom, widget.NewLabel(Text.PickSeveral))
	}
	if b.mode == modeSave {
		b.name = newEscapeEntry(b.escape)
		b.name.SetText(b.opts.FileName)
		b.name.OnSubmitted = func(string) { b.confirm() }
		bottom = append(bottom, container.NewBorder(nil, nil, widget.NewLabel(Text.FileName), nil, b.name))
	}
	if types := b.typeNames(); len(types) > 1 {
		sel := widget.NewSelect(types, nil)
		sel.SetSelectedIndex(0)
		sel.OnChanged = func(string) { b.filter = sel.SelectedIndex(); b.open(b.dir) }
		bottom = append(bottom, container.NewBorder(nil, nil, widget.NewLabel(Text.FileType), nil, sel))
	}
	confirmText := map[dialogMode]string{modeOpen: Text.Open, modeSave: Text.Save, modeFolder: Text.Choose}[b.mode]
	ok := widget.NewButtonWithIcon(confirmText, theme.ConfirmIcon(), b.confirm)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(Text.Cancel, theme.CancelIcon(), func() { b.finish() })
	bottom = append(bottom, b.message, container.NewHBox(layout.NewSpacer(), cancel, ok))

	split := container.NewHSplit(placeList, b.list)
	split.Offset = 0.22
	content := container.NewBorder(top, container.NewVBox(bottom...), nil, nil, split)
	b.dlg = dialog.NewCustomWithoutButtons(b.opts.Title, content, b.win)
	b.dlg.Resize(fyne.NewSize(860, 560))
	b.open(startFolder(b.opts.Folder))
	b.restoreKeys = b.takeCanvasKeys()
	b.dlg.Show()
	if b.name != nil {
		b.win.Canvas().Focus(b.name)
	} else {
		b.win.Canvas().Focus(b.path)
	}
}

// place is one entry of the places list.
type place struct{ name, path string }

// places are the folders a user starts from: home, documents, desktop and downloads where they
// exist, and the root of the file system.
func (b *browser) places() []place {
	var out []place
	home, err := os.UserHomeDir()
	if err == nil {
		out = append(out, place{Text.Home, home})
	}
	if d := DocumentsDir(); d != home {
		out = append(out, place{Text.Documents, d})
	}
	if err == nil {
		for _, p := range []struct{ name, zh, en string }{{Text.Desktop, "桌面", "Desktop"}, {Text.Downloads, "下载", "Downloads"}} {
			for _, n := range []string{p.zh, p.en} {
				if isDir(filepath.Join(home, n)) {
					out = append(out, place{p.name, filepath.Join(home, n)})
					break
				}
			}
		}
	}
	return append(out, place{Text.Root, rootOf(home)})
}

// rootOf is the root of the file system holding dir: 「C:\」 on Windows, 「/」 elsewhere.
func rootOf(dir string) string {
	if v := filepath.VolumeName(dir); v != "" {
		return v + string(filepath.Separator)
	}
	return string(filepath.Separator)
}

// typeNames are the names in the file-type list: the filters, then every file.
func (b *browser) typeNames() []string {
	if b.mode == modeFolder {
		return nil
	}
	var names []string
	for _, f := range b.opts.Filters {
		names = append(names, f.Name)
	}
	return append(names, Text.AllFiles)
}

// open shows dir; a folder that cannot be read is said under the list and the old one stays.
func (b *browser) open(dir string) {
	entries, err := b.read(dir)
	if err != nil {
		b.message.SetText(Text.NotReadable(dir, err))
		return
	}
	b.dir, b.entries, b.chosen, b.picked = dir, entries, -1, map[int]bool{}
	b.path.SetText(dir)
	b.message.SetText("")
	b.list.UnselectAll()
	b.list.Refresh()
	b.list.ScrollToTop()
}

// read lists dir: folders first, then the files the selected type admits, each by name without
// regard to case; hidden files are left out.
func (b *browser) read(dir string) ([]entry, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []entry
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		folder := de.IsDir()
		if !folder && de.Type()&os.ModeSymlink != 0 {
			folder = isDir(filepath.Join(dir, name))
		}
		if folder || (b.mode != modeFolder && b.admits(name)) {
			out = append(out, entry{name: name, folder: folder})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].folder != out[j].folder {
			return out[i].folder
		}
		return strings.ToLower(out[i].name) < strings.ToLower(out[j].name)
	})
	return out, nil
}

// admits says whether the selected file type takes a file of that name.
func (b *browser) admits(name string) bool {
	if b.filter >= len(b.opts.Filters) {
		return true
	}
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), "."))
	for _, e := range b.opts.Filters[b.filter].Extensions {
		if ext == strings.ToLower(strings.TrimPrefix(e, ".")) {
			return true
		}
	}
	return false
}

// selected follows a click: a folder opens; a file becomes the choice (and the save name), or,
// where several can be chosen, is picked or unpicked.
func (b *browser) selected(id widget.ListItemID) {
	e := b.entries[id]
	if e.folder {
		b.open(filepath.Join(b.dir, e.name))
		return
	}
	if b.opts.many {
		b.picked[id] = !b.picked[id]
		// Unselected again, so that a second click on the line reaches selected and unpicks it.
		b.list.UnselectAll()
		b.list.RefreshItem(id)
		return
	}
	b.chosen = id
	if b.name != nil {
		b.name.SetText(e.name)
	}
}

// typedPath follows Enter in the location box: a folder opens, a file is the answer.
func (b *browser) typedPath(text string) {
	p := expand(strings.TrimSpace(text), b.dir)
	fi, err := os.Stat(p)
	switch {
	case err == nil && fi.IsDir():
		b.open(p)
	case err == nil && b.mode != modeFolder:
		b.answer(p)
	case b.mode == modeSave && isDir(filepath.Dir(p)):
		b.answer(p)
	default:
		b.message.SetText(Text.NoFolder(p))
	}
}

// expand makes a typed path absolute: 「~」 is the home folder, a relative path is in dir.
func expand(p, dir string) string {
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	return filepath.Clean(p)
}

// confirm is the dialog's 打开, 保存 or 选择 button.
func (b *browser) confirm() {
	switch b.mode {
	case modeFolder:
		if b.chosen >= 0 {
			b.finish(filepath.Join(b.dir, b.entries[b.chosen].name))
			return
		}
		b.finish(b.dir)
	case modeOpen:
		if paths := b.pickedPaths(); len(paths) > 0 {
			b.finish(paths...)
			return
		}
		if b.chosen >= 0 {
			b.finish(filepath.Join(b.dir, b.entries[b.chosen].name))
			return
		}
		b.typedPath(b.path.Text)
	default:
		name := strings.TrimSpace(b.name.Text)
		if name == "" {
			b.message.SetText(Text.NoName)
			return
		}
		b.answer(expand(name, b.dir))
	}
}

// answer ends the dialog with p; a save adds the extension and asks before replacing a file.
func (b *browser) answer(p string) {
	if b.mode != modeSave {
		b.finish(p)
		return
	}
	p = WithExtension(p, b.opts.Filters)
	if isDir(p) {
		b.open(p)
		return
	}
	if _, err := os.Stat(p); err == nil {
		b.ask(dialog.NewConfirm(Text.ReplaceTitle, Text.Exists(filepath.Base(p)), func(yes bool) {
			b.question = nil
			if yes {
				b.finish(p)
			}
		}, b.win))
		return
	}
	b.finish(p)
}

// pickedPaths are the files picked in a dialog that takes several, in the list's order.
func (b *browser) pickedPaths() []string {
	var paths []string
	for id, e := range b.entries {
		if b.picked[id] {
			paths = append(paths, filepath.Join(b.dir, e.name))
		}
	}
	return paths
}

// finish closes the dialog and answers; no paths is a cancel.
func (b *browser) finish(paths ...string) {
	b.restoreKeys()
	b.dlg.Hide()
	b.done(paths, nil)
}

// askNewFolder asks for a name and makes the folder in the one shown, then opens it.
func (b *browser) askNewFolder() {
	name := newEscapeEntry(b.escape)
	b.ask(dialog.NewForm(Text.NewFolder, Text.Create, Text.Cancel, []*widget.FormItem{widget.NewFormItem(Text.FolderName, name)}, func(ok bool) {
		b.question = nil
		n := strings.TrimSpace(name.Text)
		if !ok || n == "" {
			return
		}
		p := filepath.Join(b.dir, n)
		if err := os.Mkdir(p, 0o755); err != nil {
			b.message.SetText(Text.NotCreated(n, err))
			return
		}
		b.open(p)
	}, b.win))
	b.win.Canvas().Focus(name)
}

// ask shows a question on top of the dialog.
func (b *browser) ask(q dialog.Dialog) {
	b.question = q
	q.Show()
}
