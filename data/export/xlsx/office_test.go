package xlsx

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/export/officetest"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// csvFilter has LibreOffice write every sheet as its own UTF-8 CSV file (the last token, -1).
const csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

// recalcProfile is a LibreOffice profile that recalculates every formula of an .xlsx on load
// instead of trusting the cached values, so the check sees what the formulas themselves give.
const recalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// TestOfficeExcelThroughLibreOffice has LibreOffice open the workbook twice — once showing the
// cached values as a reader that does not calculate would, once recalculating every formula — and
// checks each time that every number sits in its place on the row of its label. It also prints
// the workbook to PDF, reads the numbers back beside their labels, and leaves the pages as PNG
// files for a person to look at. Opt-in: make check-office.
func TestOfficeExcelThroughLibreOffice(t *testing.T) {
	officetest.Require(t, "soffice", "pdftotext", "pdftoppm")
	r := exporttest.FullReport(t)
	r.Set("t3.carried.research", report.Value{})
	r.Set("t4.direct.other", report.Value{State: report.NotApplicable})
	r.ComputeTotals()
	dir := officetest.OutDir(t, "xlsx")
	book := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(book, write(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, recalc := range []bool{false, true} {
		sheets := convertToCSV(t, book, recalc)
		for _, tbl := range schema.Tables() {
			checkSheet(t, sheets[tbl.Name], layoutTable(tbl), r, recalc)
		}
		text := strings.Join(slices.Concat(sheets[textSheet]...), "\n")
		for _, n := range schema.Narratives() {
			for _, p := range strings.Split(r.Text(n.Key), "\n") {
				if !strings.Contains(text, p) {
					t.Errorf("正文: LibreOffice shows no paragraph %q of %s", p, n.Key)
				}
			}
		}
	}
	pdf := officetest.ConvertToPDF(t, book)
	officetest.CheckRows(t, officetest.Text(t, pdf), r)
	officetest.Run(t, "pdftoppm", "-r", "80", "-png", pdf, filepath.Join(dir, "page"))
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	if len(pages) != 4 {
		t.Errorf("LibreOffice prints the workbook on %d pages, want 4 (one per sheet)", len(pages))
	}
}

// convertToCSV has LibreOffice save every sheet as CSV and returns the rows of each by name.
func convertToCSV(t *testing.T, book string, recalc bool) map[string][][]string {
	t.Helper()
	profile := filepath.Join(t.TempDir(), "lo-profile")
	if recalc {
		user := filepath.Join(profile, "user")
		if err := os.MkdirAll(user, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(user, "registrymodifications.xcu"), []byte(recalcProfile), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outDir := filepath.Join(filepath.Dir(book), "csv")
	if recalc {
		outDir += "-recalculated"
	}
	officetest.Run(t, "soffice", "-env:UserInstallation=file://"+filepath.ToSlash(profile), "--headless",
		"--convert-to", csvFilter, "--outdir", outDir, book)
	base := strings.TrimSuffix(filepath.Base(book), ".xlsx")
	sheets := map[string][][]string{}
	for _, name := range []string{"表二", "表三", "表四", textSheet} {
		f, err := os.Open(filepath.Join(outDir, base+"-"+name+".csv"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no CSV of sheet %s: %v", name, err)
		}
		rd := csv.NewReader(f)
		rd.FieldsPerRecord = -1
		rows, err := rd.ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sheets[name] = rows
	}
	return sheets
}

// checkSheet checks each value where Write put it, and that its row carries its row label (tables
// 2 and 3) or its column stands under its column label (table 4).
func checkSheet(t *testing.T, rows [][]string, l *tableLayout, r *report.Report, recalc bool) {
	t.Helper()
	at := func(row, col int) string {
		if row-1 < len(rows) && col-1 < len(rows[row-1]) {
			return rows[row-1][col-1]
		}
		return ""
	}
	how := "cached"
	if recalc {
		how = "recalculated"
	}
	for _, it := range l.items {
		if it.role != roleValue {
			continue
		}
		c := schema.CellAt(it.cell)
		if got, want := at(it.row, it.col), r.Cells[it.cell].String(); got != want {
			t.Errorf("%s (%s): LibreOffice shows %q at %s, want %q", c.Label(), how, got, cellName(it.col, it.row), want)
		}
		var labelled bool
		if c.Table.Key == "t4" {
			for row := tableTop; row < it.row; row++ {
				labelled = labelled || at(row, it.col) == c.Column.Label
			}
		} else {
			labelled = slices.Contains(rows[it.row-1], c.Row.Label)
		}
		if !labelled {
			t.Errorf("%s: the label is not beside %s in LibreOffice", c.Label(), cellName(it.col, it.row))
		}
	}
}
