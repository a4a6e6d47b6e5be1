package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// HeaderCell is a header or row-label cell of a Grid. Span is how many columns a column header
// covers, or how many rows a row label covers (a group label such as 三、本年度办理结果); 0 means 1.
type HeaderCell struct {
	Text string
	Span int
}

// GridCell says what a data cell of a Grid is: Editable cells take typing, the others are
// read-only computed cells; Hidden cells do not exist in the form and show as a shaded blank.
type GridCell struct {
	Editable bool
	Hidden   bool
}

// GridRow is one row of a Grid. Labels fill the row-label columns from the left, skipping columns
// that a label above still covers with its Span; the last label of a row stretches to the last
// label column (so 一、本年新收… alone fills all three label columns of table 3). Cells are the data
// cells; missing ones at the end are hidden.
type GridRow struct {
	Labels []HeaderCell
	Cells  []GridCell
}

// GridSpec describes a form table.
type GridSpec struct {
	// Corner is the note in the top-left box, spanning the header rows and the label columns.
	Corner string
	// HeaderRows are the column-header rows over the data columns, top first. An empty header
	// cell directly under a cell of the same columns continues it (drawn as one box), as in the
	// official tables where 自然人 and 总计 reach down past the 法人或其他组织 row.
	HeaderRows [][]HeaderCell
	// LabelCols is the number of row-label columns.
	LabelCols int
	// Rows are the body rows.
	Rows []GridRow
	// Columns is the number of data columns.
	Columns int
	// ColumnWidths optionally gives the width of every column, label columns first, in Fyne units
	// at the default text size; they grow with the text-size setting, and a data column is never
	// narrower than a cell needs. Without them widths follow the texts.
	ColumnWidths []float32
}

var _ fyne.Widget = (*Grid)(nil)

// Grid is a form table of CellEntry cells under multi-level column headers, beside row labels.
// Every cell is a real widget (no recycling), so focus and typed text stay where they are. The
// column headers stay in view while the body scrolls, and a hint line under the table shows the
// message of the hovered or focused cell.
//
// Keyboard: Tab and Shift+Tab go through the editable cells in reading order, Enter and
// Shift+Enter down and up the column, arrow keys to the neighbouring cell. A block pasted from a
// spreadsheet fills the table from the focused cell.
type Grid struct {
	widget.BaseWidget

	// OnCellChanged is called when the user changes a cell to text that parses.
	OnCellChanged func(row, col int, text string)
	// Parse checks the text of a cell; nil accepts anything.
	Parse func(row, col int, text string) error
	// OnInvalid is called when the user changes a cell to text that does not parse.
	OnInvalid func(row, col int, text string, err error)
	// OnPasteClipped is called after a pasted block reached past the last row or column, with the
	// values left out (empty ones aside), so that the user learns what was not pasted.
	OnPasteClipped func(left []string)
	// WrapPaste, when set, is called with the edits of a pasted block and must run them, so that
	// the owner can treat the block as one change (one step to undo).
	WrapPaste func(paste func())
	// OnUndo and OnRedo, when set, take Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) from the cells' own
	// histories, for an owner whose history spans the whole table.
	OnUndo, OnRedo func()
	// OnCellLeft is called when the focus leaves a cell: the user has finished editing it.
	OnCellLeft func(row, col int)

	spec  GridSpec
	cells [][]*CellEntry // nil where hidden

	headerItems []*gridLabel
	headerSpans []span
	bodyLabels  []*gridLabel // row labels and hidden-cell blanks, then bodySpans continue with cells
	bodySpans   []span
	probe       *CellEntry // measures the size of a cell

	header, body             *fyne.Container
	headerScroll, bodyScroll *container.Scroll
	hint                     *fyne.Container
	hintIcon                 *widget.Icon
	hintText                 *widget.Label

	focused, hovered cellRef
	pendingFocus     cellRef

	geo gridGeometry
}

// cellRef names a cell; ok is false for none.
type cellRef struct {
	row, col int
	ok       bool
}

// NewGrid builds the table described by spec.
func NewGrid(spec GridSpec) *Grid {
	g := &Grid{spec: spec, probe: NewCellEntry()}
	g.ExtendBaseWidget(g)
	g.buildHeader()
	g.buildBody()

	g.header = container.New(&tableLayout{spans: g.headerSpans, sizes: g.headerSizes}, labelsAsObjects(g.headerItems)...)
	g.headerScroll = container.NewHScroll(g.header)
	if len(spec.HeaderRows) == 0 {
		g.headerScroll.Hide()
	}
	body := labelsAsObjects(g.bodyLabels)
	for _, row := range g.cells {
		for _, c := range row {
			if c != nil {
				body = append(body, c)
			}
		}
	}
	g.body = container.New(&tableLayout{spans: g.bodySpans, sizes: g.bodySizes}, body...)
	g.bodyScroll = container.NewScroll(g.body)
	g.bodyScroll.OnScrolled = func(p fyne.Position) { g.headerScroll.ScrollToOffset(fyne.NewPos(p.X, 0)) }
	g.headerScroll.OnScrolled = func(p fyne.Position) {
		g.bodyScroll.ScrollToOffset(fyne.NewPos(p.X, g.bodyScroll.Offset.Y))
	}

	g.hintIcon = widget.NewIcon(nil)
	g.hintIcon.Hide()
	g.hintText = widget.NewLabel("")
	g.hintText.Wrapping = fyne.TextWrapBreak
	g.hint = container.NewBorder(nil, nil, g.hintIcon, nil, g.hintText)
	return g
}

func labelsAsObjects(labels []*gridLabel) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(labels))
	for i, l := range labels {
		out[i] = l
	}
	return out
}

func spanOf(n int) int { return max(n, 1) }

// buildHeader places the corner note and the column headers.
func (g *Grid) buildHeader() {
	spec := g.spec
	nRows := len(spec.HeaderRows)
	if nRows == 0 {
		return
	}
	if spec.LabelCols > 0 {
		g.addHeader(newGridLabel(spec.Corner, fyne.TextAlignLeading), span{0, 0, nRows, spec.LabelCols})
	}
	owner := make([][]int, nRows) // owner[row][data column] = index in headerItems, -1 if free
	for r, cells := range spec.HeaderRows {
		owner[r] = make([]int, spec.Columns)
		for i := range owner[r] {
			owner[r][i] = -1
		}
		col := 0
		for _, hc := range cells {
			width := min(spanOf(hc.Span), spec.Columns-col)
			if width <= 0 {
				break
			}
			idx := -1
			if hc.Text == "" && r > 0 {
				if above := owner[r-1][col]; above >= 0 {
					s := g.headerSpans[above]
					if s.col == spec.LabelCols+col && s.cols == width {
						g.headerSpans[above].rows++
						idx = above
					}
				}
			}
			if idx < 0 {
				idx = g.addHeader(newGridLabel(hc.Text, fyne.TextAlignCenter), span{r, spec.LabelCols + col, 1, width})
			}
			for k := col; k < col+width; k++ {
				owner[r][k] = idx
			}
			col += width
		}
	}
}

func (g *Grid) addHeader(l *gridLabel, s span) int {
	g.headerItems = append(g.headerItems, l)
	g.headerSpans = append(g.headerSpans, s)
	return len(g.headerItems) - 1
}

// buildBody places the row labels and creates the cells.
func (g *Grid) buildBody() {
	spec := g.spec
	covered := make([][]bool, len(spec.Rows))
	for r := range covered {
		covered[r] = make([]bool, spec.LabelCols)
	}
	var cellSpans []span
	g.cells = make([][]*CellEntry, len(spec.Rows))
	for r, row := range spec.Rows {
		col := 0
		for i, lc := range row.Labels {
			for col < spec.LabelCols && covered[r][col] {
				col++
			}
			if col >= spec.LabelCols {
				break
			}
			width := 1
			if i == len(row.Labels)-1 {
				for col+width < spec.LabelCols && !covered[r][col+width] {
					width++
				}
			}
			height := min(spanOf(lc.Span), len(spec.Rows)-r)
			align := fyne.TextAlignLeading
			if height > 1 {
				align = fyne.TextAlignCenter
			}
			g.addBodyLabel(newGridLabel(lc.Text, align), span{r, col, height, width}, covered)
			col += width
		}
		for c := range spec.LabelCols {
			if !covered[r][c] {
				g.addBodyLabel(newGridLabel("", fyne.TextAlignLeading), span{r, c, 1, 1}, covered)
			}
		}

		g.cells[r] = make([]*CellEntry, spec.Columns)
		for c := range spec.Columns {
			var gc GridCell
			if c < len(row.Cells) {
				gc = row.Cells[c]
			} else {
				gc.Hidden = true
			}
			s := span{r, spec.LabelCols + c, 1, 1}
			if gc.Hidden {
				g.addBodyLabel(newGridLabel("", fyne.TextAlignLeading), s, nil)
				continue
			}
			g.cells[r][c] = g.newCell(r, c, !gc.Editable)
			cellSpans = append(cellSpans, s)
		}
	}
	g.bodySpans = append(g.bodySpans, cellSpans...)
}

func (g *Grid) addBodyLabel(l *gridLabel, s span, covered [][]bool) {
	g.bodyLabels = append(g.bodyLabels, l)
	g.bodySpans = append(g.bodySpans, s)
	if covered == nil {
		return
	}
	for r := s.row; r < s.row+s.rows; r++ {
		for c := s.col; c < s.col+s.cols; c++ {
			covered[r][c] = true
		}
	}
}

// newCell creates the cell at row, col and routes its callbacks to the grid's.
func (g *Grid) newCell(row, col int, readOnly bool) *CellEntry {
	c := NewCellEntry()
	c.readOnly = readOnly
	c.Parse = func(text string) error {
		if g.Parse == nil {
			return nil
		}
		return g.Parse(row, col, text)
	}
	c.OnValid = func(text string) {
		if g.OnCellChanged != nil {
			g.OnCellChanged(row, col, text)
		}
		g.showHint()
	}
	c.OnInvalid = func(text string, err error) {
		if g.OnInvalid != nil {
			g.OnInvalid(row, col, text, err)
		}
		g.showHint()
	}
	c.OnNavigate = func(d Direction) { g.navigate(row, col, d) }
	c.OnPasteBlock = func(text string) { g.PasteBlock(row, col, text) }
	c.OnFocusChanged = func(focused bool) {
		if focused {
			g.focused = cellRef{row, col, true}
			g.reveal(c)
		} else {
			if g.focused == (cellRef{row, col, true}) {
				g.focused = cellRef{}
			}
			if g.OnCellLeft != nil {
				g.OnCellLeft(row, col)
			}
		}
		g.showHint()
	}
	c.OnUndo = func() {
		if g.OnUndo != nil {
			g.OnUndo()
		} else {
			c.undoRedo(&c.undo, &c.redo)
		}
	}
	c.OnRedo = func() {
		if g.OnRedo != nil {
			g.OnRedo()
		} else {
			c.undoRedo(&c.redo, &c.undo)
		}
	}
	c.OnHover = func(inside bool) {
		if inside {
			g.hovered = cellRef{row, col, true}
		} else if g.hovered == (cellRef{row, col, true}) {
			g.hovered = cellRef{}
		}
		g.showHint()
	}
	return c
}

// cell returns the cell at row, col, or nil when there is none there.
func (g *Grid) cell(row, col int) *CellEntry {
	if row < 0 || row >= len(g.cells) || col < 0 || col >= g.spec.Columns {
		return nil
	}
	return g.cells[row][col]
}

// SetText shows text in a cell, as the program sets it (OnCellChanged is not called). Setting the
// cell the user is typing in replaces their text, so a redraw from the model should skip it.
func (g *Grid) SetText(row, col int, text string) {
	if c := g.cell(row, col); c != nil {
		c.SetText(text)
		g.refreshHintOf(row, col)
	}
}

// Text returns the text of a cell, or "" where there is none.
func (g *Grid) Text(row, col int) string {
	if c := g.cell(row, col); c != nil {
		return c.Text()
	}
	return ""
}

// SetMark marks a cell; note is its hint (what was expected and what is there).
func (g *Grid) SetMark(row, col int, m Mark, note string) {
	if c := g.cell(row, col); c != nil {
		c.SetMark(m, note)
		g.refreshHintOf(row, col)
	}
}

// SetReadOnly makes a cell computed (read-only) or editable.
func (g *Grid) SetReadOnly(row, col int, readOnly bool) {
	if c := g.cell(row, col); c != nil {
		c.SetReadOnly(readOnly)
	}
}

// NaturalSize is the size at which the whole table shows without scrolling: header, every row
// and the hint line. Use it to stack several small grids on one scrolling page.
func (g *Grid) NaturalSize() fyne.Size {
	geo := g.geometry()
	xs, body := offsets(geo.widths), offsets(geo.bodyH)
	hint := g.hint.MinSize()
	return fyne.NewSize(max(xs[len(xs)-1], hint.Width), g.headerHeight()+body[len(body)-1]+hint.Height)
}

// headerHeight is the height the header is laid out at: that of its rows, but never lower than
// Fyne's smallest scroller (32 units), which a one-line header is.
func (g *Grid) headerHeight() float32 {
	if !g.headerScroll.Visible() {
		return 0
	}
	return g.headerScroll.MinSize().Height
}

// FocusedCell returns the cell that has keyboard focus; ok is false when none of the grid has.
func (g *Grid) FocusedCell() (row, col int, ok bool) {
	return g.focused.row, g.focused.col, g.focused.ok
}

// FocusCell gives a cell keyboard focus and scrolls it into view. Called before the grid is on
// screen (for instance right after switching to its tab), it takes effect once the grid is laid out.
func (g *Grid) FocusCell(row, col int) {
	c := g.cell(row, col)
	if c == nil {
		return
	}
	cnv := fyne.CurrentApp().Driver().CanvasForObject(c)
	if cnv == nil {
		cnv = fyne.CurrentApp().Driver().CanvasForObject(g)
	}
	if cnv == nil {
		g.pendingFocus = cellRef{row, col, true}
		return
	}
	g.pendingFocus = cellRef{}
	if cnv.Focused() == fyne.Focusable(c) {
		g.reveal(c)
		return
	}
	cnv.Focus(c)
	g.reveal(c)
}

// reveal scrolls the body so that c is fully visible.
func (g *Grid) reveal(c *CellEntry) {
	view := g.bodyScroll.Size()
	if view.IsZero() {
		return
	}
	pos, size := c.Position(), c.Size()
	off := g.bodyScroll.Offset
	off.X = scrollInto(off.X, view.Width, pos.X, size.Width)
	off.Y = scrollInto(off.Y, view.Height, pos.Y, size.Height)
	if off != g.bodyScroll.Offset {
		g.bodyScroll.ScrollToOffset(off)
		g.headerScroll.ScrollToOffset(fyne.NewPos(off.X, 0))
	}
}

// scrollInto returns the scroll offset closest to offset that shows [pos, pos+length) in a view
// of size view.
func scrollInto(offset, view, pos, length float32) float32 {
	if pos+length > offset+view {
		offset = pos + length - view
	}
	if pos < offset {
		offset = pos
	}
	return max(offset, 0)
}

// PasteBlock fills the grid with a block copied from a spreadsheet (rows by line breaks, cells by
// tabs), starting at row, col. Values that fall on read-only or hidden cells, or outside the grid,
// are skipped; each other value is entered as if typed — checked with Parse, reported through
// OnCellChanged when it parses and through OnInvalid (and shown as invalid) when it does not.
// Values outside the grid that are not empty are reported through OnPasteClipped.
func (g *Grid) PasteBlock(row, col int, text string) {
	if g.WrapPaste != nil {
		g.WrapPaste(func() { g.pasteBlock(row, col, text) })
		return
	}
	g.pasteBlock(row, col, text)
}

func (g *Grid) pasteBlock(row, col int, text string) {
	var clipped []string
	for i, values := range splitBlock(text) {
		for j, v := range values {
			v = strings.TrimSpace(v)
			if row+i >= len(g.cells) || col+j >= g.spec.Columns {
				if v != "" {
					clipped = append(clipped, v)
				}
				continue
			}
			c := g.cell(row+i, col+j)
			if c == nil || c.readOnly {
				continue
			}
			if v != c.Text() {
				c.setTextByUser(v)
			}
		}
	}
	if len(clipped) > 0 && g.OnPasteClipped != nil {
		g.OnPasteClipped(clipped)
	}
}

// showHint shows the hint of the hovered cell, else of the focused one.
func (g *Grid) showHint() {
	ref := g.hovered
	if !ref.ok || g.cell(ref.row, ref.col).Hint() == "" {
		ref = g.focused
	}
	var hint string
	var icon fyne.Resource
	if c := g.cell(ref.row, ref.col); ref.ok && c != nil {
		hint, icon = c.Hint(), c.hintIcon()
	}
	if hint == "" {
		icon = nil
	}
	if g.hintText.Text != hint {
		g.hintText.SetText(hint)
	}
	g.hintIcon.Resource = icon
	g.hintIcon.Hidden = icon == nil
	g.hint.Refresh()
}

// refreshHintOf updates the hint line if it may be showing the cell at row, col.
func (g *Grid) refreshHintOf(row, col int) {
	ref := cellRef{row, col, true}
	if g.focused == ref || g.hovered == ref {
		g.showHint()
	}
}

// Refresh redraws the grid, measuring it again for the current theme.
func (g *Grid) Refresh() {
	g.geo = gridGeometry{}
	g.BaseWidget.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (g *Grid) CreateRenderer() fyne.WidgetRenderer {
	g.ExtendBaseWidget(g)
	return &gridRenderer{g: g, hint: g.hint, objects: []fyne.CanvasObject{g.headerScroll, g.bodyScroll, g.hint}}
}

// gridRenderer stacks the header, the body and the hint line with no gap between header and
// body, so that they read as one table.
type gridRenderer struct {
	g       *Grid
	hint    *fyne.Container
	objects []fyne.CanvasObject
}

var _ fyne.WidgetRenderer = (*gridRenderer)(nil)

func (r *gridRenderer) Destroy() {}

func (r *gridRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *gridRenderer) MinSize() fyne.Size {
	body, hint := r.g.bodyScroll.MinSize(), r.hint.MinSize()
	return fyne.NewSize(max(body.Width, hint.Width), r.g.headerHeight()+body.Height+hint.Height)
}

// Layout also gives focus to a cell that FocusCell could not reach before the grid was shown.
func (r *gridRenderer) Layout(size fyne.Size) {
	head := r.g.headerHeight()
	r.g.headerScroll.Resize(fyne.NewSize(size.Width, head))
	r.hint.Resize(fyne.NewSize(size.Width, r.hint.MinSize().Height))
	hintH := r.hint.Size().Height
	r.hint.Move(fyne.NewPos(0, size.Height-hintH))
	r.g.bodyScroll.Move(fyne.NewPos(0, head))
	r.g.bodyScroll.Resize(fyne.NewSize(size.Width, size.Height-head-hintH))

	if p := r.g.pendingFocus; p.ok {
		r.g.pendingFocus = cellRef{}
		// The focus waits for the next turn of the event loop; by then the user may have clicked
		// or tabbed somewhere, and that focus wins.
		cnv := fyne.CurrentApp().Driver().CanvasForObject(r.g)
		var before fyne.Focusable
		if cnv != nil {
			before = cnv.Focused()
		}
		fyne.Do(func() {
			if cnv != nil && cnv.Focused() != before {
				return
			}
			r.g.FocusCell(p.row, p.col)
		})
	}
}

func (r *gridRenderer) Refresh() {
	for _, o := range r.objects {
		o.Refresh()
	}
}
