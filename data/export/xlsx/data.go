package xlsx

import (
	"strconv"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
)

// Keys of the hidden 年报通 sheet, one per row in column A with the value in column B; a list
// takes one row per item.
const (
	keyKind       = "类型"
	keyVersion    = "文件版本"
	keyFormat     = "格式"
	keyAutoTotals = "合计自动计算"
	keyFile       = "来源文件"
	keyFeeInYuan  = "收费金额以元填报"
	keyOldFormat  = "旧格式用语"
	keyNote       = "导入说明"
)

// dataKind marks a workbook written by 年报通.
const dataKind = "年报通报告"

// dataVersion is the version of this workbook layout; Read refuses newer ones.
const dataVersion = 1

// writeData writes the hidden sheet with what the report keeps besides its content: how totals
// are kept and what an importer recorded about the report's source.
func writeData(f *excelize.File, r *report.Report) error {
	if _, err := f.NewSheet(dataSheet); err != nil {
		return err
	}
	rows := [][2]string{
		{keyKind, dataKind},
		{keyVersion, strconv.Itoa(dataVersion)},
		{keyFormat, xmlSafe(r.Meta.Format)},
		{keyAutoTotals, yesNo(r.Meta.AutoTotals)},
		{keyFile, xmlSafe(r.Source.File)},
		{keyFeeInYuan, yesNo(r.Source.FeeInYuan)},
	}
	for _, s := range r.Source.OldFormat {
		rows = append(rows, [2]string{keyOldFormat, xmlSafe(s)})
	}
	for _, s := range r.Source.ImportNotes {
		rows = append(rows, [2]string{keyNote, xmlSafe(s)})
	}
	for i, kv := range rows {
		if err := f.SetSheetRow(dataSheet, cellName(1, i+1), &[]string{kv[0], kv[1]}); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(dataSheet, "A", "A", 18); err != nil {
		return err
	}
	if err := f.SetColWidth(dataSheet, "B", "B", 80); err != nil {
		return err
	}
	return f.SetSheetVisible(dataSheet, false)
}
