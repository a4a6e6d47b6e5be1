// Package unitsxlsx writes an overview of many reports to one Excel sheet: a row per report with
// its status and finding counts, a column per cell of tables 2–4, and a 合计 row of formulas. It is
// what a 主管部门 builds by hand from its units' reports to review them side by side.
// Output is deterministic: the same rows give the same bytes.
package unitsxlsx

import (
	"fmt"
	"io"
	"slices"

	"github.com/xuri/excelize/v2"

	"nianbao/data/export/xlsx"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// Sheet is the name of the workbook's only sheet.
const Sheet = "各单位数据"

// Row is one report of the overview with what the store knows about it.
type Row struct {
	Report                   *report.Report
	Status                   report.Status
	Errors, Warnings, Blanks int
}

// leadTitles are the columns before the cells; the frozen panes keep them and the header in view.
var leadTitles = []string{"机关", "年度", "状态", "错误", "警告", "空白"}

// FileName is the suggested file name: 「各单位年报数据（2024年）.xlsx」, or a span of years.
func FileName(rows []Row) string {
	var years []int
	for _, r := range rows {
		years = append(years, r.Report.Meta.Year)
	}
	if len(years) == 0 {
		return "各单位年报数据.xlsx"
	}
	lo, hi := slices.Min(years), slices.Max(years)
	if lo == hi {
		return fmt.Sprintf("各单位年报数据（%d年）.xlsx", lo)
	}
	return fmt.Sprintf("各单位年报数据（%d—%d年）.xlsx", lo, hi)
}

// Write writes the overview of rows, in their order, as an .xlsx workbook to w.
func Write(w io.Writer, rows []Row) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", Sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	// Set before streaming: the stream writer keeps what the sheet had and cannot add it later.
	if err := printSetup(f); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(Sheet)
	if err != nil {
		return err
	}
	cells := schema.Cells()
	lastCol := len(leadTitles) + len(cells)
	if err := layout(sw, lastCol); err != nil {
		return err
	}
	title := []any{excelize.Cell{StyleID: st.title, Value: "各单位政府信息公开工作年度报告数据汇总表"}}
	if err := sw.SetRow("A1", title, excelize.RowOpts{Height: 28}); err != nil {
		return err
	}
	header := make([]any, 0, lastCol)
	for _, t := range leadTitles {
		header = append(header, excelize.Cell{StyleID: st.header, Value: t})
	}
	for _, c := range cells {
		header = append(header, excelize.Cell{StyleID: st.header, Value: c.Label()})
	}
	if err := sw.SetRow("A2", header, excelize.RowOpts{Height: 96}); err != nil {
		return err
	}
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+3), dataRow(r, cells, st), excelize.RowOpts{}); err != nil {
			return err
		}
	}
	if err := sw.SetRow(cellName(1, len(rows)+3), totalRow(len(rows), lastCol, st), excelize.RowOpts{}); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	// Fixed document properties keep the output byte-for-byte reproducible.
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "年报通", Title: FileName(rows),
		Created: "2021-01-01T00:00:00Z", Modified: "2021-01-01T00:00:00Z"}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// printSetup prints the sheet on A4 landscape with the title, header and lead columns on every
// page, since the cells run over many pages.
func printSetup(f *excelize.File) error {
	orientation, size := "landscape", 9
	if err := f.SetPageLayout(Sheet, &excelize.PageLayoutOptions{Orientation: &orientation, Size: &size}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: Sheet,
		RefersTo: fmt.Sprintf("'%s'!$A:$%s,'%s'!$1:$2", Sheet, colName(len(leadTitles)), Sheet)})
}

func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// layout sets the column widths, the title's merge and the frozen header and lead columns.
func layout(sw *excelize.StreamWriter, lastCol int) error {
	widths := []float64{30, 8, 7, 7, 7, 7}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	if err := sw.SetColWidth(len(widths)+1, lastCol, 14); err != nil {
		return err
	}
	lead := len(leadTitles)
	// The title stays over the frozen lead columns, in view however far the sheet scrolls.
	if err := sw.MergeCell("A1", cellName(lead, 1)); err != nil {
		return err
	}
	return sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: lead, YSplit: 2, TopLeftCell: cellName(lead+1, 3), ActivePane: "bottomRight"})
}

func dataRow(r Row, cells []schema.Cell, st styles) []any {
	out := []any{
		excelize.Cell{StyleID: st.text, Value: r.Report.Meta.Agency},
		excelize.Cell{StyleID: st.number, Value: r.Report.Meta.Year},
		excelize.Cell{StyleID: st.text, Value: r.Status.Label()},
		excelize.Cell{StyleID: st.count(r.Errors), Value: r.Errors},
		excelize.Cell{StyleID: st.number, Value: r.Warnings},
		excelize.Cell{StyleID: st.number, Value: r.Blanks},
	}
	for _, c := range cells {
		out = append(out, excelize.Cell{StyleID: st.number, Value: xlsx.CellValue(r.Report.Cells[c.Index])})
	}
	return out
}

// totalRow adds up every numeric column with a formula, so the sheet stays right when someone
// deletes or corrects a row in Excel or WPS.
func totalRow(n, lastCol int, st styles) []any {
	out := []any{excelize.Cell{StyleID: st.textBold, Value: "合计"}, excelize.Cell{StyleID: st.text}, excelize.Cell{StyleID: st.text}}
	for col := 4; col <= lastCol; col++ {
		cell := excelize.Cell{StyleID: st.numberBold}
		if n > 0 {
			cell.Formula = fmt.Sprintf("SUM(%s:%s)", cellName(col, 3), cellName(col, n+2))
		}
		out = append(out, cell)
	}
	return out
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}
