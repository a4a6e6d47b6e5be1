package xlsx

import (
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Labels in the first column of the 正文 sheet. The section and sub-item headings come from the
// schema; these name what the schema has no heading for.
const (
	labelAgency     = "机关名称"
	labelYear       = "报告年度"
	labelLevel      = "机关层级"
	labelGovernment = "人民政府"
	labelRegion     = "所属地区"
	labelOpening    = "开头段落"
	labelBody       = "内容"  // a narrative field without an official sub-heading (s1.intro, s5, s6)
	labelTable      = "统计表" // the pointer from a table section to its sheet
	yes             = "是"
	no              = "否"
)

// Column widths of the 正文 sheet.
const (
	textLabelWidth = 18
	textBodyWidth  = 90
)

// maxCellChars is Excel's limit on the text of one cell, in UTF-16 units.
const maxCellChars = 32767

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// textRow is one row of the 正文 sheet.
type textRow struct {
	label, text     any
	labelSt, textSt int
	span            bool // the label runs across both columns (title, section headings)
	height          float64
	labelRows       int // the label cell is merged down over this many rows
}

// textSheetRows lists the rows of the 正文 sheet: the title, the report's details, the opening
// paragraph, then every section with its narrative, one row per paragraph so that no row grows
// past Excel's height limit.
type textSheetRows struct {
	st   *styles
	rows []textRow
	// rows (1-based) of the level and 人民政府 details, which get drop-down lists.
	levelRow, govRow int
}

func (t *textSheetRows) detail(label string, v any) int {
	t.rows = append(t.rows, textRow{label: label, text: v, labelSt: t.st.metaLabel, textSt: t.st.metaValue,
		height: heightFor(fmt.Sprint(v), textBodyWidth, 11, minRowHeight)})
	return len(t.rows)
}

func (t *textSheetRows) paragraphs(label, text string) error {
	lines := strings.Split(xmlSafe(text), "\n")
	for i, p := range lines {
		if utf16Len(p) > maxCellChars {
			return fmt.Errorf("「%s」有一段超过 %d 字，Excel 单元格放不下，请分段", label, maxCellChars)
		}
		row := textRow{text: p, labelSt: t.st.metaLabel, textSt: t.st.para,
			height: heightFor(p, textBodyWidth, textSize, minRowHeight)}
		if i == 0 {
			row.label, row.labelRows = label, len(lines)
			row.height = max(row.height, heightFor(label, textLabelWidth, 11, minRowHeight))
		}
		t.rows = append(t.rows, row)
	}
	return nil
}

func (t *textSheetRows) heading(text string, st int, height float64) {
	t.rows = append(t.rows, textRow{label: text, labelSt: st, textSt: st, span: true, height: height})
}

func buildTextRows(st *styles, r *report.Report) (*textSheetRows, error) {
	t := &textSheetRows{st: st}
	t.heading(xmlSafe(r.Title()), st.title, heightFor(r.Title(), textLabelWidth+textBodyWidth, 16, titleRowHeight))
	t.detail(labelAgency, xmlSafe(r.Meta.Agency))
	t.detail(labelYear, int64(r.Meta.Year))
	t.levelRow = t.detail(labelLevel, string(r.Meta.Level))
	t.govRow = t.detail(labelGovernment, yesNo(r.Meta.Government))
	t.detail(labelRegion, xmlSafe(r.Meta.Region))
	if err := t.paragraphs(labelOpening, r.Meta.Opening); err != nil {
		return nil, err
	}
	for _, s := range schema.Sections() {
		t.heading(s.Heading, st.section, minRowHeight+4)
		if s.Table != "" {
			tbl, _ := schema.TableByKey(s.Table)
			t.detail(labelTable, "见工作表「"+tbl.Name+"」")
		}
		for _, n := range schema.Narratives() {
			if n.Section != s.Key {
				continue
			}
			if err := t.paragraphs(narrativeLabel(n), r.Text(n.Key)); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// narrativeLabel is the first-column label of a narrative field.
func narrativeLabel(n schema.Narrative) string {
	if n.Heading != "" {
		return n.Heading
	}
	return labelBody
}

func yesNo(b bool) string {
	if b {
		return yes
	}
	return no
}

// writeText writes the 正文 sheet.
func writeText(f *excelize.File, st *styles, r *report.Report) error {
	t, err := buildTextRows(st, r)
	if err != nil {
		return err
	}
	if _, err := f.NewSheet(textSheet); err != nil {
		return err
	}
	if err := setupPage(f, textSheet, false, 0); err != nil {
		return err
	}
	if err := addChoice(f, t.levelRow, levelNames()); err != nil {
		return err
	}
	if err := addChoice(f, t.govRow, []string{yes, no}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(textSheet)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, textBodyWidth); err != nil { // last first, as in tableWriter.write
		return err
	}
	if err := sw.SetColWidth(1, 1, textLabelWidth); err != nil {
		return err
	}
	for i, row := range t.rows {
		n := i + 1
		cells := []any{excelize.Cell{StyleID: row.labelSt, Value: row.label}, excelize.Cell{StyleID: row.textSt, Value: row.text}}
		if err := sw.SetRow(cellName(1, n), cells, excelize.RowOpts{Height: row.height}); err != nil {
			return err
		}
		switch {
		case row.span:
			err = sw.MergeCell(cellName(1, n), cellName(2, n))
		case row.labelRows > 1:
			err = sw.MergeCell(cellName(1, n), cellName(1, n+row.labelRows-1))
		}
		if err != nil {
			return err
		}
	}
	return sw.Flush()
}

// addChoice offers a drop-down list in column B of a row of the 正文 sheet.
func addChoice(f *excelize.File, row int, choices []string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cellName(2, row))
	if err := dv.SetDropList(choices); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "请从列表中选择", "可选："+strings.Join(choices, "、"))
	return f.AddDataValidation(textSheet, dv)
}

func levelNames() []string {
	var out []string
	for _, l := range report.Levels {
		out = append(out, string(l))
	}
	return out
}

// xmlSafe drops the characters XML cannot carry: the C0 control characters other than tab, line
// feed and carriage return (pasted text brings them, and they show as nothing), U+FFFE and
// U+FFFF. Every text a user typed goes through it before it is written.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}
