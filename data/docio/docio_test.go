package docio

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"nianbao/data/export"
	"nianbao/data/report"
	"nianbao/data/textio"
)

const seedPath = "testdata/xixiayuan-2023.txt"

func seed(t *testing.T) *report.Report {
	t.Helper()
	r, err := Open(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// sameContent compares what a report says, ignoring where it came from.
func sameContent(t *testing.T, want, got *report.Report) {
	t.Helper()
	if !reflect.DeepEqual(want.Meta, got.Meta) || !reflect.DeepEqual(want.Narrative, got.Narrative) ||
		!reflect.DeepEqual(want.Cells, got.Cells) {
		t.Errorf("content differs:\nwant %+v\ngot  %+v", want.Meta, got.Meta)
	}
}

func TestOpenSeed(t *testing.T) {
	r := seed(t)
	if r.Meta.Agency != "孟津区西霞院街道办事处" || r.Meta.Year != 2023 || r.Source.File != seedPath {
		t.Errorf("meta %+v, source %+v", r.Meta, r.Source)
	}
}

// Every format that can be written and read back opens through Decode by content and name.
func TestDecodeExports(t *testing.T) {
	r := seed(t)
	for _, name := range []string{"json", "txt", "md", "xlsx", "html"} {
		t.Run(name, func(t *testing.T) {
			f, ok := export.Lookup(name)
			if !ok {
				t.Fatalf("no export %s", name)
			}
			var buf bytes.Buffer
			if err := f.Write(&buf, r); err != nil {
				t.Fatal(err)
			}
			got, err := Decode(&buf, "报告"+f.Ext)
			if err != nil {
				t.Fatal(err)
			}
			if got.Source.File != "报告"+f.Ext {
				t.Errorf("source file = %q", got.Source.File)
			}
			sameContent(t, r, got)
		})
	}
}

func TestDecodeEncodings(t *testing.T) {
	r := seed(t)
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range string(raw) {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	for name, b := range map[string][]byte{
		"utf-8 with BOM": append([]byte("\xEF\xBB\xBF"), raw...),
		"gbk":            gbk,
		"utf-16 le":      utf16le,
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Decode(bytes.NewReader(b), "报告.txt")
			if err != nil {
				t.Fatal(err)
			}
			sameContent(t, r, got)
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	var md bytes.Buffer
	if err := textio.WriteMarkdown(&md, seed(t)); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, content, want string
	}{
		{"a.pdf", "%PDF-1.7\n...", "不是有效的 PDF 文件"},
		{"a.docx", "PK\x03\x04rest", "不是有效的 Word 文档"},
		{"a.xlsx", "PK\x03\x04rest", "不是可读取的 Excel 工作簿"},
		{"a.xls", "\xD0\xCF\x11\xE0rest", "旧版 Office 文件"},
		{"a.html", "<!DOCTYPE html><html></html>", "没有找到政府信息公开工作年度报告"},
		{"a.txt", "<html><body><p>通知</p></body></html>", "没有找到政府信息公开工作年度报告"},
		{"a.bin", "\x00\x01\x02\x03", "不是年报通能读取的报告文件"},
		{"a.txt", "\x00\x01\x02\x03", "文字编码无法识别"},
		{"a.json", `{"kind":"other"}`, "不是年报通报告文件"},
		{"a.txt", "会议纪要\n今天开会。\n", "没有找到政府信息公开工作年度报告"},
	}
	for _, c := range cases {
		_, err := Decode(strings.NewReader(c.content), c.name)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.name) {
			t.Errorf("%s: err = %v, want a message naming the file and saying %q", c.name, err, c.want)
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		filepath.Join(dir, "missing.txt"): "文件不存在",
		dir:                               "是文件夹",
	} {
		_, err := Open(path)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%s) = %v, want %q", path, err, want)
		}
	}
}

// A web page opens by its extension or its first tag, in the charset it declares (older sites
// write GB2312), also with bytes a text file would not hold.
func TestDecodeWebPage(t *testing.T) {
	var page bytes.Buffer
	f, _ := export.Lookup("html")
	if err := f.Write(&page, seed(t)); err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(bytes.Replace(page.Bytes(), []byte(`charset="utf-8"`), []byte(`charset="gb2312"`), 1))
	if err != nil {
		t.Fatal(err)
	}
	withControl := bytes.Replace(page.Bytes(), []byte("<body>"), []byte("<body>\x0b"), 1)
	for name, c := range map[string]struct {
		file    string
		content []byte
	}{
		"utf-8 by extension":  {"报告.htm", page.Bytes()},
		"utf-8 by content":    {"报告", page.Bytes()},
		"gb2312":              {"报告.html", gbk},
		"a control character": {"报告.html", withControl},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Decode(bytes.NewReader(c.content), c.file)
			if err != nil {
				t.Fatal(err)
			}
			if got.Source.File != c.file {
				t.Errorf("source file = %q", got.Source.File)
			}
			sameContent(t, seed(t), got)
		})
	}
}
