//go:build windows

package filechooser

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/windows"
)

// documentsDir asks the shell for the Documents known folder, which users may have moved (to
// another drive, or into OneDrive), so home\Documents is only the guess when the shell cannot say.
func documentsDir() string {
	if dir, err := windows.KnownFolderPath(windows.FOLDERID_Documents, 0); err == nil && dir != "" {
		return dir
	}
	if home, err := os.UserHomeDir(); err == nil {
		if dir := filepath.Join(home, "Documents"); isDir(dir) {
			return dir
		}
		return home
	}
	return os.TempDir()
}
