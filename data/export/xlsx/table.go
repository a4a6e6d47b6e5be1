package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Row heights in points.
const (
	minRowHeight   = 20
	titleRowHeight = 30
)

// tableWriter writes one table sheet.
type tableWriter struct {
	f        *excelize.File
	st       *styles
	l        *tableLayout
	values   map[int]item // the value items of l by schema cell index
	r        *report.Report
	computed *report.Report // r with every total recomputed: the values the formulas give
}

// write sets up the sheet (page, validation, print titles) and then streams its cells: only the
// stream writer can store a formula together with its cached value, and it must be configured
// before the first row.
func (tw *tableWriter) write() error {
	sheet := tw.l.table.Name
	if err := setupPage(tw.f, sheet, tw.l.landscape, tw.l.headerRows); err != nil {
		return err
	}
	if err := addValidations(tw.f, sheet, tw.l); err != nil {
		return err
	}
	sw, err := tw.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	// The stream writer puts each new column width before the earlier ones, and Excel wants
	// them in ascending order: set them from the last column back.
	for i := len(tw.l.colWidths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, tw.l.colWidths[i]); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(freeze(tw.l.labelCols, tableTop-1+tw.l.headerRows)); err != nil {
		return err
	}
	grid := make([][]any, tw.l.lastRow)
	for i := range grid {
		grid[i] = make([]any, tw.l.width)
	}
	for _, it := range tw.l.items {
		c, err := tw.content(it)
		if err != nil {
			return err
		}
		for dr := range it.rows {
			for dc := range it.cols {
				grid[it.row-1+dr][it.col-1+dc] = excelize.Cell{StyleID: c.StyleID}
			}
		}
		grid[it.row-1][it.col-1] = c
		if it.rows > 1 || it.cols > 1 {
			if err := sw.MergeCell(cellName(it.col, it.row), cellName(it.col+it.cols-1, it.row+it.rows-1)); err != nil {
				return err
			}
		}
	}
	heights := tw.l.rowHeights(tw.r.Title())
	for i, row := range grid {
		if err := sw.SetRow(cellName(1, i+1), row, excelize.RowOpts{Height: heights[i]}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// content is the cell written at an item's top-left corner.
func (tw *tableWriter) content(it item) (excelize.Cell, error) {
	switch it.role {
	case roleTitle:
		return excelize.Cell{StyleID: tw.st.title, Value: xmlSafe(tw.r.Title())}, nil
	case roleValue:
		return tw.valueCell(it)
	}
	return excelize.Cell{StyleID: tw.st.forRole(it.role), Value: it.text}, nil
}

// valueCell writes a report cell: a total as its formula with the value cached, unless the
// report states a different total (kept as stated); any other cell as a number, "/" or nothing.
func (tw *tableWriter) valueCell(it item) (excelize.Cell, error) {
	v := tw.r.Cells[it.cell]
	if !schema.CellAt(it.cell).Computed {
		return excelize.Cell{StyleID: tw.st.input, Value: CellValue(v)}, nil
	}
	if v != tw.computed.Cells[it.cell] {
		return excelize.Cell{StyleID: tw.st.stated, Value: CellValue(v)}, nil
	}
	formula, err := totalFormula(tw.values, it.cell)
	if err != nil {
		return excelize.Cell{}, err
	}
	cached := any("")
	if v.State == report.Number {
		cached = CellValue(v)
	}
	return excelize.Cell{StyleID: tw.st.total, Formula: formula, Value: cached}, nil
}

// plainValue is what a cell holds in Excel: a whole number as an integer, a fraction as a float
// (Excel's own number type; every Fixed round-trips through its shortest decimal form), "/" for
// not applicable, an invalid cell's text as written and nothing for blank.
func CellValue(v report.Value) any {
	switch v.State {
	case report.Number:
		if v.N.IsWhole() {
			return v.N.Whole()
		}
		return v.N.Float()
	case report.NotApplicable, report.Invalid:
		return v.String()
	}
	return nil
}

// rowHeights sizes every row to fit the wrapped labels it holds; a label spanning rows that do
// not fit it gets the missing height spread over them.
func (l *tableLayout) rowHeights(title string) []float64 {
	h := make([]float64, l.lastRow)
	for i := range h {
		h[i] = minRowHeight
	}
	h[titleRow-1] = titleRowHeight
	for _, it := range l.items {
		if it.rows == 1 {
			h[it.row-1] = max(h[it.row-1], l.itemHeight(it, title))
		}
	}
	for _, it := range l.items {
		if it.rows == 1 {
			continue
		}
		need, have := l.itemHeight(it, title), 0.0
		for r := it.row; r < it.row+it.rows; r++ {
			have += h[r-1]
		}
		if need > have {
			for r := it.row; r < it.row+it.rows; r++ {
				h[r-1] += (need - have) / float64(it.rows)
			}
		}
	}
	return h
}

func (l *tableLayout) itemHeight(it item, title string) float64 {
	width := 0.0
	for c := it.col; c < it.col+it.cols; c++ {
		width += l.colWidths[c-1]
	}
	switch it.role {
	case roleTitle:
		return heightFor(title, width, 16, titleRowHeight)
	case roleHeading:
		return heightFor(it.text, width, 12, minRowHeight)
	case roleNote:
		return heightFor(it.text, width, 9, minRowHeight)
	case roleValue:
		return minRowHeight
	}
	return heightFor(it.text, width, tableSize, minRowHeight)
}

// freeze keeps the label columns and everything above the first data row in view.
func freeze(cols, rows int) *excelize.Panes {
	pane := "bottomRight"
	switch {
	case cols == 0:
		pane = "bottomLeft"
	case rows == 0:
		pane = "topRight"
	}
	topLeft := cellName(cols+1, rows+1)
	return &excelize.Panes{Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: topLeft, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: topLeft, ActiveCell: topLeft, Pane: pane}}}
}

// setupPage prints the sheet on A4, one page wide, centred, numbered, with the header rows
// repeated on every page.
func setupPage(f *excelize.File, sheet string, landscape bool, headerRows int) error {
	size, fit, tall, on := 9, 1, 0, true // 9 is A4; a fit height of 0 lets the pages run on
	orientation := "portrait"
	if landscape {
		orientation = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orientation, FitToWidth: &fit, FitToHeight: &tall,
	}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &on}); err != nil {
		return err
	}
	side, edge, band := 0.6, 0.75, 0.3 // inches
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &edge, Bottom: &edge, Header: &band, Footer: &band, Horizontally: &on,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"}); err != nil {
		return err
	}
	if headerRows == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, tableTop, tableTop+headerRows-1),
		Scope:    sheet,
	})
}

// cellName is the A1 reference of a 1-based column and row.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // the layout never leaves the sheet
	}
	return name
}
