package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"nianbao/data/export/exporttest"
	"nianbao/data/report"
	"nianbao/data/schema"
)

func render(t testing.TB, r *report.Report) []byte {
	t.Helper()
	return exporttest.Export(t, r, Write)
}

// parts unzips a .docx into its parts by name.
func parts(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

func TestEveryPartIsWellFormedXML(t *testing.T) {
	p := parts(t, render(t, exporttest.LongReport(t)))
	want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
		"word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml", footerOdd, footerEven}
	if len(p) != len(want) {
		t.Errorf("%d parts, want %d", len(p), len(want))
	}
	for _, name := range want {
		data, ok := p[name]
		if !ok {
			t.Errorf("part %s is missing", name)
			continue
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Errorf("%s: %v", name, err)
				break
			}
		}
	}
	for _, name := range []string{"word/styles.xml", "word/fontTable.xml"} {
		for _, font := range []string{fontTitle, fontBody, fontHeading, fontSub, fontSong} {
			if !bytes.Contains(p[name], []byte(font)) {
				t.Errorf("%s does not name %s", name, font)
			}
		}
	}
	if !bytes.Contains(p["word/styles.xml"], []byte(`w:eastAsia="`+fontBody+`"`)) {
		t.Error("styles.xml sets no East Asian body font")
	}
}

// Minimal WordprocessingML for reading the tables back.
type (
	xDocument struct {
		Body struct {
			Items []xItem `xml:",any"`
		} `xml:"body"`
	}
	xItem struct {
		XMLName xml.Name
		Grid    []struct {
			W int `xml:"w,attr"`
		} `xml:"tblGrid>gridCol"`
		Rows []xRow `xml:"tr"`
		Runs []struct {
			Text string `xml:"t"`
		} `xml:"r"`
	}
	xRow struct {
		Header *struct{} `xml:"trPr>tblHeader"`
		Split  *struct{} `xml:"trPr>cantSplit"`
		Cells  []xCell   `xml:"tc"`
	}
	xCell struct {
		W struct {
			W int `xml:"w,attr"`
		} `xml:"tcPr>tcW"`
		Span *struct {
			Val int `xml:"val,attr"`
		} `xml:"tcPr>gridSpan"`
		VMerge *struct {
			Val string `xml:"val,attr"`
		} `xml:"tcPr>vMerge"`
		Text []string `xml:"p>r>t"`
	}
)

// docTables reads the tables of document.xml as grids of text, a merged cell's text repeated
// over every position it covers, and counts the merge elements.
type docTable struct {
	texts                    [][]string
	spans, restarts, conts   int
	headerRows, unsplittable int
}

func readTables(t *testing.T, documentXML []byte) ([]docTable, []string) {
	t.Helper()
	var doc xDocument
	if err := xml.Unmarshal(documentXML, &doc); err != nil {
		t.Fatal(err)
	}
	var tables []docTable
	var paragraphs []string
	for _, it := range doc.Body.Items {
		switch it.XMLName.Local {
		case "p":
			var s strings.Builder
			for _, r := range it.Runs {
				s.WriteString(r.Text)
			}
			paragraphs = append(paragraphs, s.String())
		case "tbl":
			var tb docTable
			gridWidth := 0
			for _, g := range it.Grid {
				gridWidth += g.W
			}
			for ri, row := range it.Rows {
				if row.Header != nil {
					tb.headerRows++
				}
				if row.Split != nil {
					tb.unsplittable++
				}
				var texts []string
				width := 0
				for _, c := range row.Cells {
					span := 1
					if c.Span != nil {
						span = c.Span.Val
						tb.spans++
					}
					width += c.W.W
					text := strings.Join(c.Text, "")
					if c.VMerge != nil {
						if c.VMerge.Val == "restart" {
							tb.restarts++
						} else {
							tb.conts++
							text = tb.texts[ri-1][len(texts)]
						}
					}
					for range span {
						texts = append(texts, text)
					}
				}
				if len(texts) != len(it.Grid) || width != gridWidth {
					t.Errorf("table %d row %d covers %d columns, %d twips; grid has %d, %d twips", len(tables)+1, ri, len(texts), width, len(it.Grid), gridWidth)
				}
				tb.texts = append(tb.texts, texts)
			}
			tables = append(tables, tb)
		}
	}
	return tables, paragraphs
}

func TestTablesHoldEveryLabelValueAndMerge(t *testing.T) {
	r := exporttest.LongReport(t)
	tables, _ := readTables(t, parts(t, render(t, r))["word/document.xml"])
	if len(tables) != 3 {
		t.Fatalf("%d tables, want 3", len(tables))
	}
	// Merges of the official layout: table 2 has 4 block headings, 3 one-column headers and
	// 4 values across the value columns; table 3 has the note (3×3), 申请人情况, 法人或其他组织,
	// 7 labels across label columns, 自然人 and 总计 over two rows and the result groups over
	// 22, 8, 3, 5 and 3 rows; table 4 has its four group headers and five labels over two rows.
	want := []struct{ spans, restarts, conts, header int }{{11, 0, 0, 0}, {11, 8, 40, 3}, {4, 5, 5, 3}}
	for i, w := range want {
		tb := tables[i]
		if tb.spans != w.spans || tb.restarts != w.restarts || tb.conts != w.conts || tb.headerRows != w.header {
			t.Errorf("table %d: %d gridSpan, %d vMerge restart, %d continue, %d header rows; want %+v", i+2, tb.spans, tb.restarts, tb.conts, tb.headerRows, w)
		}
		if tb.unsplittable != len(tb.texts) {
			t.Errorf("table %d: %d of %d rows may split across pages", i+2, len(tb.texts)-tb.unsplittable, len(tb.texts))
		}
	}

	// Table 3: each data row carries its labels (merged group labels included) and, in the
	// last seven columns, the report's values in column order.
	t3, _ := schema.TableByKey("t3")
	b := &t3.Blocks[0]
	for i, row := range b.Rows {
		texts := tables[1].texts[3+i]
		joined := strings.Join(texts, "|")
		for _, l := range []string{row.Label, row.Group, row.Sub} {
			if !strings.Contains(joined, l) {
				t.Errorf("table 3 row %s: label %q missing in %q", row.Key, l, joined)
			}
		}
		for ci, col := range b.Columns {
			key := schema.CellKey("t3", row.Key, col.Key)
			if got, want := texts[len(texts)-len(b.Columns)+ci], r.Get(key).String(); got != want {
				t.Errorf("%s: %q, want %q", key, got, want)
			}
		}
	}
	// Table 4: the value row holds the 15 values in order; table 2 each value beside its label.
	t4, _ := schema.TableByKey("t4")
	for i, c := range t4.Cells() {
		if got := tables[2].texts[3][i]; got != r.Cells[c.Index].String() {
			t.Errorf("%s: %q, want %q", c.Key, got, r.Cells[c.Index].String())
		}
	}
	t2, _ := schema.TableByKey("t2")
	for _, c := range t2.Cells() {
		found := false
		for _, texts := range tables[0].texts {
			if texts[0] == c.Row.Label && strings.Contains(strings.Join(texts[1:], "|"), r.Cells[c.Index].String()) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no row %q with %s", c.Key, c.Row.Label, r.Cells[c.Index].String())
		}
	}
}

func TestBlankAndNotApplicableCells(t *testing.T) {
	r := exporttest.LongReport(t)
	r.Set("t4.review.upheld", report.Value{})
	r.Set("t4.review.corrected", report.Value{State: report.NotApplicable})
	tables, _ := readTables(t, parts(t, render(t, r))["word/document.xml"])
	if got := tables[2].texts[3][:2]; got[0] != "" || got[1] != "/" {
		t.Errorf("blank and not applicable read %q, want \"\" and \"/\"", got)
	}
}

func TestParagraphsFollowTheReport(t *testing.T) {
	r := exporttest.LongReport(t)
	r.SetText("s6", "")
	r.Meta.Agency = "某县<人民政府>&"
	_, paras := readTables(t, parts(t, render(t, r))["word/document.xml"])
	if paras[0] != r.Title() {
		t.Errorf("title %q, want %q", paras[0], r.Title())
	}
	all := strings.Join(paras, "\n")
	for _, s := range schema.Sections() {
		if !strings.Contains(all, s.Heading) {
			t.Errorf("heading %q missing", s.Heading)
		}
	}
	if !strings.Contains(all, r.Meta.Opening) || !strings.Contains(all, r.Text("s1.intro")) {
		t.Error("opening or intro paragraph missing")
	}
	if !strings.HasSuffix(all, "六、其他需要报告的事项") {
		t.Errorf("empty section 六 should stay empty, document ends %q", all[len(all)-40:])
	}
}

func TestPageNumberFooters(t *testing.T) {
	p := parts(t, render(t, exporttest.LongReport(t)))
	for name, side := range map[string]string{footerOdd: `w:right="280"`, footerEven: `w:left="280"`} {
		f := string(p[name])
		if !strings.Contains(f, "— ") || !strings.Contains(f, " PAGE ") || !strings.Contains(f, " —") || !strings.Contains(f, side) {
			t.Errorf("%s is not a 「— N —」 footer at the %s: %s", name, side, f)
		}
	}
	if !bytes.Contains(p["word/settings.xml"], []byte("<w:evenAndOddHeaders/>")) {
		t.Error("settings do not separate odd and even footers")
	}
	doc := string(p["word/document.xml"])
	for _, s := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`} {
		if !strings.Contains(doc, s) {
			t.Errorf("page set-up lacks %s", s)
		}
	}
}

func TestGolden(t *testing.T) {
	exporttest.Golden(t, filepath.Join("testdata", "full-2025.docx"), func() []byte { return render(t, exporttest.LongReport(t)) })
}

func BenchmarkWrite(b *testing.B) {
	r := exporttest.LongReport(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes")
}

func TestEmptyReportKeepsTheStructure(t *testing.T) {
	r := report.New("", 0)
	p := parts(t, render(t, r))
	tables, paras := readTables(t, p["word/document.xml"])
	if len(tables) != 3 {
		t.Fatalf("%d tables, want 3", len(tables))
	}
	for _, row := range tables[1].texts[3:] {
		for _, v := range row[len(row)-7:] {
			if v != "" {
				t.Errorf("a blank cell reads %q", v)
			}
		}
	}
	if got := strings.Count(strings.Join(paras, "\n"), "无。"); got != 0 {
		t.Errorf("%d paragraphs read 无。, want none: the agency did not write it", got)
	}
	if !bytes.Contains(p["docProps/core.xml"], []byte("1981-01-01T00:00:00Z")) {
		t.Error("a report without a year must still carry a valid fixed date")
	}
}

func TestUnusualTextStaysValidXML(t *testing.T) {
	r := exporttest.LongReport(t)
	r.SetText("s5", "控制字符\x00\x0b\x1f、制表符\t和 emoji 😀 与 <标签> & “引号”")
	p := parts(t, render(t, r))
	if err := xml.Unmarshal(p["word/document.xml"], new(xDocument)); err != nil {
		t.Fatalf("document.xml is not valid XML: %v", err)
	}
	if !bytes.Contains(p["word/document.xml"], []byte("emoji 😀 与 &lt;标签&gt; &amp; “引号”")) {
		t.Error("user text was not kept")
	}
}

// TestDocumentGrid: the section carries the line grid of GB/T 9704 (linePitch 579 twips: 22
// lines in 225 mm), the body's exact line spacing is that pitch, and its characters are condensed
// so that 28 of 三号 fit 156 mm and a 29th does not.
func TestDocumentGrid(t *testing.T) {
	p := parts(t, render(t, exporttest.LongReport(t)))
	doc, sty := string(p["word/document.xml"]), string(p["word/styles.xml"])
	if !strings.Contains(doc, `<w:docGrid w:type="lines" w:linePitch="579"/>`) {
		t.Errorf("no line grid of 579 twips in the section properties")
	}
	if n := math.Floor(225 / 25.4 * 1440 / 579); n != 22 {
		t.Errorf("%.0f lines a page at 579 twips, want 22", n)
	}
	if !strings.Contains(sty, `w:line="579" w:lineRule="exact"`) {
		t.Errorf("the body's line spacing is not the grid pitch")
	}
	if !strings.Contains(sty, `<w:spacing w:val="-5"/><w:sz w:val="32"/>`) {
		t.Errorf("the body's characters are not condensed by 0.25 pt")
	}
	if n := math.Floor(156 / 25.4 * 72 / (16 - 0.25)); n != 28 {
		t.Errorf("%.0f characters a line, want 28", n)
	}
}

// TestTablesKeepTogether: every row of a table but the last keeps with the next, so a table that
// fits on a page is not left with two rows at the foot of one; the header rows repeat
// (tblHeader) and no row splits (cantSplit) when a longer one must break.
func TestTablesKeepTogether(t *testing.T) {
	doc := string(parts(t, render(t, exporttest.LongReport(t)))["word/document.xml"])
	tables := strings.Split(doc, "<w:tbl>")[1:]
	if len(tables) != 3 {
		t.Fatalf("%d tables", len(tables))
	}
	for ti, tb := range tables {
		tb = tb[:strings.Index(tb, "</w:tbl>")]
		rows := strings.Split(tb, "<w:tr>")[1:]
		for ri, row := range rows {
			if keep := strings.Contains(row, "<w:keepNext/>"); keep != (ri < len(rows)-1) {
				t.Errorf("table %d row %d of %d: keepNext %v", ti+2, ri+1, len(rows), keep)
			}
			if !strings.Contains(row, "<w:cantSplit/>") {
				t.Errorf("table %d row %d may split", ti+2, ri+1)
			}
		}
		if ti > 0 && !strings.Contains(rows[0], "<w:tblHeader/>") {
			t.Errorf("table %d: the header row does not repeat", ti+2)
		}
	}
}
