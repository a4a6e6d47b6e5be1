package app

import (
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	dockind "nianbao/data/document"
	"nianbao/data/errtext"
	"nianbao/widgets/filechooser"
)

// saveXLSX asks where to save an Excel workbook, suggesting name, and writes it with write off
// the UI goroutine; write must not touch the UI.
func (w *window) saveXLSX(name string, write func(io.Writer) error) { w.saveAs(name, "xlsx", write) }

// saveAs asks where to save a file of the document kind named kind (data/document), suggesting
// name, and writes it with write off the UI goroutine; write must not touch the UI.
func (w *window) saveAs(name, kind string, write func(io.Writer) error) {
	w.chooseSaveFile(name, dockind.KindNamed(kind), func(wc fyne.URIWriteCloser) {
		// A workbook of hundreds of reports takes a moment; the window stays live meanwhile.
		w.showBusy(lang.L("正在导出…"))
		w.sched.background(func() {
			err := writeAndClose(wc, write)
			w.sched.ui(func() {
				w.hideBusy()
				if err != nil {
					w.showError(lang.L("导出失败，文件未保存：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
					return
				}
				w.showInfo(lang.L("已导出到 {{.Path}}", map[string]any{"Path": wc.URI().Path()}))
			})
		})
	})
}

// chooseSaveFile asks where to save a file of kind, suggesting name in the documents folder,
// and hands the created file to write; nothing happens when the user cancels.
func (w *window) chooseSaveFile(name string, kind dockind.Kind, write func(fyne.URIWriteCloser)) {
	opts := filechooser.Options{Title: lang.L("保存为"), FileName: name, Filters: []filechooser.Filter{kindFilter(kind)}}
	w.files.Save(opts, onChosen(w, func(path string) {
		wc, err := storage.Writer(storage.NewFileURI(path))
		if err != nil {
			w.showError(lang.L("无法保存文件：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			return
		}
		write(wc)
	}))
}

// writeAndClose writes a file and closes it; when either fails the partly written file is
// removed, so that it cannot pass for a good one.
func writeAndClose(wc fyne.URIWriteCloser, write func(io.Writer) error) error {
	err := errors.Join(write(wc), wc.Close())
	if err != nil {
		_ = storage.Delete(wc.URI())
	}
	return err
}
