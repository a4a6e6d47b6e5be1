package unitsxlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/schema"
)

func rows(t *testing.T) []Row {
	t.Helper()
	a := reporttest.Seed(t)
	a.Meta.Agency, a.Meta.Year = "甲镇人民政府", 2024
	a.Set("t3.new.natural", report.Count(3))
	a.Set("t2.fees.amount", report.Num(1234500))
	b := reporttest.Seed(t)
	b.Meta.Agency, b.Meta.Year = "乙镇人民政府", 2024
	b.Set("t3.new.natural", report.Value{})
	b.Set("t2.fees.amount", report.Value{State: report.NotApplicable})
	return []Row{
		{Report: a, Status: report.StatusFinal, Errors: 2, Warnings: 1},
		{Report: b, Status: report.StatusDraft, Blanks: 1},
	}
}

func TestWrite(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, rows(t)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col := func(key string) string {
		name, _ := excelize.ColumnNumberToName(len(leadTitles) + 1 + schema.MustIndex(key))
		return name
	}
	get := func(cell string) string {
		v, err := f.GetCellValue(Sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	newCol, feeCol := col("t3.new.natural"), col("t2.fees.amount")
	for cell, want := range map[string]string{
		"A1":         "各单位政府信息公开工作年度报告数据汇总表",
		"A2":         "机关",
		newCol + "2": schema.CellAt(schema.MustIndex("t3.new.natural")).Label(),
		"A3":         "甲镇人民政府",
		"B3":         "2024",
		"C3":         "定稿",
		"D3":         "2",
		newCol + "3": "3",
		feeCol + "3": "1.2345",
		"A4":         "乙镇人民政府",
		"C4":         "草稿",
		newCol + "4": "",
		feeCol + "4": "/",
		"A5":         "合计",
	} {
		if got := get(cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if formula, _ := f.GetCellFormula(Sheet, newCol+"5"); formula != "SUM("+newCol+"3:"+newCol+"4)" {
		t.Errorf("total formula %q", formula)
	}
	if cols, _ := f.GetCols(Sheet); len(cols) != len(leadTitles)+schema.NumCells() {
		t.Errorf("%d columns, want %d", len(cols), len(leadTitles)+schema.NumCells())
	}
	panes, err := f.GetPanes(Sheet)
	if err != nil || !panes.Freeze || panes.XSplit != len(leadTitles) || panes.YSplit != 2 {
		t.Errorf("panes %+v, %v", panes, err)
	}

	if pl, err := f.GetPageLayout(Sheet); err != nil || *pl.Orientation != "landscape" || *pl.Size != 9 {
		t.Errorf("page layout %+v, %v; want A4 landscape", pl, err)
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || names[0].RefersTo != "'各单位数据'!$A:$F,'各单位数据'!$1:$2" {
		t.Errorf("print titles %+v", names)
	}

	var again bytes.Buffer
	if err := Write(&again, rows(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the same rows give different bytes")
	}
}

func TestWriteNoRows(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if FileName(nil) != "各单位年报数据.xlsx" {
		t.Errorf("file name %q", FileName(nil))
	}
}

func TestFileName(t *testing.T) {
	rs := rows(t)
	if got := FileName(rs); got != "各单位年报数据（2024年）.xlsx" {
		t.Errorf("one year: %q", got)
	}
	rs[1].Report.Meta.Year = 2022
	if got := FileName(rs); got != "各单位年报数据（2022—2024年）.xlsx" {
		t.Errorf("two years: %q", got)
	}
}

func BenchmarkWrite500(b *testing.B) {
	r := reporttest.Seed(b)
	rs := make([]Row, 500)
	for i := range rs {
		rs[i] = Row{Report: r}
	}
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, rs); err != nil {
			b.Fatal(err)
		}
	}
}
