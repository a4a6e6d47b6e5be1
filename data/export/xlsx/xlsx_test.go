package xlsx

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"nianbao/data/export/exporttest"
	"nianbao/data/report"
	"nianbao/data/schema"
)

func write(t testing.TB, r *report.Report) []byte {
	t.Helper()
	return exporttest.Export(t, r, Write)
}

func open(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func read(t testing.TB, b []byte) *report.Report {
	t.Helper()
	r, err := Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestGolden(t *testing.T) {
	exporttest.Golden(t, "testdata/full.golden.xlsx", func() []byte { return write(t, exporttest.FullReport(t)) })
}

func TestSheetsAndTitles(t *testing.T) {
	r := exporttest.FullReport(t)
	f := open(t, write(t, r))
	if got, want := f.GetSheetList(), []string{"表二", "表三", "表四", textSheet, dataSheet}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %v, want %v", got, want)
	}
	for _, tbl := range schema.Tables() {
		if v, _ := f.GetCellValue(tbl.Name, "A1"); v != r.Title() {
			t.Errorf("%s A1 = %q, want the title", tbl.Name, v)
		}
		if v, _ := f.GetCellValue(tbl.Name, "A2"); v != tbl.Heading {
			t.Errorf("%s A2 = %q, want %q", tbl.Name, v, tbl.Heading)
		}
	}
	if visible, _ := f.GetSheetVisible(dataSheet); visible {
		t.Error("the bookkeeping sheet must be hidden")
	}
}

// mergesOf lists a sheet's merged ranges with the text at their top-left cell.
func mergesOf(t *testing.T, f *excelize.File, sheet string) map[string]string {
	t.Helper()
	mc, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range mc {
		out[m.GetStartAxis()+":"+m.GetEndAxis()] = m.GetCellValue()
	}
	return out
}

func TestOfficialMerges(t *testing.T) {
	f := open(t, write(t, exporttest.FullReport(t)))
	want := map[string]map[string]string{
		"表二": {
			"A3:D3": "第二十条第（一）项", "A7:D7": "第二十条第（五）项", "B8:D8": "本年处理决定数量", "B9:D9": "11398889",
			"A10:D10": "第二十条第（六）项", "A14:D14": "第二十条第（八）项", "B15:D15": "本年收费金额（单位：万元）", "B16:D16": "316441.25",
		},
		"表三": {
			"A3:C5": schema.Tables()[1].Note, "D3:J3": "申请人情况", "D4:D5": "自然人", "E4:I4": "法人或其他组织", "J4:J5": "总计",
			"A6:C6": "一、本年新收政府信息公开申请数量", "A8:A29": "三、本年度办理结果", "B8:C8": "（一）予以公开",
			"B10:B17": "（三）不予公开", "B18:B20": "（四）无法提供", "B21:B25": "（五）不予处理", "B26:B28": "（六）其他处理",
			"B29:C29": "（七）总计", "A30:C30": "四、结转下年度继续办理",
		},
		"表四": {
			"A3:E3": "行政复议", "F3:O3": "行政诉讼", "A4:A5": "结果维持", "E4:E5": "总计",
			"F4:J4": "未经复议直接起诉", "K4:O4": "复议后起诉",
		},
	}
	for sheet, merges := range want {
		got := mergesOf(t, f, sheet)
		for rng, text := range merges {
			if v, ok := got[rng]; !ok || v != text {
				t.Errorf("%s: merge %s = %q (present %v), want %q", sheet, rng, v, ok, text)
			}
		}
	}
	for cell, want := range map[string]string{"C10": "1.属于国家秘密", "E5": "商业企业", "I5": "其他", "C28": "3.其他"} {
		if v, _ := f.GetCellValue("表三", cell); v != want {
			t.Errorf("表三 %s = %q, want %q", cell, v, want)
		}
	}
	for cell, want := range map[string]string{"F5": "结果维持", "O5": "总计", "A6": "376", "O6": "156"} {
		if v, _ := f.GetCellValue("表四", cell); v != want {
			t.Errorf("表四 %s = %q, want %q", cell, v, want)
		}
	}
}

func TestTotalsAreFormulasWithCachedValues(t *testing.T) {
	r := exporttest.FullReport(t)
	f := open(t, write(t, r))
	for _, tc := range []struct{ sheet, cell, formula, value string }{
		{"表三", "J6", `IF(COUNTBLANK(D6:I6)=6,"",SUM(D6:I6))`, "14069"},
		{"表三", "D29", `IF(COUNTBLANK(D8:D28)=21,"",SUM(D8:D28))`, "13364"},
		{"表三", "J29", `IF(COUNTBLANK(D29:I29)=6,"",SUM(D29:I29))`, "13810"},
		{"表三", "J30", `IF(COUNTBLANK(D30:I30)=6,"",SUM(D30:I30))`, "819"},
		{"表四", "E6", `IF(COUNTBLANK(A6:D6)=4,"",SUM(A6:D6))`, "790"},
		{"表四", "O6", `IF(COUNTBLANK(K6:N6)=4,"",SUM(K6:N6))`, "156"},
	} {
		formula, _ := f.GetCellFormula(tc.sheet, tc.cell)
		value, _ := f.GetCellValue(tc.sheet, tc.cell)
		if formula != tc.formula || value != tc.value {
			t.Errorf("%s %s = %q cached %q, want %q cached %q", tc.sheet, tc.cell, formula, value, tc.formula, tc.value)
		}
		if typ, _ := f.GetCellType(tc.sheet, tc.cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s %s: cached value must be a number, is type %v", tc.sheet, tc.cell, typ)
		}
	}
	count := 0
	for _, c := range schema.Cells() {
		if !c.Computed {
			continue
		}
		count++
	}
	formulas := 0
	for _, sheet := range []string{"表三", "表四"} {
		rows, _ := f.GetRows(sheet)
		for ri, row := range rows {
			for ci := range row {
				if fm, _ := f.GetCellFormula(sheet, cellName(ci+1, ri+1)); fm != "" {
					formulas++
				}
			}
		}
	}
	if formulas != count {
		t.Errorf("%d formulas, want one per total cell (%d)", formulas, count)
	}
	// The formulas compute: change a cell and let excelize recalculate the row total.
	if err := f.SetCellInt("表三", "D6", 13613); err != nil {
		t.Fatal(err)
	}
	if v, err := f.CalcCellValue("表三", "J6"); err != nil || v != "14070" {
		t.Errorf("recomputed J6 = %q, %v; want 14070", v, err)
	}
}

func TestBlankNotApplicableAndStatedTotals(t *testing.T) {
	r := report.New("某县民政局", 2024)
	r.Set("t3.new.natural", report.Count(3))
	r.Set("t3.new.commercial", report.Value{State: report.NotApplicable})
	r.ComputeTotals()
	r.Set("t4.review.total", report.Count(9)) // stated, disagrees with its blank cells
	b := write(t, r)
	f := open(t, b)
	for _, tc := range []struct{ cell, value, formula string }{
		{"D6", "3", ""}, {"E6", "/", ""}, {"F6", "", ""},
		{"J6", "3", `IF(COUNTBLANK(D6:I6)=6,"",SUM(D6:I6))`},
		{"J7", "", `IF(COUNTBLANK(D7:I7)=6,"",SUM(D7:I7))`},
	} {
		v, _ := f.GetCellValue("表三", tc.cell)
		fm, _ := f.GetCellFormula("表三", tc.cell)
		if v != tc.value || fm != tc.formula {
			t.Errorf("表三 %s = %q (formula %q), want %q (formula %q)", tc.cell, v, fm, tc.value, tc.formula)
		}
	}
	if fm, _ := f.GetCellFormula("表四", "E6"); fm != "" {
		t.Errorf("a stated total that disagrees must be kept as a value, got formula %q", fm)
	}
	if v, _ := f.GetCellValue("表四", "E6"); v != "9" {
		t.Errorf("stated total = %q, want 9", v)
	}
	back := read(t, b)
	if !reflect.DeepEqual(back.Cells, r.Cells) {
		t.Errorf("cells differ after the round trip")
	}
}

func TestStylesValidationAndPrint(t *testing.T) {
	f := open(t, write(t, exporttest.FullReport(t)))
	st, _ := f.GetCellStyle("表三", "C10")
	style, _ := f.GetStyle(st)
	if style.Font == nil || style.Font.Family != tableFont || len(style.Border) != 4 || !style.Alignment.WrapText {
		t.Errorf("label style = %+v", style)
	}
	st, _ = f.GetCellStyle(textSheet, "B10") // s1.intro, below the heading 一、总体情况
	if style, _ = f.GetStyle(st); style.Font == nil || style.Font.Family != textFont {
		t.Errorf("narrative font = %+v, want %s", style.Font, textFont)
	}
	dvs, _ := f.GetDataValidations("表三")
	var sq []string
	for _, dv := range dvs {
		sq = append(sq, dv.Sqref)
		if dv.Type != "custom" || !strings.Contains(dv.Formula1, "INT(") {
			t.Errorf("validation %s: %s %s", dv.Sqref, dv.Type, dv.Formula1)
		}
	}
	if !slices.Equal(sq, []string{"D6:I28", "D30:I30"}) {
		t.Errorf("表三 validated ranges = %v", sq)
	}
	dvs, _ = f.GetDataValidations("表二")
	money := false
	for _, dv := range dvs {
		if dv.Sqref == "B16:D16" {
			money = strings.Contains(dv.Formula1, "ROUND(")
		}
	}
	if !money {
		t.Error("the fee cell must allow up to 4 decimals")
	}
	for sheet, want := range map[string]string{"表二": "portrait", "表三": "portrait", "表四": "landscape"} {
		pl, _ := f.GetPageLayout(sheet)
		if *pl.Size != 9 || *pl.Orientation != want || *pl.FitToWidth != 1 {
			t.Errorf("%s page = size %d %s fit %d", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth)
		}
	}
	panes, _ := f.GetPanes("表三")
	if !panes.Freeze || panes.XSplit != 3 || panes.YSplit != 5 {
		t.Errorf("表三 panes = %+v", panes)
	}
	titles := false
	for _, dn := range f.GetDefinedName() {
		titles = titles || (dn.Name == "_xlnm.Print_Titles" && dn.Scope == "表三" && strings.HasSuffix(dn.RefersTo, "$3:$5"))
	}
	if !titles {
		t.Error("表三 must repeat its header rows on every printed page")
	}
	for _, c := range []string{"A", "B", "C", "D"} {
		if w, _ := f.GetColWidth("表三", c); w < 6 {
			t.Errorf("表三 column %s width %v", c, w)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	r := exporttest.FullReport(t)
	r.Set("t3.carried.research", report.Value{})
	r.Set("t4.direct.other", report.Value{State: report.NotApplicable})
	r.ComputeTotals()
	r.SetText("s1.intro", "  开头有空格，\n\n中间空一行。\n")
	r.SetText("s6", "<script>alert(1)</script> & “引号” _x0041_ \t制表")
	r.Meta.Opening = ""
	r.Meta.AutoTotals = false
	r.Source = report.Source{File: "/tmp/来源.txt", FeeInYuan: true, OldFormat: []string{"第二十条第（九）项"},
		ImportNotes: []string{"第3行：无法识别", "第9行：数值“abc”不是数字"}}
	back := read(t, write(t, r))
	if !reflect.DeepEqual(back, r) {
		a, _ := json.MarshalIndent(r, "", " ")
		b, _ := json.MarshalIndent(back, "", " ")
		t.Errorf("round trip differs:\n%s\n---\n%s", a, b)
	}
}

func TestReadToleratesEdits(t *testing.T) {
	f := open(t, write(t, exporttest.FullReport(t)))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellStr("表三", "D6", "１２件"))
	must(f.SetCellStr("表三", "E6", "—"))
	must(f.SetCellValue("表三", "F6", 0.1+0.2))
	must(f.SetCellStr("表三", "G6", ""))
	must(f.SetCellValue("表三", "J6", 99)) // a total typed over
	must(f.SetCellValue(textSheet, "B3", 2026))
	must(f.SetCellStr(textSheet, "B2", "  新名称  "))
	var buf bytes.Buffer
	must(f.Write(&buf))
	r := read(t, buf.Bytes())
	for key, want := range map[string]report.Value{
		"t3.new.natural":    report.Count(12),
		"t3.new.commercial": {State: report.NotApplicable},
		"t3.new.research":   report.Num(300000),
		"t3.new.social":     {},
		"t3.new.total":      report.Count(99),
	} {
		if got := r.Get(key); got != want {
			t.Errorf("%s = %+v, want %+v", key, got, want)
		}
	}
	if r.Meta.Year != 2026 || r.Meta.Agency != "新名称" {
		t.Errorf("meta = %+v", r.Meta)
	}
}

// A cell edited in Excel to text that is no value is read as written, an invalid cell the rules
// report, not a reason to refuse the workbook and not some other number.
func TestReadKeepsInvalidText(t *testing.T) {
	f := open(t, write(t, exporttest.FullReport(t)))
	f.SetCellStr("表三", "D10", "十二")
	f.SetCellStr("表四", "A6", "1.2345678")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	r := read(t, buf.Bytes())
	for key, want := range map[string]string{"t3.denied.secret.natural": "十二", "t4.review.upheld": "1.2345678"} {
		if got := r.Get(key); got != report.InvalidText(want) {
			t.Errorf("%s = %+v, want the text %q", key, got, want)
		}
	}
	var back bytes.Buffer
	if err := Write(&back, r); err != nil {
		t.Fatal(err)
	}
	if again := read(t, back.Bytes()); again.Get("t3.denied.secret.natural") != report.InvalidText("十二") {
		t.Errorf("written again: %+v", again.Get("t3.denied.secret.natural"))
	}
}

func TestReadErrors(t *testing.T) {
	edit := func(change func(f *excelize.File)) []byte {
		f := open(t, write(t, exporttest.FullReport(t)))
		change(f)
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	for name, tc := range map[string]struct {
		b    []byte
		want []string
	}{
		"not xlsx":   {[]byte("这不是表格"), []string{"不是可读取的 Excel 工作簿"}},
		"moved rows": {edit(func(f *excelize.File) { f.RemoveRow("表三", 12) }), []string{"工作表「表三」C12", "3.危及“三安全一稳定”"}},
		"no sheet":   {edit(func(f *excelize.File) { f.DeleteSheet("表四") }), []string{"缺少工作表「表四」"}},
		"bad year":   {edit(func(f *excelize.File) { f.SetCellStr(textSheet, "B3", "明年") }), []string{"工作表「正文」B3", "明年"}},
		"bad level":  {edit(func(f *excelize.File) { f.SetCellStr(textSheet, "B4", "村级") }), []string{"村级", "乡镇街道"}},
		"newer":      {edit(func(f *excelize.File) { f.SetCellStr(dataSheet, "B2", "99") }), []string{"较新版本"}},
		"foreign":    {edit(func(f *excelize.File) { f.SetCellStr(dataSheet, "B1", "别的") }), []string{"不是年报通导出的工作簿"}},
	} {
		_, err := Read(bytes.NewReader(tc.b), int64(len(tc.b)))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not mention %q", name, err, w)
			}
		}
	}
}

func TestReadWithoutBookkeepingSheet(t *testing.T) {
	f := open(t, write(t, exporttest.FullReport(t)))
	if err := f.DeleteSheet(dataSheet); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	r := read(t, buf.Bytes())
	want := exporttest.FullReport(t)
	if r.Meta.Format != schema.Format || r.Meta.AutoTotals || !reflect.DeepEqual(r.Cells, want.Cells) ||
		!reflect.DeepEqual(r.Narrative, want.Narrative) {
		t.Errorf("read without the hidden sheet: %+v", r.Meta)
	}
}

func FuzzNarrativeRoundTrip(f *testing.F) {
	f.Add("普通的一段文字。", "第一段\n第二段")
	f.Add("  \t前后空白\r\n ", "")
	f.Add("_x0041_ & <b>", "\n\n")
	f.Fuzz(func(t *testing.T, s5, opening string) {
		if !utf8.ValidString(s5) || !utf8.ValidString(opening) {
			return // report text is always UTF-8 (typed, or decoded by an importer)
		}
		r := report.New("测试县人民政府", 2024)
		r.SetText("s5", s5)
		r.Meta.Opening = opening
		var buf bytes.Buffer
		if err := Write(&buf, r); err != nil {
			return // refused, with a message: nothing written, nothing lost
		}
		back, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatalf("cannot read back: %v", err)
		}
		if back.Text("s5") != xmlSafe(s5) || back.Meta.Opening != xmlSafe(opening) {
			t.Fatalf("text changed: %q → %q, %q → %q", s5, back.Text("s5"), opening, back.Meta.Opening)
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	r := exporttest.FullReport(b)
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	data := write(b, exporttest.FullReport(b))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzRead feeds Read damaged workbooks: it must return an error or a report, never panic.
func FuzzRead(f *testing.F) {
	good, err := os.ReadFile("testdata/full.golden.xlsx")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Read(bytes.NewReader(b), int64(len(b)))
		if err == nil && len(r.Cells) != schema.NumCells() {
			t.Fatalf("read %d cells", len(r.Cells))
		}
	})
}

// TestReadRefusesHugeParts: a damaged zip header claiming a part of gigabytes must be refused
// before anything allocates that much.
func TestReadRefusesHugeParts(t *testing.T) {
	b := write(t, exporttest.FullReport(t))
	central := []byte("PK\x01\x02")
	patched := false
	for i := bytes.Index(b, central); i >= 0 && i+46 < len(b); {
		nameLen := int(b[i+28]) | int(b[i+29])<<8
		if string(b[i+46:i+46+nameLen]) == "xl/styles.xml" {
			copy(b[i+24:i+28], []byte{0, 0, 0, 0xF0}) // uncompressed size: 3.75 GiB
			patched = true
			break
		}
		next := bytes.Index(b[i+4:], central)
		if next < 0 {
			break
		}
		i += 4 + next
	}
	if !patched {
		t.Fatal("no central directory entry for xl/styles.xml")
	}
	if _, err := Read(bytes.NewReader(b), int64(len(b))); err == nil || !strings.Contains(err.Error(), "不是可读取的 Excel 工作簿") {
		t.Errorf("err = %v", err)
	}
}
