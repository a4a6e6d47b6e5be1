// Package comparexlsx writes a year-over-year comparison (data/compare) to an Excel workbook with
// four sheets: 数据对比 (every cell of tables 2–4 in both years), 比率, 连续性 and 文字重复度.
// Output is deterministic: the same comparison gives the same bytes.
package comparexlsx

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"nianbao/data/compare"
	"nianbao/data/document"
)

// Sheet names, in workbook order.
const (
	SheetFigures    = "数据对比"
	SheetRatios     = "比率"
	SheetContinuity = "连续性"
	SheetText       = "文字重复度"
)

// FileName is the suggested file name: 「<机关>2022年与2023年年报对比.xlsx」, a plain name whatever
// the agency is called.
func FileName(c *compare.Comparison) string {
	return document.FileName(title(c), document.KindNamed("xlsx").Ext())
}

// title is the workbook's title: 「<机关>2022年与2023年年报对比」.
func title(c *compare.Comparison) string {
	return fmt.Sprintf("%s%d年与%d年年报对比", c.Agency, c.Years[0], c.Years[1])
}

// Write writes the comparison as an .xlsx workbook to w.
func Write(w io.Writer, c *compare.Comparison) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetFigures); err != nil {
		return err
	}
	for _, name := range []string{SheetRatios, SheetContinuity, SheetText} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	b := &book{f: f, st: st, c: c}
	b.figures()
	b.ratios()
	b.continuity()
	b.text()
	if b.err != nil {
		return b.err
	}
	// Fixed document properties keep the output byte-for-byte reproducible.
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "年报通", Title: title(c),
		Created: "2021-01-01T00:00:00Z", Modified: "2021-01-01T00:00:00Z"}); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// book writes the sheets and keeps the first error, so the sheet code reads as a list of cells.
type book struct {
	f   *excelize.File
	st  styles
	c   *compare.Comparison
	err error
}

func (b *book) keep(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

// cell writes one value with a style at column col (1-based) of row.
func (b *book) cell(sheet string, col, row int, v any, style int) {
	ref, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		b.keep(err)
		return
	}
	b.keep(b.f.SetCellValue(sheet, ref, v))
	b.keep(b.f.SetCellStyle(sheet, ref, ref, style))
}

// header writes a frozen, styled header row and the column widths.
func (b *book) header(sheet string, titles []string, widths []float64) {
	for i, t := range titles {
		b.cell(sheet, i+1, 1, t, b.st.header)
		col, _ := excelize.ColumnNumberToName(i + 1)
		b.keep(b.f.SetColWidth(sheet, col, col, widths[i]))
	}
	b.keep(b.f.SetRowHeight(sheet, 1, 24))
	b.keep(b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
}

// yearTitle is a column title for a year: 「2023年」.
func yearTitle(y int) string { return strconv.Itoa(y) + "年" }

// percentOrDash is a rounded percentage, or 「—」 where there is none.
func percentOrDash(p *float64) any {
	if p == nil {
		return "—"
	}
	return *p
}
