//go:build windows

package filechooser

import "testing"

func TestDocumentsDirIsAFolder(t *testing.T) {
	if dir := documentsDir(); !isDir(dir) {
		t.Errorf("documentsDir() = %q, not a folder", dir)
	}
}
