// Package docio opens a report file of any kind 年报通 reads — its own JSON file, a report as
// plain text or Markdown, an Excel workbook it wrote, a report published as a web page — for the
// CLI and the app alike. It decides by content first and extension second, and says in Chinese,
// naming the file, why a file cannot be opened.
package docio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"nianbao/data/export/xlsx"
	"nianbao/data/htmlimport"
	"nianbao/data/report"
	"nianbao/data/textio"
)

// maxFile bounds what is read into memory; a report file is at most a few megabytes.
const maxFile = 32 << 20

// Open reads the report in the file at path. Source.File is set to path.
func Open(path string) (*report.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("无法打开「%s」：%s", path, openReason(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("「%s」是文件夹，不是报告文件", path)
	}
	return Decode(f, path)
}

func openReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "文件不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有读取权限"
	}
	return err.Error()
}

// Decode reads a report from rd; name is the file name, used for its extension, in messages and
// as Source.File.
func Decode(rd io.Reader, name string) (*report.Report, error) {
	b, err := io.ReadAll(io.LimitReader(rd, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("读取「%s」失败：%v", name, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("「%s」超过 %d MB，不是报告文件", name, maxFile>>20)
	}
	r, err := decode(b, name)
	if err != nil {
		return nil, err
	}
	r.Source.File = name
	return r, nil
}

func decode(b []byte, name string) (*report.Report, error) {
	ext := strings.ToLower(filepath.Ext(name))
	kind, text := sniff(b, ext)
	switch kind {
	case kindJSON:
		r := new(report.Report)
		if err := r.UnmarshalJSON([]byte(text)); err != nil {
			return nil, fmt.Errorf("「%s」：%v", name, err)
		}
		return r, nil
	case kindXLSX:
		r, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return nil, fmt.Errorf("「%s」：%w", name, err)
		}
		return r, nil
	case kindHTML:
		return htmlimport.Read(bytes.NewReader(b), name)
	case kindText:
		// The hook for more readers: one case per kind, with its sniffing in sniff.go.
		return textio.Read(strings.NewReader(text), name)
	case kindUnknown:
		if ext == ".txt" || ext == ".md" || ext == ".markdown" {
			return nil, fmt.Errorf("「%s」的文字编码无法识别，请用记事本“另存为”UTF-8 编码后再打开", name)
		}
	}
	return nil, fmt.Errorf("「%s」%s", name, kind.refusal())
}
