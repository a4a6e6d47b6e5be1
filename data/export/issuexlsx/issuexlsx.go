// Package issuexlsx writes a 问题清单 (issuelist.List) as an Excel workbook: a 汇总 sheet (the
// units, the counts, the most common problems), a 问题清单 sheet with a section per unit — a
// heading row, then a row per open finding — and the findings marked 已核实 with their notes on a
// sheet of their own. Sheets print on A4 landscape with their header rows on every page.
package issuexlsx

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/data/export/layout"
	"nianbao/data/issuelist"
	"nianbao/data/store"
)

// Sheet names.
const (
	SheetSummary  = "汇总"
	SheetFindings = "问题清单"
	SheetVerified = "已核实"
)

type styles struct{ title, header, text, number, unit, alarm int }

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1},
	}
	font := func(bold bool, size float64, color string) *excelize.Font {
		return &excelize.Font{Family: "宋体", Size: size, Bold: bold, Color: color}
	}
	wrap := &excelize.Alignment{Vertical: "center", WrapText: true}
	centre := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	var st styles
	for _, d := range []struct {
		id *int
		s  excelize.Style
	}{
		{&st.title, excelize.Style{Font: font(true, 14, ""), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.header, excelize.Style{Border: border, Font: font(true, 10, ""), Alignment: centre,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}}},
		{&st.text, excelize.Style{Border: border, Font: font(false, 10, ""), Alignment: wrap}},
		{&st.number, excelize.Style{Border: border, Font: font(false, 10, ""), Alignment: centre}},
		{&st.unit, excelize.Style{Border: border, Font: font(true, 11, ""), Alignment: wrap,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}}},
		{&st.alarm, excelize.Style{Border: border, Font: font(true, 10, "C00000"), Alignment: centre}},
	} {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return st, err
		}
		*d.id = id
	}
	return st, nil
}

// sheet writes rows into one sheet, row by row.
type sheet struct {
	f      *excelize.File
	name   string
	row    int
	widths []float64 // column widths in Excel's units (about one digit of the default font)
	lines  int       // the most lines a cell of the current row wraps to
	err    error
}

// Row heights: LibreOffice and Excel do not grow a row for wrapped text they did not lay out
// themselves, so the height is estimated from the text (a full-width character of 10 pt 宋体 is
// about two width units) and set.
const (
	unitsPerEm = 2.05
	lineHeight = 14.0 // points a line of 10 pt text takes
)

// fit grows the current row for text set over width units.
func (s *sheet) fit(text string, width float64) {
	if width <= 0 {
		return
	}
	n := 0
	for _, para := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(layout.EmWidth(para)*unitsPerEm/(width-1))))
	}
	s.lines = max(s.lines, n)
}

// endRow sets the height of the current row from the lines its text wraps to.
func (s *sheet) endRow() {
	if s.err == nil && s.lines > 1 {
		s.err = s.f.SetRowHeight(s.name, s.row, float64(s.lines)*lineHeight+4)
	}
	s.lines = 0
}

// next starts a new row.
func (s *sheet) next() {
	if s.row > 0 {
		s.endRow()
	}
	s.row++
}

func (s *sheet) cell(col int, v any, style int) {
	if s.err != nil {
		return
	}
	name, _ := excelize.CoordinatesToCellName(col, s.row)
	if text, ok := v.(string); ok && col <= len(s.widths) {
		s.fit(text, s.widths[col-1])
	}
	if s.err = s.f.SetCellValue(s.name, name, v); s.err == nil {
		s.err = s.f.SetCellStyle(s.name, name, name, style)
	}
}

// line writes one row of values in one style, starting at column A.
func (s *sheet) line(style int, values ...any) {
	s.next()
	for i, v := range values {
		s.cell(i+1, v, style)
	}
}

// banner writes one value merged over cols columns.
func (s *sheet) banner(cols int, v any, style int, height float64) {
	s.next()
	s.cell(1, "", style)
	width := 0.0
	for _, w := range s.widths[:min(cols, len(s.widths))] {
		width += w
	}
	if text, ok := v.(string); ok {
		s.fit(text, width)
	}
	if s.err == nil {
		s.err = s.f.SetCellValue(s.name, "A"+strconv.Itoa(s.row), v)
	}
	for c := 2; c <= cols; c++ {
		s.cell(c, "", style)
	}
	if s.err == nil && cols > 1 {
		from, _ := excelize.CoordinatesToCellName(1, s.row)
		to, _ := excelize.CoordinatesToCellName(cols, s.row)
		s.err = s.f.MergeCell(s.name, from, to)
	}
	if s.err == nil && height > 0 && float64(s.lines)*lineHeight+4 < height {
		s.lines = 0
		s.err = s.f.SetRowHeight(s.name, s.row, height)
	}
}

// setup sets the column widths and prints the sheet on A4 landscape, fitted to the page's
// width, with rows 1..titleRows repeated on every page.
func (s *sheet) setup(widths []float64, titleRows int) {
	s.widths = widths
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if s.err == nil {
			s.err = s.f.SetColWidth(s.name, col, col, w)
		}
	}
	orientation, size, fitWidth, fitHeight := "landscape", 9, 1, 0
	if s.err == nil {
		s.err = s.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Orientation: &orientation, Size: &size,
			FitToWidth: &fitWidth, FitToHeight: &fitHeight})
	}
	if s.err == nil {
		fit := true
		s.err = s.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit})
	}
	if s.err == nil && titleRows > 0 {
		s.err = s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.name,
			RefersTo: fmt.Sprintf("'%s'!$1:$%d", s.name, titleRows)})
	}
}

// Write writes l as an .xlsx workbook.
func Write(w io.Writer, l *issuelist.List) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return err
	}
	for _, name := range []string{SheetFindings, SheetVerified} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	for _, write := range []func(*excelize.File, styles, *issuelist.List) error{summary, findings, verified} {
		if err := write(f, st, l); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

func summary(f *excelize.File, st styles, l *issuelist.List) error {
	s := &sheet{f: f, name: SheetSummary}
	s.setup([]float64{34, 30, 9, 9, 9, 9, 50}, 0)
	s.banner(7, l.Title(), st.title, 30)
	s.banner(7, l.Intro(), st.text, 48)
	for _, line := range l.Overview() {
		s.banner(7, line, st.text, 20)
	}
	s.next()
	s.line(st.header, "单位", "报送情况", "错误", "警告", "提示", "已核实")
	for i := range l.Units {
		u := &l.Units[i]
		c := u.Count()
		s.line(st.text, u.Unit, issuelist.StateText(u.BoardRow))
		errStyle := st.number
		if c.Errors > 0 {
			errStyle = st.alarm
		}
		s.cell(3, c.Errors, errStyle)
		s.cell(4, c.Warnings, st.number)
		s.cell(5, c.Infos, st.number)
		s.cell(6, c.Verified, st.number)
	}
	s.next()
	s.banner(7, "最常见的问题", st.unit, 20)
	s.line(st.header, "规则", "类别", "涉及单位", "条数", "", "", "示例")
	for _, p := range l.Common(10) {
		s.line(st.text, p.Rule)
		s.cell(2, issuelist.SeverityLabel(p.Severity), st.number)
		s.cell(3, p.Units, st.number)
		s.cell(4, p.Findings, st.number)
		s.cell(5, "", st.text)
		s.cell(6, "", st.text)
		s.cell(7, p.Example, st.text)
	}
	s.endRow()
	return s.err
}

// findingTitles are the columns of the 问题清单 sheet.
var findingTitles = []any{"序号", "规则", "类别", "栏目", "单元格", "应为", "实为", "问题"}

func findings(f *excelize.File, st styles, l *issuelist.List) error {
	s := &sheet{f: f, name: SheetFindings}
	s.setup([]float64{6, 16, 7, 26, 34, 9, 9, 60}, 2)
	s.banner(len(findingTitles), l.Title(), st.title, 30)
	s.line(st.header, findingTitles...)
	if s.err == nil {
		s.err = f.SetPanes(SheetFindings, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
	}
	for i := range l.Units {
		u := &l.Units[i]
		s.banner(len(findingTitles), fmt.Sprintf("%d. %s（%s）", i+1, u.Unit, issuelist.StateText(u.BoardRow)), st.unit, 22)
		switch {
		case u.State == store.UnitMissing:
			s.banner(len(findingTitles), fmt.Sprintf("尚未报送%d年度报告（截止日期%s）。", l.Year, u.Due.Format("2006-01-02")), st.text, 0)
		case len(u.Open) == 0:
			s.banner(len(findingTitles), "未发现待修改的问题。", st.text, 0)
		}
		for k, it := range u.Open {
			s.line(st.text, strconv.Itoa(k+1), it.Rule, issuelist.SeverityLabel(it.Severity), it.Section, it.CellText(),
				it.Expected, it.Actual, it.Message)
			s.cell(1, k+1, st.number)
			s.cell(3, issuelist.SeverityLabel(it.Severity), st.number)
			s.cell(6, it.Expected, st.number)
			s.cell(7, it.Actual, st.number)
		}
	}
	s.endRow()
	return s.err
}

func verified(f *excelize.File, st styles, l *issuelist.List) error {
	s := &sheet{f: f, name: SheetVerified}
	s.setup([]float64{30, 16, 26, 56, 40, 12}, 2)
	s.banner(6, "已核实无需修改的事项", st.title, 30)
	s.line(st.header, "单位", "规则", "栏目", "问题", "核实说明", "核实日期")
	for _, u := range l.Units {
		for _, it := range u.Verified {
			s.line(st.text, u.Unit, it.Rule, it.Section, it.Message, it.Note, it.Verified.Format("2006-01-02"))
		}
	}
	s.endRow()
	return s.err
}
