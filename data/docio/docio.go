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

	"nianbao/data/assemble"
	"nianbao/data/document"
	"nianbao/data/docxdoc"
	"nianbao/data/export/xlsx"
	"nianbao/data/htmlimport"
	"nianbao/data/pdfdoc"
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
	// What the store would refuse is refused here, for every kind: check, convert and import
	// judge a file alike.
	if err := report.Acceptable(r); err != nil {
		return nil, fmt.Errorf("「%s」：%v，不能作为报告使用", name, err)
	}
	r.Source.File = name
	return r, nil
}

func decode(b []byte, name string) (*report.Report, error) {
	ext := strings.ToLower(filepath.Ext(name))
	kind, text := sniff(b, ext)
	read, ok := readers[kind]
	if !ok {
		return nil, refusal(kind, ext, name)
	}
	r, err := read(b, text, name)
	if err != nil {
		return nil, err
	}
	r.Source.Kind = document.KindNamed(kind).Label
	return r, nil
}

// reader reads a report from a file's bytes (or, for text, the decoded text); name is for
// messages.
type reader func(b []byte, text, name string) (*report.Report, error)

// readers are the kinds of document.Kinds docio reads, by short name.
var readers = map[string]reader{
	"json": func(_ []byte, text, name string) (*report.Report, error) {
		r := new(report.Report)
		if err := r.UnmarshalJSON([]byte(text)); err != nil {
			return nil, fmt.Errorf("「%s」：%v", name, err)
		}
		return r, nil
	},
	"xlsx": func(b []byte, _, name string) (*report.Report, error) {
		r, err := xlsx.Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return nil, fmt.Errorf("「%s」：%w", name, err)
		}
		return r, nil
	},
	"html": func(b []byte, _, name string) (*report.Report, error) {
		return htmlimport.Read(bytes.NewReader(b), name)
	},
	"txt": func(_ []byte, text, name string) (*report.Report, error) {
		return textio.Read(strings.NewReader(text), name)
	},
	"md": func(_ []byte, text, name string) (*report.Report, error) {
		return textio.Read(strings.NewReader(text), name)
	},
	"docx": readWord,
	"doc":  readOldWord,
	"pdf":  readPDF,
}

// readPDF reads a PDF through the assembler every document kind shares.
func readPDF(b []byte, _, name string) (*report.Report, error) {
	doc, err := pdfdoc.Read(b, name)
	if err != nil {
		return nil, err
	}
	return assemble.Assemble(doc)
}

// readWord reads a .docx through the assembler every document kind shares.
func readWord(b []byte, _, name string) (*report.Report, error) {
	doc, err := docxdoc.Read(b, name)
	if err != nil {
		return nil, err
	}
	return assemble.Assemble(doc)
}

// Extensions are the file name endings of the kinds docio reads, as document.Kinds spells them;
// a folder is taken file by file by these, and file dialogs offer them.
var Extensions = readableExtensions()

// Kinds are the kinds of document docio reads, in document.Kinds's order.
func Kinds() []document.Kind {
	var out []document.Kind
	for _, k := range document.Kinds() {
		if _, ok := readers[k.Name]; ok {
			out = append(out, k)
		}
	}
	return out
}

func readableExtensions() []string {
	var out []string
	for _, k := range Kinds() {
		out = append(out, k.Extensions...)
	}
	return out
}

// KindsText names the kinds docio reads with their usual endings, for help and refusals:
// 「年报通文件（JSON）（.json）、纯文本（.txt）、…」.
func KindsText() string {
	var parts []string
	for _, k := range document.Kinds() {
		if _, ok := readers[k.Name]; ok {
			parts = append(parts, k.Label+"（"+k.Ext()+"）")
		}
	}
	return strings.Join(parts, "、")
}

// refusal says why a file of a kind docio does not read cannot be opened, and what to do instead.
func refusal(kind, ext, name string) error {
	switch kind {
	case oldOffice:
		return fmt.Errorf("「%s」是旧版 Office 文件（.xls 等），请先另存为 Excel 工作簿（.xlsx）或纯文本（.txt）", name)
	case "":
		if k, ok := document.KindOf(name); ok && (k.Name == "txt" || k.Name == "md") {
			return fmt.Errorf("「%s」的文字编码无法识别，请用记事本“另存为”UTF-8 编码后再打开", name)
		}
	}
	return fmt.Errorf("「%s」不是年报通能读取的报告文件（可打开%s）", name, KindsText())
}
