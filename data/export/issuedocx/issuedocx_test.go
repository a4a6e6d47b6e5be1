package issuedocx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/export/layout"
	"nianbao/data/export/officetest"
	"nianbao/data/issuelist/issuelisttest"
)

func render(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, issuelisttest.List(t)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// documentText is the text of word/document.xml, which must be well-formed XML.
func documentText(t *testing.T, data []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, _ := f.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		var text strings.Builder
		dec := xml.NewDecoder(bytes.NewReader(body))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				return text.String()
			}
			if err != nil {
				t.Fatalf("document.xml: %v", err)
			}
			if cd, ok := tok.(xml.CharData); ok {
				text.Write(cd)
			}
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

// The list has the summary, a section per unit on a page of its own, every open finding with
// its cells, figures and sentence, and the verified findings apart with their notes.
func TestDocument(t *testing.T) {
	text := documentText(t, render(t))
	for _, want := range []string{
		"某某县人民政府2023年度政府信息公开工作年度报告问题清单", "一、报送和检查情况", "二、最常见的问题", "三、各单位问题清单",
		"（一）丙镇人民政府（已发布于2024-01-20）", "丁镇人民政府（未报，已逾期", "尚未报送2023年度报告", "T3-ROW-SUM（错误）",
		"三、收到和处理政府信息公开申请情况", "自然人", "已核实无需修改的事项 1 条", "已与财政部门核对",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the list lacks %q", want)
		}
	}
	d := Build(issuelisttest.List(t))
	pages := 0
	for _, b := range d.Blocks {
		if b.NewPage {
			pages++
		}
		if b.Kind == layout.TableBlock {
			sum := 0.0
			for _, w := range b.Table.Widths {
				sum += w
			}
			if sum != layout.TextWidthMM {
				t.Errorf("a table is %.1f mm wide, want %.1f", sum, layout.TextWidthMM)
			}
		}
	}
	if pages != 5 { // 三、 and each unit after the first
		t.Errorf("%d page breaks, want 5", pages)
	}
}

// TestOfficeThroughLibreOffice has LibreOffice print the list to PDF and leaves the pages as PNG
// files to look at; nothing is drawn outside the text area. Opt-in: make check-office.
func TestOfficeThroughLibreOffice(t *testing.T) {
	officetest.Require(t, "soffice", "pdftotext", "pdftoppm")
	dir := officetest.OutDir(t, "issuedocx")
	doc := filepath.Join(dir, "问题清单.docx")
	if err := os.WriteFile(doc, render(t), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := officetest.ConvertToPDF(t, doc)
	if text := officetest.Text(t, pdf); !strings.Contains(text, "最常见的问题") {
		t.Errorf("the PDF lacks the summary:\n%s", text)
	}
	if n := officetest.CheckPages(t, pdf); n < 6 {
		t.Errorf("%d pages, want the summary and a page per unit", n)
	}
}
