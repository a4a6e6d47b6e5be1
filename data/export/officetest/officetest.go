// Package officetest holds the opt-in checks that look at the Word and PDF exports with the
// tools a person would use: LibreOffice opens the .docx, pdftotext reads the text back,
// pdftoppm renders the pages. The tests call them only with NIANBAO_OFFICE=1 (make check-office)
// and skip when a tool is missing; the default test run needs nothing but Go.
package officetest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"nianbao/data/document"
	"nianbao/data/export/layout"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// Require skips the test unless NIANBAO_OFFICE=1 and every tool is on the PATH.
func Require(t *testing.T, tools ...string) {
	t.Helper()
	if os.Getenv("NIANBAO_OFFICE") != "1" {
		t.Skip("opt-in: run with NIANBAO_OFFICE=1 (make check-office)")
	}
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (Debian: apt-get install libreoffice-writer-nogui poppler-utils)", tool)
		}
	}
}

// OutDir is the folder where a check leaves its files for a person to look at: the PDFs and
// one PNG per page. It is $NIANBAO_OFFICE_OUT/name, or nianbao-office/name in the temp folder.
func OutDir(t *testing.T, name string) string {
	t.Helper()
	base := os.Getenv("NIANBAO_OFFICE_OUT")
	if base == "" {
		base = filepath.Join(os.TempDir(), "nianbao-office")
	}
	dir := filepath.Join(base, name)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("files to look at: %s", dir)
	return dir
}

// Run runs a tool and returns what it writes to standard output; it fails the test with the
// tool's error output when the tool fails.
func Run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// ConvertToPDF has LibreOffice (headless, with a profile of its own so that it does not clash
// with a running office) turn a document into a PDF in the same folder, and returns its path.
func ConvertToPDF(t *testing.T, doc string) string {
	t.Helper()
	dir := filepath.Dir(doc)
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	Run(t, "soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", dir, doc)
	pdf := strings.TrimSuffix(doc, filepath.Ext(doc)) + document.KindNamed("pdf").Ext()
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice made no PDF of %s: %v", doc, err)
	}
	return pdf
}

// Text is the text of a PDF as pdftotext lays it out.
func Text(t *testing.T, pdf string) string {
	t.Helper()
	return string(Run(t, "pdftotext", "-layout", pdf, "-"))
}

// CheckHeadings checks that the text holds the heading of every section; what names the output in
// the messages.
func CheckHeadings(t *testing.T, text, what string) {
	t.Helper()
	flat := strings.Join(strings.Fields(text), "")
	for _, s := range schema.Sections() {
		if !strings.Contains(flat, s.Heading) {
			t.Errorf("%s: no heading %q in the text", what, s.Heading)
		}
	}
}

// CheckRows checks that the text holds every row of tables 2–4 with the report's values in
// column order, on the line of its label or within two lines of it (labels wrap in their cells).
func CheckRows(t *testing.T, text string, r *report.Report) {
	t.Helper()
	lines := strings.Split(text, "\n")
	near := func(i int, label string) bool {
		head := []rune(label)
		head = head[:min(len(head), 6)]
		for j := max(0, i-2); j <= min(len(lines)-1, i+2); j++ {
			if strings.Contains(strings.ReplaceAll(lines[j], " ", ""), string(head)) {
				return true
			}
		}
		return false
	}
	find := func(values []string, label, what string) {
		pattern := `(^|\s)` + strings.Join(values, `\s+`) + `(\s|$)`
		re := regexp.MustCompile(pattern)
		for i, l := range lines {
			if re.MatchString(l) && (label == "" || near(i, label)) {
				return
			}
		}
		t.Errorf("%s: no line with %q beside %q", what, strings.Join(values, " "), label)
	}
	for _, tb := range schema.Tables() {
		for _, b := range tb.Blocks {
			var all []string
			for _, row := range b.Rows {
				var values []string
				for _, c := range b.Columns {
					values = append(values, regexp.QuoteMeta(r.Get(schema.CellKey(tb.Key, row.Key, c.Key)).String()))
				}
				if tb.Key == "t4" {
					all = append(all, values...)
					continue
				}
				find(values, row.Label, tb.Name+" "+row.Label)
			}
			if len(all) > 0 {
				find(all, "", tb.Name+" 数据行")
			}
		}
	}
}

// CheckPages renders a PDF with pdftoppm, as PNG pages for a person to look at and as grey
// maps for the check that nothing is drawn outside the text area but the page number below it.
// It returns the number of pages.
func CheckPages(t *testing.T, pdf string) int {
	t.Helper()
	base := strings.TrimSuffix(pdf, filepath.Ext(pdf))
	Run(t, "pdftoppm", "-r", "60", "-png", pdf, base+"-page")
	const dpi = 36
	Run(t, "pdftoppm", "-r", fmt.Sprint(dpi), "-gray", pdf, base+"-grey")
	pages, _ := filepath.Glob(base + "-grey-*.pgm")
	px := func(mm float64) int { return int(layout.MM(mm) * dpi / 72) }
	const slack = 2.0 // mm: anti-aliasing and the half of a rule outside its cell
	for _, page := range pages {
		img, w, h := readPGM(t, page)
		left, right := px(layout.MarginLeftMM-slack), px(layout.PageWidthMM-layout.MarginRightMM+slack)
		top, bottom := px(layout.MarginTopMM-slack), px(layout.PageHeightMM-layout.MarginBottomMM+slack)
		footerEnd := px(layout.PageHeightMM - layout.FooterMM + slack)
		stray := 0
		for y := range h {
			for x := range w {
				if img[y*w+x] > 128 {
					continue
				}
				inText := x >= left && x < right && y >= top && y < bottom
				inFooter := x >= left && x < right && y >= bottom && y < footerEnd
				if !inText && !inFooter {
					stray++
				}
			}
		}
		if stray > 0 {
			t.Errorf("%s: %d dark pixels outside the text area and the page-number line", filepath.Base(page), stray)
		}
		os.Remove(page)
	}
	return len(pages)
}

// readPGM reads a binary grey map (P5, 8 bit) as pdftoppm -gray writes it.
func readPGM(t *testing.T, path string) (pix []byte, w, h int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rd := bufio.NewReader(bytes.NewReader(data))
	var magic string
	var maxVal int
	if _, err := fmt.Fscan(rd, &magic, &w, &h, &maxVal); err != nil || magic != "P5" || maxVal != 255 {
		t.Fatalf("%s: not an 8-bit P5 grey map (%v)", path, err)
	}
	if _, err := rd.ReadByte(); err != nil { // the single white space after the header
		t.Fatal(err)
	}
	pix = make([]byte, w*h)
	if _, err := io.ReadFull(rd, pix); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return pix, w, h
}
