package html

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/export/officetest"
)

// browsers are the headless browsers the check can print and photograph the page with.
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// TestOfficePageInABrowser has a headless browser print the page to PDF (A4, through the print
// style sheet) and reads the numbers back beside their row labels; with no browser installed,
// LibreOffice opens the page instead. It leaves screenshots at desktop and phone width and the
// printed pages as PNG files for a person to look at. Opt-in: make check-office.
func TestOfficePageInABrowser(t *testing.T) {
	officetest.Require(t, "pdftotext", "pdftoppm")
	browser := ""
	for _, b := range browsers {
		if _, err := exec.LookPath(b); err == nil {
			browser = b
			break
		}
	}
	if browser == "" {
		officetest.Require(t, "soffice")
	}
	r := exporttest.FullReport(t)
	dir := officetest.OutDir(t, "html")
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, render(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "report.pdf")
	if browser == "" {
		pdf = officetest.ConvertToPDF(t, page)
	} else {
		url := "file://" + filepath.ToSlash(page)
		headless := []string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
			"--user-data-dir=" + filepath.Join(t.TempDir(), "profile")}
		officetest.Run(t, browser, append(headless, "--no-pdf-header-footer", "--print-to-pdf="+pdf, url)...)
		officetest.Run(t, browser, append(headless, "--window-size=1100,1400", "--screenshot="+filepath.Join(dir, "desktop.png"), url)...)
		officetest.Run(t, browser, append(headless, "--window-size=390,844", "--screenshot="+filepath.Join(dir, "phone.png"), url)...)
	}
	text := officetest.Text(t, pdf)
	officetest.CheckRows(t, text, r)
	officetest.CheckHeadings(t, text, "the printed page")
	officetest.Run(t, "pdftoppm", "-r", "70", "-png", pdf, filepath.Join(dir, "page"))
}
