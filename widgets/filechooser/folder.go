package filechooser

import (
	"os"
	"path/filepath"
	"strings"
)

// startFolder is the folder a dialog opens in: the one asked for when it is there, else the
// user's documents folder, so that a moved or deleted folder never leaves the user nowhere.
func startFolder(folder string) string {
	if folder != "" && isDir(folder) {
		return folder
	}
	return DocumentsDir()
}

// isDir says whether path is an existing folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// WithExtension is path with the first filter's first extension added when its name has none
// of the filters' extensions: a clerk types 「年报」 and expects 「年报.pdf」.
func WithExtension(path string, filters []Filter) string {
	def := defaultExtension(filters)
	if def == "" {
		return path
	}
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	for _, f := range filters {
		for _, e := range f.Extensions {
			if ext == strings.ToLower(e) {
				return path
			}
		}
	}
	return path + "." + def
}
