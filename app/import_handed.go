package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"nianbao/data/errtext"
)

// importURIs imports what the user handed 年报通: a file or folder picked in 导入… or
// 导入文件夹…, files dropped on the window, or files opened with 年报通 from the file manager
// (the start's arguments, or a second start's). One report file is previewed on its own, one
// folder as a batch of its report files, and several as one batch in which a folder stands for
// its report files and a file of a kind 年报通 cannot read is listed with the reason.
func (w *window) importURIs(uris []fyne.URI) {
	switch {
	case len(uris) == 0:
		return
	case len(uris) > 1:
		// The next import opens where these came from: the folder holding the first.
		w.rememberImportFolder(uris[0].Path(), false)
		w.importBatch(filesSource(len(uris)), func() ([]fyne.URI, error) { return withFolderFiles(uris) })
		return
	}
	u := uris[0]
	// Telling a folder from a file and opening it touch the disk, which may be a slow network
	// share, so they happen off the UI goroutine.
	w.sched.background(func() {
		if isFolder(u) {
			lu, err := storage.ListerForURI(u)
			w.sched.ui(func() {
				if err != nil {
					w.showError(lang.L("无法读取{{.Source}}：{{.Err}}", map[string]any{"Source": folderSource(u.Name()), "Err": errtext.Of(err)}))
					return
				}
				w.rememberImportFolder(u.Path(), true)
				w.importFolder(lu)
			})
			return
		}
		rc, err := storage.Reader(u)
		w.sched.ui(func() {
			if err != nil {
				w.showError(lang.L("无法打开「{{.Name}}」：{{.Err}}", map[string]any{"Name": u.Path(), "Err": errtext.Of(err)}))
				return
			}
			w.rememberImportFolder(u.Path(), false)
			w.importFrom(rc)
		})
	})
}

// handOverGather is how long files handed over by separate starts are gathered into one import:
// Explorer starts the program once per file when several are opened with it, each start
// handing its file to the running window a few milliseconds after the last.
const handOverGather = 400 * time.Millisecond

// importHanded gathers files handed over by starts of the app (the first start's own and later
// starts') and imports what came together as one, once handOverGather passes without more.
func (w *window) importHanded(files []string) {
	if len(files) == 0 {
		return
	}
	w.handed = append(w.handed, fileURIs(files)...)
	w.gatherFor(handOverGather)
}

// importDropped imports files and folders dropped on the window, as one; dropped while a dialog
// is open, they wait for it like handed files.
func (w *window) importDropped(uris []fyne.URI) {
	w.handed = append(w.handed, uris...)
	w.gatherFor(0)
}

// gatherFor waits d for more handed files, then imports those gathered; while a dialog is open
// (an import preview, a question) they wait for it to close instead of stacking another on top.
func (w *window) gatherFor(d time.Duration) {
	if w.stopGathering != nil {
		w.stopGathering()
	}
	w.stopGathering = w.sched.after(d, func() {
		w.sched.ui(func() {
			if w.win.Canvas().Overlays().Top() != nil {
				w.gatherFor(handOverGather)
				return
			}
			uris := w.handed
			w.handed, w.stopGathering = nil, nil
			w.importURIs(uris)
		})
	})
}

// fileURIs are the URIs of files named by path.
func fileURIs(paths []string) []fyne.URI {
	uris := make([]fyne.URI, len(paths))
	for i, p := range paths {
		uris[i] = storage.NewFileURI(p)
	}
	return uris
}

func isFolder(u fyne.URI) bool {
	ok, _ := storage.CanList(u)
	return ok
}

// withFolderFiles is uris with each folder replaced by its report files; it reads folders, so
// it runs off the UI goroutine.
func withFolderFiles(uris []fyne.URI) ([]fyne.URI, error) {
	var out []fyne.URI
	for _, u := range uris {
		if !isFolder(u) {
			out = append(out, u)
			continue
		}
		lu, err := storage.ListerForURI(u)
		if err == nil {
			var files []fyne.URI
			files, err = reportFiles(lu)
			out = append(out, files...)
		}
		if err != nil {
			return nil, fmt.Errorf("%s：%w", folderSource(u.Name()), err)
		}
	}
	return out, nil
}

// StartFiles are the files a start of the app was asked to open: its arguments that are not
// options, made absolute, since a second start hands them to a running 年报通 whose working
// folder may be another.
func StartFiles(args []string) []string {
	var out []string
	for _, a := range args {
		if a == "" || strings.HasPrefix(a, "-") {
			continue
		}
		if abs, err := filepath.Abs(a); err == nil {
			a = abs
		}
		out = append(out, a)
	}
	return out
}
