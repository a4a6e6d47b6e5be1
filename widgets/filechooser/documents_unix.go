//go:build !windows

package filechooser

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// documentsDir is the desktop's documents folder: XDG_DOCUMENTS_DIR from user-dirs.dirs (「~/文档」
// on a Chinese desktop, 「~/Documents」 on an English one), else the first of those that exists,
// else the home folder, else the temporary folder.
func documentsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return os.TempDir()
	}
	config := os.Getenv("XDG_CONFIG_HOME")
	if config == "" {
		config = filepath.Join(home, ".config")
	}
	if d := xdgDocuments(filepath.Join(config, "user-dirs.dirs"), home); d != "" && isDir(d) {
		return d
	}
	for _, d := range []string{"文档", "Documents"} {
		if p := filepath.Join(home, d); isDir(p) {
			return p
		}
	}
	return home
}

// xdgDocuments reads XDG_DOCUMENTS_DIR="$HOME/文档" from a user-dirs.dirs file; "" when absent.
func xdgDocuments(file, home string) string {
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		value, ok := strings.CutPrefix(line, "XDG_DOCUMENTS_DIR=")
		if !ok {
			continue
		}
		value = strings.Trim(value, `"`)
		if rest, ok := strings.CutPrefix(value, "$HOME"); ok {
			value = home + rest
		}
		if filepath.IsAbs(value) && filepath.Clean(value) != filepath.Clean(home) {
			return value
		}
		return ""
	}
	return ""
}
