package errtext

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The errors users met in English come out in Chinese, the file still named.
func TestChinese(t *testing.T) {
	_, zipErr := zip.NewReader(bytes.NewReader([]byte("not a zip")), 9)
	_, openErr := os.Open(filepath.Join(t.TempDir(), "无此文件.xlsx"))
	for _, tc := range []struct {
		err  error
		want []string
	}{
		{fmt.Errorf("「a.xlsx」：%w", zipErr), []string{"「a.xlsx」", "不是有效的压缩包"}},
		{fmt.Errorf("「a.html」：html: open stack of elements exceeds 512 nodes"), []string{"「a.html」", "512 层"}},
		{fmt.Errorf("历史库「x.db」：database disk image is malformed (11)"), []string{"「x.db」", "数据库文件已损坏"}},
		{openErr, []string{"无此文件.xlsx」", "文件或文件夹不存在"}},
		{fmt.Errorf("open /x: no space left on device"), []string{"「/x」：磁盘已满"}},
		{fmt.Errorf(`invalid boolean value "maybe" for -json: parse error`), []string{`参数 -json 的值 "maybe" 无效`}},
		{fmt.Errorf("mkdir /ro/dir: permission denied"), []string{"「/ro/dir」", "没有权限"}},
	} {
		got := Of(tc.err)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q → %q: want %q in it", tc.err, got, w)
			}
		}
	}
	if got := Chinese("报告年度 0 不对"); got != "报告年度 0 不对" {
		t.Errorf("a Chinese message was changed: %q", got)
	}
	if Of(nil) != "" {
		t.Error("Of(nil) is not empty")
	}
}
