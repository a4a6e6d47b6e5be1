package docio

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"乙.TXT", "甲.html", "说明.ppt", "丙.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "子文件夹.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Expand(dir)
	want := []string{filepath.Join(dir, "丙.json"), filepath.Join(dir, "乙.TXT"), filepath.Join(dir, "甲.html")}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Expand(folder) = %q, %v; want %q (report files only, by name)", got, err, want)
	}
	file := filepath.Join(dir, "说明.ppt")
	if got, err := Expand(file); err != nil || !reflect.DeepEqual(got, []string{file}) {
		t.Errorf("Expand(file) = %q, %v; want the file itself", got, err)
	}
	missing := filepath.Join(dir, "没有.txt")
	if got, err := Expand(missing); err != nil || !reflect.DeepEqual(got, []string{missing}) {
		t.Errorf("Expand(missing) = %q, %v; want it for Open to refuse", got, err)
	}
	empty := filepath.Join(dir, "子文件夹.txt")
	if _, err := Expand(empty); err == nil || !strings.Contains(err.Error(), "子文件夹.txt") || !strings.Contains(err.Error(), "没有报告文件") {
		t.Errorf("Expand(empty folder) error = %v", err)
	}
}
