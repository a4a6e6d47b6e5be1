package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"

	"nianbao/data/docio"
	dockind "nianbao/data/document"
	"nianbao/data/errtext"
	"nianbao/widgets/filechooser"
)

// prefImportFolder is the preference key of the folder a report was last imported from: the
// next import opens there, since a reviewer takes a unit's reports from one folder. Exports
// open in the documents folder instead, where a clerk looks for what they saved.
const prefImportFolder = "importFolder"

// kindFilter is a dialog's file type for one kind of document.
func kindFilter(k dockind.Kind) filechooser.Filter {
	return filechooser.Filter{Name: k.Label, Extensions: withoutDots(k.Extensions)}
}

// importFilters are the file types 导入 offers: every readable kind at once, then each.
func importFilters() []filechooser.Filter {
	filters := []filechooser.Filter{{Name: lang.L("可导入的报告"), Extensions: withoutDots(docio.Extensions)}}
	for _, k := range docio.Kinds() {
		filters = append(filters, kindFilter(k))
	}
	return filters
}

func withoutDots(exts []string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = strings.TrimPrefix(e, ".")
	}
	return out
}

// importFolder is where the next import dialog opens.
func (w *window) lastImportFolder() string {
	return w.app.Preferences().String(prefImportFolder)
}

// rememberImportFolder keeps the folder of a file or folder just imported.
func (w *window) rememberImportFolder(path string, isFolder bool) {
	if !isFolder {
		path = filepath.Dir(path)
	}
	w.app.Preferences().SetString(prefImportFolder, path)
}

// onChosen is a file dialog's done function that hands the path, or the paths, chosen to use: a
// dialog that could not be shown is said in a message, and a cancelled one (nothing chosen) does
// nothing.
func onChosen[T string | []string](w *window, use func(chosen T)) func(chosen T, err error) {
	return func(chosen T, err error) {
		if err != nil {
			w.showError(lang.L("无法显示选择文件的对话框：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
			return
		}
		if len(chosen) > 0 {
			use(chosen)
		}
	}
}
