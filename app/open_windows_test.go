package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A file that is not there is reported, not silently dropped, for 打开 and for 打印 (whose
// fallback to open must not hide the failure), with a path of Chinese characters and spaces.
func TestShellReportsAMissingFile(t *testing.T) {
	path := filepath.Join(os.TempDir(), "不存在 的文件夹", "2023 年 报告.pdf")
	if err := openWithSystem(path); err == nil {
		t.Error("opening a missing file gave no error")
	}
	if err := printWithSystem(path); err == nil {
		t.Error("printing a missing file gave no error")
	}
}
