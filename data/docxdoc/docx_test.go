package docxdoc

import (
	"archive/zip"
	"bytes"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"nianbao/data/assemble"
	"nianbao/data/document"
	"nianbao/data/export/docx"
	"nianbao/data/export/exporttest"
	"nianbao/data/report"
)

// readReport reads a .docx into a report as the importers do.
func readReport(t testing.TB, b []byte, name string) *report.Report {
	t.Helper()
	doc, err := Read(b, name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := assemble.Assemble(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The app's own .docx reads back to identical cells, metadata and text.
func TestOwnExportRoundTrips(t *testing.T) {
	for name, r := range map[string]*report.Report{"full": exporttest.FullReport(t), "long": exporttest.LongReport(t)} {
		t.Run(name, func(t *testing.T) {
			got := readReport(t, exporttest.Export(t, r, docx.Write), "报告.docx")
			if got.Meta.Agency != r.Meta.Agency || got.Meta.Year != r.Meta.Year {
				t.Errorf("meta %q %d, want %q %d", got.Meta.Agency, got.Meta.Year, r.Meta.Agency, r.Meta.Year)
			}
			if !reflect.DeepEqual(got.Cells, r.Cells) {
				for i := range r.Cells {
					if got.Cells[i] != r.Cells[i] {
						t.Errorf("cell %d = %+v, want %+v", i, got.Cells[i], r.Cells[i])
					}
				}
			}
			// Blank lines between paragraphs are no paragraphs of their own in Word.
			fold := func(s string) string { return regexp.MustCompile(`\n+`).ReplaceAllString(s, "\n") }
			for key, text := range r.Narrative {
				if got.Text(key) != fold(text) {
					t.Errorf("%s = %q, want %q", key, got.Text(key), text)
				}
			}
			if len(got.Source.ImportNotes) != 0 {
				t.Errorf("notes %q", got.Source.ImportNotes)
			}
		})
	}
}

// A .docx LibreOffice wrote from the official layout as a web page reads every cell; the title
// comes from the document's properties.
func TestLibreOfficeDocument(t *testing.T) {
	b, err := os.ReadFile("testdata/clean-layout-2025.libreoffice.docx")
	if err != nil {
		t.Fatal(err)
	}
	r := readReport(t, b, "clean.docx")
	if r.Meta.Agency != "测试市" || r.Meta.Year != 2025 {
		t.Errorf("meta %+v", r.Meta)
	}
	if n := report.FilledCells(r); n != len(r.Cells) {
		t.Errorf("%d of %d cells read; notes %q", n, len(r.Cells), r.Source.ImportNotes)
	}
}

// wordFile builds a .docx of the given document.xml body (and numbering.xml, if any), as Word
// writes it.
func wordFile(t testing.TB, body, numbering string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, content string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`</w:body></w:document>`)
	if numbering != "" {
		add("word/numbering.xml", `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`+numbering+`</w:numbering>`)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func cell(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + para(text) + `</w:tc>`
}

// Word's own ways: headings numbered by a list (一、 only in numbering.xml), a label split over
// runs, a field, tracked changes (the deleted figure is not read, the inserted one is), merged
// cells (gridSpan and vMerge).
func TestWordQuirks(t *testing.T) {
	numbering := `<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`
	heading := func(ilvl, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := para("测试县", "农业农村局2024年政府信息公开", "工作年度报告") +
		heading("0", "总体情况") +
		heading("1", "主动公开") + para("全年主动公开信息", `<w:fldChar w:fldCharType="begin"/>`, "120条。") +
		heading("0", "主动公开政府信息情况") +
		`<w:tbl>` +
		`<w:tr>` + cell(`<w:gridSpan w:val="2"/>`, "第二十条第（五）项") + `</w:tr>` +
		`<w:tr>` + cell("", "信息内容") + cell("", "本年处理决定数量") + `</w:tr>` +
		`<w:tr>` + cell("", "行政许可") + `<w:tc>` + `<w:p><w:del><w:r><w:delText>9</w:delText></w:r></w:del><w:ins><w:r><w:t>4</w:t></w:r></w:ins></w:p></w:tc>` + `</w:tr>` +
		`</w:tbl>` +
		heading("0", "政府信息公开行政复议、行政诉讼情况") +
		`<w:tbl>` +
		`<w:tr>` + cell(`<w:gridSpan w:val="5"/>`, "行政复议") + cell(`<w:gridSpan w:val="10"/>`, "行政诉讼") + `</w:tr>` +
		`<w:tr>` + cell(`<w:vMerge w:val="restart"/>`, "结果维持") + cell(`<w:vMerge w:val="restart"/>`, "结果纠正") + cell(`<w:vMerge w:val="restart"/>`, "其他结果") +
		cell(`<w:vMerge w:val="restart"/>`, "尚未审结") + cell(`<w:vMerge w:val="restart"/>`, "总计") +
		cell(`<w:gridSpan w:val="5"/>`, "未经复议直接起诉") + cell(`<w:gridSpan w:val="5"/>`, "复议后起诉") + `</w:tr>` +
		`<w:tr>` + strings.Repeat(cell(`<w:vMerge/>`, ""), 5) +
		cell("", "结果维持") + cell("", "结果纠正") + cell("", "其他结果") + cell("", "尚未审结") + cell("", "总计") +
		cell("", "结果维持") + cell("", "结果纠正") + cell("", "其他结果") + cell("", "尚未审结") + cell("", "总计") + `</w:tr>` +
		`<w:tr>` + cell("", "1") + cell("", "0") + cell("", "0") + cell("", "0") + cell("", "1") +
		cell("", "0") + cell("", "2") + cell("", "0") + cell("", "0") + cell("", "2") +
		cell("", "0") + cell("", "0") + cell("", "0") + cell("", "0") + cell("", "0") + `</w:tr>` +
		`</w:tbl>`
	doc, err := Read(wordFile(t, body, numbering), "quirks.docx")
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, b := range doc.Blocks {
		if b.Para != nil && b.Para.Level == 1 {
			heads = append(heads, b.Para.Text)
		}
	}
	if want := []string{"一、总体情况", "（一）主动公开", "二、主动公开政府信息情况", "三、政府信息公开行政复议、行政诉讼情况"}; !reflect.DeepEqual(heads, want) {
		t.Errorf("headings %q, want %q", heads, want)
	}
	r, err := assemble.Assemble(doc)
	if err != nil {
		t.Fatal(err)
	}
	if r.Meta.Agency != "测试县农业农村局" || r.Meta.Year != 2024 {
		t.Errorf("meta %+v", r.Meta)
	}
	if got := r.Text("s1.active"); got != "全年主动公开信息120条。" {
		t.Errorf("s1.active = %q", got)
	}
	for key, want := range map[string]report.Value{
		"t2.license.decisions": report.Count(4), "t4.review.upheld": report.Count(1), "t4.review.total": report.Count(1),
		"t4.direct.corrected": report.Count(2), "t4.direct.total": report.Count(2), "t4.after_review.total": report.Count(0),
	} {
		if got := r.Get(key); got != want {
			t.Errorf("%s = %+v, want %+v", key, got, want)
		}
	}
}

// Vertical merges become row spans in the HTML table model.
func TestMergeRows(t *testing.T) {
	c := func(text, merge string, span int) tcell {
		return tcell{Cell: document.Cell{Text: text, ColSpan: span, RowSpan: 1}, vMerge: merge}
	}
	got := mergeRows([][]tcell{
		{c("a", "restart", 1), c("b", "", 2)},
		{c("", "continue", 1), c("x", "", 1), c("y", "", 1)},
		{c("", "continue", 1), c("z", "", 2)},
		{c("c", "", 1), c("w", "", 2)},
	})
	if got[0][0].RowSpan != 3 || len(got[1]) != 2 || got[1][0].Text != "x" || len(got[2]) != 1 || got[3][0].Text != "c" {
		t.Errorf("rows %+v", got)
	}
}

// Broken, foreign and oversized files are refused with a message naming the file.
func TestReadRefuses(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	zeros := make([]byte, 1<<20)
	for range (maxPart >> 20) + 2 {
		w.Write(zeros)
	}
	zw.Close()
	for name, c := range map[string]struct {
		b    []byte
		want string
	}{
		"not a zip": {[]byte("PK\x03\x04 broken"), "不是有效的 Word 文档"},
		"no body":   {wordFile(t, "", "")[:0], "不是有效的 Word 文档"},
		"a workbook": {func() []byte {
			var b bytes.Buffer
			z := zip.NewWriter(&b)
			z.Create("xl/workbook.xml")
			z.Close()
			return b.Bytes()
		}(), "缺少正文"},
		"zip bomb":    {bomb.Bytes(), "过大"},
		"broken xml":  {wordFile(t, "<w:p><w:r>", ""), "XML 结构错误"},
		"deep tables": {wordFile(t, strings.Repeat("<w:tbl><w:tr><w:tc>", maxDepth+1), ""), "嵌套过深"},
	} {
		_, err := Read(c.b, "坏文件.docx")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "坏文件.docx") {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
}
