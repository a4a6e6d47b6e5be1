package docio

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ReportFile reports whether name ends in one of Extensions, in any case.
func ReportFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Expand gives the files path stands for: path itself when it is not a folder (Open then says
// what is wrong with it), otherwise the report files directly in the folder, by name, so that a
// reviewer can check or import the reports of all their subordinate units at once. A folder
// without any is an error naming it.
func Expand(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil || !st.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取文件夹「%s」：%s", path, openReason(err))
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && ReportFile(e.Name()) {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("文件夹「%s」中没有报告文件（%s）", path, strings.Join(Extensions, "、"))
	}
	sort.Strings(files)
	return files, nil
}
