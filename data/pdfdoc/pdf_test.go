package pdfdoc

import (
	"bytes"
	"image"
	"image/color"
	"os"
	"strings"
	"testing"

	"github.com/signintech/gopdf"

	"nianbao/data/assemble"
	"nianbao/data/export/exporttest"
	"nianbao/data/export/pdf"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/data/textio"
)

// readReport reads a PDF into a report as the importers do.
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

func sameCells(t *testing.T, got, want *report.Report) {
	t.Helper()
	if got.Meta.Agency != want.Meta.Agency || got.Meta.Year != want.Meta.Year {
		t.Errorf("meta %q %d, want %q %d", got.Meta.Agency, got.Meta.Year, want.Meta.Agency, want.Meta.Year)
	}
	for i := range want.Cells {
		if got.Cells[i] != want.Cells[i] {
			t.Errorf("cell %d = %+v, want %+v", i, got.Cells[i], want.Cells[i])
		}
	}
}

// The app's own PDF export reads back to identical cells, agency and year; the long report's
// tables run over page breaks.
func TestOwnExportRoundTrips(t *testing.T) {
	for name, r := range map[string]*report.Report{"full": exporttest.FullReport(t), "long": exporttest.LongReport(t)} {
		t.Run(name, func(t *testing.T) {
			sameCells(t, readReport(t, exporttest.Export(t, r, pdf.Write), name+".pdf"), r)
		})
	}
}

// PDFs other producers made of the seed report (LibreOffice from the app's .docx, Chromium's
// print-to-PDF of its web page) read every cell as the text file has it.
func TestOtherProducers(t *testing.T) {
	seedText, err := os.ReadFile("../docio/testdata/xixiayuan-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	ref, err := textio.Read(bytes.NewReader(seedText), "seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"seed.libreoffice-docx.pdf", "seed.chromium.pdf"} {
		t.Run(f, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + f)
			if err != nil {
				t.Fatal(err)
			}
			got := readReport(t, b, f)
			sameCells(t, got, ref)
			if ids := errorRules(got); len(ids) != 0 {
				t.Errorf("errors %v", ids)
			}
		})
	}
}

func errorRules(r *report.Report) []string {
	var out []string
	for _, f := range rules.Check(r, nil) {
		if f.Severity == rules.Error {
			out = append(out, f.ID)
		}
	}
	return out
}

// A PDF with no text layer (a scan) is refused, saying so.
func TestScanRefused(t *testing.T) {
	var pdfDoc gopdf.GoPdf
	pdfDoc.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	pdfDoc.AddPage()
	img := image.NewRGBA(image.Rect(0, 0, 40, 40))
	for i := range 40 {
		img.Set(i, i, color.Black)
	}
	if err := pdfDoc.ImageFrom(img, 50, 50, nil); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := pdfDoc.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := Read(buf.Bytes(), "扫描件.pdf")
	if err == nil || !strings.Contains(err.Error(), "没有文字层") || !strings.Contains(err.Error(), "扫描件.pdf") {
		t.Fatalf("error %v", err)
	}
}

// Broken files are refused with a message naming the file, never a panic.
func TestBrokenRefused(t *testing.T) {
	seed := exporttest.Export(t, exporttest.FullReport(t), pdf.Write)
	for name, b := range map[string][]byte{
		"garbage":   []byte("%PDF-1.7\nthis is not a pdf"),
		"truncated": seed[:len(seed)/3],
	} {
		_, err := Read(b, "坏文件.pdf")
		if err == nil || !strings.Contains(err.Error(), "坏文件.pdf") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// PDFs whose tables have no ruling lines (LibreOffice drops a web page's CSS borders) are read
// from the text positions: no cell is read wrong, and nearly all are read; the rest are named
// in the notes.
func TestUnruledTables(t *testing.T) {
	seedText, err := os.ReadFile("../docio/testdata/xixiayuan-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := textio.Read(bytes.NewReader(seedText), "seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file string
		want *report.Report
		read int // cells read at least
	}{
		{"full.libreoffice-html.pdf", exporttest.FullReport(t), 190},
		{"seed.libreoffice-html.pdf", seed, 180},
	} {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			got := readReport(t, b, c.file)
			if got.Meta.Agency != c.want.Meta.Agency || got.Meta.Year != c.want.Meta.Year {
				t.Errorf("meta %q %d", got.Meta.Agency, got.Meta.Year)
			}
			read := 0
			for i, v := range got.Cells {
				if v.State == report.Blank {
					continue
				}
				read++
				if v != c.want.Cells[i] {
					t.Errorf("%s = %v, want %v", schema.CellAt(i).Key, v, c.want.Cells[i])
				}
			}
			if read < c.read || read < len(got.Cells) && len(got.Source.ImportNotes) == 0 {
				t.Errorf("%d cells read, notes %q", read, got.Source.ImportNotes)
			}
		})
	}
}
