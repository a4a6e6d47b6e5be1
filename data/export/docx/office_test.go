package docx

import (
	"os"
	"path/filepath"
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/export/officetest"
)

// TestOfficeWordThroughLibreOffice has LibreOffice open the .docx and print it to PDF, then
// reads the numbers back beside their row labels and checks that every page keeps to the text
// area. The pages are left as PNG files for a person to look at. Opt-in: make check-office.
func TestOfficeWordThroughLibreOffice(t *testing.T) {
	officetest.Require(t, "soffice", "pdftotext", "pdftoppm")
	r := exporttest.LongReport(t)
	dir := officetest.OutDir(t, "docx")
	doc := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(doc, render(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := officetest.ConvertToPDF(t, doc)
	text := officetest.Text(t, pdf)
	officetest.CheckRows(t, text, r)
	officetest.CheckHeadings(t, text, "LibreOffice")
	officetest.CheckGrid(t, pdf, "LibreOffice")
	if n := officetest.CheckPages(t, pdf); n < 4 || n > 7 {
		t.Errorf("LibreOffice lays the report out on %d pages, want 4–7", n)
	}
}
