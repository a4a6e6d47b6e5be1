package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"nianbao/data/docio"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/store"
	"nianbao/widgets/filechooser"
)

// askImport lets the user pick a published report and puts it into the history.
func (w *window) askImport() {
	opts := filechooser.Options{Title: lang.L("导入报告"), Folder: w.lastImportFolder(), Filters: importFilters()}
	w.files.OpenFiles(opts, onChosen(w, func(paths []string) { w.importURIs(fileURIs(paths)) }))
}

// importFrom reads a report off the UI goroutine and previews it; the user saves it into the
// history (replacing the stored report of that agency and year, whose content stays as a
// revision) or cancels.
func (w *window) importFrom(rc fyne.URIReadCloser) {
	name := rc.URI().Name()
	w.showBusy(lang.L("正在导入 {{.Name}}…", map[string]any{"Name": name}))
	w.sched.background(func() {
		r, err := docio.Decode(rc, name)
		rc.Close()
		exists := false
		if err == nil {
			_, _, lerr := w.store.Load(w.ctx, r.Meta.Agency, r.Meta.Year)
			exists = lerr == nil
			if lerr != nil && !errors.Is(lerr, store.ErrNotFound) {
				err = lerr
			}
		}
		w.sched.ui(func() {
			w.hideBusy()
			if err != nil {
				w.showError(lang.L("无法导入「{{.Name}}」：{{.Err}}", map[string]any{"Name": name, "Err": errtext.Of(err)}))
				return
			}
			w.previewImport(r, exists, func() { w.storeImported(r) })
		})
	})
}

// storeImported saves an imported report and opens it, telling the user what the reader could
// not read.
func (w *window) storeImported(r *report.Report) {
	w.closeReport(func() {
		w.sched.background(func() {
			_, _, err := w.store.Import(w.ctx, r)
			w.sched.ui(func() {
				if err != nil {
					w.showError(err.Error())
					return
				}
				w.open(r.Meta.Agency, r.Meta.Year)
				if notes := r.Source.ImportNotes; len(notes) > 0 {
					w.showInfo(lang.L("导入完成。以下内容未能读取或由推断得出，请对照原文检查：\n{{.Notes}}", map[string]any{"Notes": strings.Join(clipLines(notes, 12), "\n")}))
				}
			})
		})
	})
}

// clipLines keeps the first n lines and says how many more there were.
func clipLines(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	return append(lines[:n:n], lang.L("……另有 {{.Count}} 处", map[string]any{"Count": len(lines) - n}))
}
