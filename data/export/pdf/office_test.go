package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/export/officetest"
)

// TestOfficePDF reads the PDF back with poppler as a person's viewer would: every number beside
// its row label, table 3's header on each of its pages, every font embedded, nothing outside the
// text area. The pages are left as PNG files to look at. Opt-in: make check-office.
func TestOfficePDF(t *testing.T) {
	officetest.Require(t, "pdftotext", "pdftoppm", "pdffonts")
	r := exporttest.LongReport(t)
	dir := officetest.OutDir(t, "pdf")
	for name, opt := range map[string]Options{"bundled": {}, "open": {Fonts: Fonts{}.WithOpenFaces()},
		"system": {Fonts: SystemFonts().WithOpenFaces()}} {
		var buf bytes.Buffer
		if err := WriteWith(&buf, r, opt); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		text := officetest.Text(t, path)
		officetest.CheckRows(t, text, r)
		officetest.CheckHeadings(t, text, name)
		officetest.CheckGrid(t, path, name)
		if n := strings.Count(strings.Join(strings.Fields(text), ""), "申请人情况"); n != 1 {
			t.Errorf("%s: table 3's header appears %d times, want 1 (it fits on one page and is not split)", name, n)
		}
		fonts := officetest.Run(t, "pdffonts", path)
		for _, l := range strings.Split(string(fonts), "\n")[2:] {
			if f := strings.Fields(l); len(f) > 4 && f[len(f)-5] != "yes" {
				t.Errorf("%s: font not embedded: %s", name, l)
			}
		}
		if n := officetest.CheckPages(t, path); n != pageCount(buf.Bytes()) {
			t.Errorf("%s: poppler renders %d pages, the file counts %d", name, n, pageCount(buf.Bytes()))
		}
	}
}
