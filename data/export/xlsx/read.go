package xlsx

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Read reads a workbook written by Write back into the report it was written from. The workbook
// may have been edited in Excel, WPS or LibreOffice since: values may be numbers or text
// (「12」「１２件」「/」), totals recomputed, narrative retyped. Rows and columns must stay where
// Write put them; a moved label is reported rather than guessed at. Every cell that cannot be
// read is reported, each with its sheet and cell.
func Read(ra io.ReaderAt, size int64) (*report.Report, error) {
	f, err := excelize.OpenReader(io.NewSectionReader(ra, 0, size),
		excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped / 2})
	if err != nil {
		return nil, fmt.Errorf("不是可读取的 Excel 工作簿（.xlsx）：%v", err)
	}
	defer f.Close()
	r := &report.Report{
		Meta:      report.Meta{Format: schema.Format},
		Narrative: map[string]string{},
		Cells:     make([]report.Value, schema.NumCells()),
	}
	if err := readData(f, r); err != nil {
		return nil, err
	}
	var errs []error
	for _, t := range schema.Tables() {
		errs = append(errs, readTable(f, layoutTable(t), r)...)
	}
	if err := readText(f, r); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("工作簿中有 %d 处无法读取：\n%w", len(errs), errors.Join(errs...))
	}
	return r, nil
}

// maxUnzipped bounds the unpacked size of a workbook Read accepts. The workbooks Write makes
// unpack to well under a megabyte; the bound keeps a damaged file, whose zip headers may claim
// gigabytes, from exhausting memory (excelize allocates what a header claims).
const maxUnzipped = 128 << 20

func hasSheet(f *excelize.File, name string) bool {
	return slices.Contains(f.GetSheetList(), name)
}

// readTable reads the values of one table sheet after checking that its labels are where Write
// put them.
func readTable(f *excelize.File, l *tableLayout, r *report.Report) []error {
	sheet := l.table.Name
	if !hasSheet(f, sheet) {
		return []error{fmt.Errorf("缺少工作表「%s」", sheet)}
	}
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return []error{fmt.Errorf("工作表「%s」：%v", sheet, err)}
	}
	at := func(row, col int) string {
		if row-1 < len(rows) && col-1 < len(rows[row-1]) {
			return rows[row-1][col-1]
		}
		return ""
	}
	for _, it := range l.items {
		if it.role == roleTitle || it.role == roleValue {
			continue
		}
		if got := at(it.row, it.col); schema.Normalize(got) != schema.Normalize(it.text) {
			return []error{fmt.Errorf("工作表「%s」%s 应为「%s」，现为「%s」：表格的行列被插入、删除或移动过，无法按位置读取数值",
				sheet, cellName(it.col, it.row), it.text, got)}
		}
	}
	for _, it := range l.items {
		if it.role == roleValue {
			r.Cells[it.cell] = parseCell(f, sheet, cellName(it.col, it.row), at(it.row, it.col))
		}
	}
	return nil
}

// parseCell reads a cell as a clerk would have typed it. A number Excel stored with binary noise
// (0.30000000000000004 after arithmetic, 1E-4) is taken at its 4-decimal value when it has one;
// text that is no value is kept as written, an invalid cell the rules report.
func parseCell(f *excelize.File, sheet, ref, raw string) report.Value {
	v, err := report.ParseValue(raw)
	if err == nil {
		return v
	}
	if typ, _ := f.GetCellType(sheet, ref); typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber {
		if x, perr := strconv.ParseFloat(strings.TrimSpace(raw), 64); perr == nil {
			if n, ok := fixedOf(x); ok {
				return report.Num(n)
			}
		}
	}
	return report.InvalidText(raw)
}

// fixedOf converts a float that is a number of report.Scale's decimals up to float noise.
func fixedOf(x float64) (report.Fixed, bool) {
	scaled := x * report.Scale
	n := math.Round(scaled)
	if math.IsNaN(n) || math.Abs(n) > 1e17 || math.Abs(scaled-n) > 1e-9*math.Max(1, math.Abs(n)) {
		return 0, false
	}
	return report.Fixed(n), true
}

// readText reads the 正文 sheet: the details, the opening paragraph and the narrative fields, a
// field running on over the rows below it whose first column is empty.
func readText(f *excelize.File, r *report.Report) error {
	if !hasSheet(f, textSheet) {
		return fmt.Errorf("缺少工作表「%s」", textSheet)
	}
	rows, err := f.Rows(textSheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	var (
		section  string
		target   *strings.Builder // the paragraph field being read
		order    []string         // narrative keys in the order read, "" for the opening
		texts    = map[string]*strings.Builder{}
		seen     = map[string]bool{}
		n        int
		problems []error
	)
	for rows.Next() {
		n++
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		a, b := "", ""
		if len(cols) > 0 {
			a = strings.TrimSpace(cols[0])
		}
		if len(cols) > 1 {
			b = cols[1]
		}
		if n == titleRow {
			continue
		}
		if a == "" {
			if target != nil {
				target.WriteString("\n" + b)
			} else if strings.TrimSpace(b) != "" {
				problems = append(problems, fmt.Errorf("工作表「%s」B%d：这一行的 A 列没有栏目名，不知道这段文字属于哪一项", textSheet, n))
			}
			continue
		}
		target = nil
		if key, ok := detailKey(a); ok {
			seen[key] = true
			if err := setDetail(r, key, strings.TrimSpace(b)); err != nil {
				problems = append(problems, fmt.Errorf("工作表「%s」B%d：%v", textSheet, n, err))
			}
			continue
		}
		if s, ok := schema.MatchSection(a); ok {
			section = s.Key
			continue
		}
		key, ok := "", false
		switch {
		case schema.Normalize(a) == schema.Normalize(labelTable):
			continue
		case schema.Normalize(a) == schema.Normalize(labelOpening):
			key, ok = "", true
		default:
			key, ok = narrativeKey(section, a)
		}
		if !ok {
			problems = append(problems, fmt.Errorf("工作表「%s」A%d：无法识别的栏目「%s」", textSheet, n, a))
			continue
		}
		if texts[key] == nil {
			texts[key] = &strings.Builder{}
			order = append(order, key)
		} else {
			texts[key].WriteString("\n")
		}
		target = texts[key]
		target.WriteString(b)
	}
	if err := rows.Error(); err != nil {
		return err
	}
	for _, label := range []string{labelAgency, labelYear} {
		if !seen[label] {
			problems = append(problems, fmt.Errorf("工作表「%s」缺少「%s」一行", textSheet, label))
		}
	}
	for _, key := range order {
		text := texts[key].String()
		switch {
		case key == "":
			r.Meta.Opening = text
		case text != "":
			r.Narrative[key] = text
		}
	}
	return errors.Join(problems...)
}

// detailKey recognises the label of a detail row.
func detailKey(label string) (string, bool) {
	for _, d := range []string{labelAgency, labelYear, labelLevel, labelGovernment, labelRegion} {
		if schema.Normalize(label) == schema.Normalize(d) {
			return d, true
		}
	}
	return "", false
}

func setDetail(r *report.Report, key, v string) error {
	switch key {
	case labelAgency:
		r.Meta.Agency = v
	case labelRegion:
		r.Meta.Region = v
	case labelYear:
		y, err := strconv.Atoi(v)
		if err != nil || y < 1000 || y > 9999 {
			return fmt.Errorf("报告年度「%s」不是年份，请填写如 2025", v)
		}
		r.Meta.Year = y
	case labelLevel:
		if v != "" && !slices.Contains(report.Levels, report.Level(v)) {
			return fmt.Errorf("机关层级「%s」不是可选的层级（%s）", v, strings.Join(levelNames(), "、"))
		}
		r.Meta.Level = report.Level(v)
	case labelGovernment:
		b, err := parseYesNo(v)
		if err != nil {
			return fmt.Errorf("「%s」一栏%v", labelGovernment, err)
		}
		r.Meta.Government = b
	}
	return nil
}

// narrativeKey finds the narrative field of a section by its first-column label.
func narrativeKey(section, label string) (string, bool) {
	for _, n := range schema.Narratives() {
		if n.Section == section && schema.Normalize(narrativeLabel(n)) == schema.Normalize(label) {
			return n.Key, true
		}
	}
	return "", false
}

func parseYesNo(v string) (bool, error) {
	switch strings.TrimSpace(v) {
	case yes:
		return true, nil
	case no, "":
		return false, nil
	}
	return false, fmt.Errorf("应填「%s」或「%s」，现为「%s」", yes, no, v)
}

// readData reads the hidden sheet. A workbook without it (another program dropped it) reads with
// defaults: the 2021 format and totals kept as they stand.
func readData(f *excelize.File, r *report.Report) error {
	if !hasSheet(f, dataSheet) {
		return nil
	}
	rows, err := f.GetRows(dataSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return err
	}
	for i, row := range rows {
		if len(row) == 0 {
			continue
		}
		v := ""
		if len(row) > 1 {
			v = row[1]
		}
		bad := func(err error) error {
			return fmt.Errorf("工作表「%s」B%d（%s）：%v", dataSheet, i+1, row[0], err)
		}
		switch row[0] {
		case keyKind:
			if v != dataKind {
				return fmt.Errorf("这不是年报通导出的工作簿（工作表「%s」的类型为「%s」）", dataSheet, v)
			}
		case keyVersion:
			ver, err := strconv.Atoi(v)
			if err != nil {
				return bad(fmt.Errorf("「%s」不是版本号", v))
			}
			if ver > dataVersion {
				return fmt.Errorf("此工作簿由较新版本的年报通导出（版本 %d），请升级年报通后再打开", ver)
			}
		case keyFormat:
			if v != "" {
				r.Meta.Format = v
			}
		case keyAutoTotals:
			if r.Meta.AutoTotals, err = parseYesNo(v); err != nil {
				return bad(err)
			}
		case keyFile:
			r.Source.File = v
		case keyFeeInYuan:
			if r.Source.FeeInYuan, err = parseYesNo(v); err != nil {
				return bad(err)
			}
		case keyOldFormat:
			r.Source.OldFormat = append(r.Source.OldFormat, v)
		case keyNote:
			r.Source.ImportNotes = append(r.Source.ImportNotes, v)
		}
	}
	return nil
}
