package layout

// Role says what a table cell holds, which decides its alignment.
type Role uint8

const (
	// Header is a column heading, a block heading or table 3's note: centred.
	Header Role = iota
	// RowLabel is the label of one row: set flush left, it may run to several lines.
	RowLabel
	// GroupLabel spans several rows (三、本年度办理结果, （三）不予公开): centred.
	GroupLabel
	// Value is a cell of the report: centred; blank stays empty, not applicable reads "/".
	Value
)

// Cell is one cell of a grid, placed at the row it begins in.
type Cell struct {
	Col     int // first grid column
	ColSpan int // grid columns covered, ≥ 1
	RowSpan int // grid rows covered, ≥ 1
	Text    string
	Role    Role
	Key     string // the schema cell key of a Value cell
}

// Row is one grid row and the cells that begin in it, left to right.
type Row struct {
	Cells []Cell
	// Header rows open the table and are repeated at the top of every page it continues on.
	Header bool
	// KeepWithNext forbids a page break between this row and the next.
	KeepWithNext bool
}

// Grid is a table as drawn: columns of fixed width and rows of cells with their merges.
type Grid struct {
	Key      string    // t2, t3, t4
	Widths   []float64 // column widths in millimetres, summing to TextWidthMM
	FontSize float64   // points
	// LineHeight is the fixed line pitch of the cell text, in points.
	LineHeight float64
	// MinRowHeight is the least height of a row, in points.
	MinRowHeight float64
	Rows         []Row
}

// Cell padding in points: left/right and top/bottom.
const (
	CellPadX = 2.0
	CellPadY = 2.0
)

// Slot is what covers one position of the grid: the cell and the row it begins in.
type Slot struct {
	Row  int
	Cell *Cell
}

// Slots maps every grid position to the cell covering it, so writers can emit the continuation
// of a vertical merge (Word) or find the part of a merged cell that falls on a page (PDF).
func (g *Grid) Slots() [][]Slot {
	slots := make([][]Slot, len(g.Rows))
	for r := range slots {
		slots[r] = make([]Slot, len(g.Widths))
	}
	for r := range g.Rows {
		for i := range g.Rows[r].Cells {
			c := &g.Rows[r].Cells[i]
			for rr := r; rr < r+c.RowSpan; rr++ {
				for cc := c.Col; cc < c.Col+c.ColSpan; cc++ {
					slots[rr][cc] = Slot{Row: r, Cell: c}
				}
			}
		}
	}
	return slots
}

// HeaderRows is the number of leading header rows.
func (g *Grid) HeaderRows() int {
	n := 0
	for n < len(g.Rows) && g.Rows[n].Header {
		n++
	}
	return n
}

// SpanWidth is the width in millimetres of the columns a cell covers.
func (g *Grid) SpanWidth(c *Cell) float64 {
	w := 0.0
	for _, x := range g.Widths[c.Col : c.Col+c.ColSpan] {
		w += x
	}
	return w
}
