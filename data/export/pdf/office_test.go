package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/export/docx/officetest"
	"nianbao/data/export/exporttest"
	"nianbao/data/schema"
)

// TestOfficePDF reads the PDF back with poppler as a person's viewer would: every number beside
// its row label, table 3's header on each of its pages, every font embedded, nothing outside the
// text area. The pages are left as PNG files to look at. Opt-in: make check-office.
func TestOfficePDF(t *testing.T) {
	officetest.Require(t, "pdftotext", "pdftoppm", "pdffonts")
	r := exporttest.LongReport(t)
	dir := officetest.OutDir(t, "pdf")
	for name, opt := range map[string]Options{"bundled": {}, "system": {Fonts: SystemFonts()}} {
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
		flat := strings.Join(strings.Fields(text), "")
		for _, s := range schema.Sections() {
			if !strings.Contains(flat, s.Heading) {
				t.Errorf("%s: no heading %q in the text", name, s.Heading)
			}
		}
		if n := strings.Count(flat, "申请人情况"); n != 2 {
			t.Errorf("%s: table 3's header appears %d times, want 2 (it continues on a second page)", name, n)
		}
		fonts, err := exec.Command("pdffonts", path).Output()
		if err != nil {
			t.Fatal(err)
		}
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
