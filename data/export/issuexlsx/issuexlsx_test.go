package issuexlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

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

// sheetText is every cell of a sheet, a line per row, cells joined by tabs.
func sheetText(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, r := range rows {
		lines = append(lines, strings.Join(r, "\t"))
	}
	return strings.Join(lines, "\n")
}

func TestWorkbook(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(render(t)))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.GetSheetList(), " "); got != "汇总 问题清单 已核实" {
		t.Fatalf("sheets: %s", got)
	}
	summary := sheetText(t, f, SheetSummary)
	for _, want := range []string{"下级单位共 5 个", "丁镇人民政府\t未报，已逾期", "最常见的问题", "DUE-LATE\t警告"} {
		if !strings.Contains(summary, want) {
			t.Errorf("汇总 lacks %q:\n%s", want, summary)
		}
	}
	findings := sheetText(t, f, SheetFindings)
	for _, want := range []string{"序号\t规则\t类别\t栏目\t单元格\t应为\t实为\t问题", "甲镇人民政府（草稿", "\tT3-ROW-SUM\t错误\t三、收到和处理政府信息公开申请情况\t",
		"尚未报送2023年度报告"} {
		if !strings.Contains(findings, want) {
			t.Errorf("问题清单 lacks %q:\n%s", want, findings)
		}
	}
	if v := sheetText(t, f, SheetVerified); !strings.Contains(v, "城关镇人民政府\tT2-FEES-UNIT\t二、主动公开政府信息情况") || !strings.Contains(v, "已与财政部门核对") {
		t.Errorf("已核实:\n%s", v)
	}
}

// TestOfficeThroughLibreOffice has LibreOffice print the workbook to PDF and leaves the pages as
// PNG files to look at. Opt-in: make check-office.
func TestOfficeThroughLibreOffice(t *testing.T) {
	officetest.Require(t, "soffice", "pdftotext", "pdftoppm")
	dir := officetest.OutDir(t, "issuexlsx")
	book := filepath.Join(dir, "问题清单.xlsx")
	if err := os.WriteFile(book, render(t), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := officetest.ConvertToPDF(t, book)
	if text := officetest.Text(t, pdf); !strings.Contains(text, "T3-ROW-SUM") || !strings.Contains(text, "已与财政部门核对") {
		t.Errorf("the PDF lacks findings:\n%s", text)
	}
	base := strings.TrimSuffix(pdf, ".pdf")
	officetest.Run(t, "pdftoppm", "-r", "60", "-png", pdf, base+"-page")
}
