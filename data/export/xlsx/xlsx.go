// Package xlsx writes a report as an Excel workbook in the official layout of the 2021 format —
// sheets 表二、表三、表四 with the merged headers of the printed tables, and 正文 with the
// report's details and narrative — and reads such a workbook back into the same report.
package xlsx

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Sheets besides the three tables, which take their names from the schema (表二 …).
const (
	textSheet = "正文"
	// dataSheet is hidden: it keeps what a clerk never edits but a round trip needs.
	dataSheet = "年报通"
)

// fixedDate stands in for the creation and modification dates of the workbook, so that the same
// report always gives the same bytes.
const fixedDate = "1980-01-01T00:00:00Z"

// Write writes r as an .xlsx workbook. Every total (the 总计 column, （七）总计, the table-4
// totals) is a formula with its value cached, so Excel and WPS recompute it when a cell is
// edited and readers that do not calculate still see the number. A total that disagrees with
// its cells in an imported report is kept as stated, without a formula, on an orange ground.
func Write(w io.Writer, r *report.Report) error {
	if len(r.Cells) != schema.NumCells() {
		return fmt.Errorf("报告有 %d 个单元格，应为 %d 个", len(r.Cells), schema.NumCells())
	}
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(newStableZip)
	if err := f.SetDefaultFont(tableFont); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	computed := r.Clone()
	computed.ComputeTotals()
	for i, t := range schema.Tables() {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), t.Name)
		} else {
			_, err = f.NewSheet(t.Name)
		}
		if err != nil {
			return err
		}
		l := layoutTable(t)
		tw := tableWriter{f: f, st: st, l: l, values: l.valueItems(), r: r, computed: computed}
		if err := tw.write(); err != nil {
			return fmt.Errorf("写入工作表「%s」：%w", t.Name, err)
		}
	}
	if err := writeText(f, st, r); err != nil {
		return fmt.Errorf("写入工作表「%s」：%w", textSheet, err)
	}
	if err := writeData(f, r); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: r.Title(), Subject: "政府信息公开工作年度报告", Creator: "年报通", LastModifiedBy: "年报通",
		Created: fixedDate, Modified: fixedDate, Language: "zh-CN",
	}); err != nil {
		return err
	}
	if err := f.SetAppProps(&excelize.AppProperties{Application: "年报通"}); err != nil {
		return err
	}
	return f.Write(w)
}
