package schema

import "strings"

// Cell is one fillable cell of tables 2–4, with its place in the declarations.
type Cell struct {
	Index  int    // position in official order, 0 … NumCells-1
	Key    string // t3.denied.secret.natural
	Table  *Table
	Block  *Block
	Row    *Row
	Column *Column
	Kind   Kind
	// Computed marks a total cell: a 总计 column, the （七）总计 row or a table-4 总计.
	Computed bool
}

var (
	cells     []Cell
	cellIndex map[string]int
)

func init() {
	cellIndex = map[string]int{}
	for _, t := range tables {
		for b := range t.Blocks {
			blk := &t.Blocks[b]
			for r := range blk.Rows {
				row := &blk.Rows[r]
				for c := range blk.Columns {
					col := &blk.Columns[c]
					key := CellKey(t.Key, row.Key, col.Key)
					cellIndex[key] = len(cells)
					cells = append(cells, Cell{
						Index: len(cells), Key: key, Table: t, Block: blk, Row: row, Column: col,
						Kind: row.Kind, Computed: row.Total || col.Total,
					})
				}
			}
		}
	}
}

// CellKey joins a table, row and column key into a cell key such as t3.new.total.
func CellKey(table, row, col string) string {
	return table + "." + row + "." + col
}

// NumCells is the number of cells in tables 2–4 (200 in the 2021 format).
func NumCells() int { return len(cells) }

// Cells returns every cell in official order: table 2, 3, 4; within a table row by row.
// The slice is shared; do not modify it.
func Cells() []Cell { return cells }

// CellAt returns the cell at index i.
func CellAt(i int) *Cell { return &cells[i] }

// Lookup finds a cell by key.
func Lookup(key string) (*Cell, bool) {
	i, ok := cellIndex[key]
	if !ok {
		return nil, false
	}
	return &cells[i], true
}

// Index returns the index of a cell key, or -1.
func Index(key string) int {
	if i, ok := cellIndex[key]; ok {
		return i
	}
	return -1
}

// MustIndex returns the index of a cell key and panics on an unknown key; for keys written in code.
func MustIndex(key string) int {
	i, ok := cellIndex[key]
	if !ok {
		panic("schema: unknown cell key " + key)
	}
	return i
}

// Sections returns the six sections in order.
func Sections() []Section { return sections }

// SectionByKey finds a section by key (s1 … s6).
func SectionByKey(key string) (Section, bool) {
	for _, s := range sections {
		if s.Key == key {
			return s, true
		}
	}
	return Section{}, false
}

// Narratives returns the eight narrative fields in document order.
func Narratives() []Narrative { return narratives }

// NarrativeByKey finds a narrative field by key.
func NarrativeByKey(key string) (Narrative, bool) {
	for _, n := range narratives {
		if n.Key == key {
			return n, true
		}
	}
	return Narrative{}, false
}

// Tables returns tables 2, 3 and 4 in order.
func Tables() []*Table { return tables }

// TableByKey finds a table by key (t2, t3, t4).
func TableByKey(key string) (*Table, bool) {
	for _, t := range tables {
		if t.Key == key {
			return t, true
		}
	}
	return nil, false
}

// SectionOf returns the section key a cell or narrative key belongs to: "t3.new.total" → "s3",
// "s1.active" → "s1", "s5" → "s5".
func SectionOf(key string) string {
	if c, ok := Lookup(key); ok {
		return c.Table.Section
	}
	if n, ok := NarrativeByKey(key); ok {
		return n.Section
	}
	head, _, _ := strings.Cut(key, ".")
	return head
}

// Row finds a row of a table by key.
func (t *Table) Row(key string) (*Block, *Row, bool) {
	for b := range t.Blocks {
		for r := range t.Blocks[b].Rows {
			if t.Blocks[b].Rows[r].Key == key {
				return &t.Blocks[b], &t.Blocks[b].Rows[r], true
			}
		}
	}
	return nil, nil, false
}

// Cells returns the cells of the table in official order.
func (t *Table) Cells() []Cell {
	first, last := -1, -1
	for i := range cells {
		if cells[i].Table == t {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return cells[first : last+1]
}

// ShortLabel is the column label for narrow grids.
func (c *Column) ShortLabel() string {
	if c.Short != "" {
		return c.Short
	}
	return c.Label
}

// Label is the human name of a cell, e.g. 「表三 一、本年新收政府信息公开申请数量 · 总计」.
func (c *Cell) Label() string {
	row := c.Row.Label
	if c.Row.Sub != "" {
		row = c.Row.Sub + row
	}
	if c.Row.Super != "" {
		row = c.Row.Super + "·" + row
	}
	return c.Table.Name + " " + row + " · " + c.Column.ShortLabel()
}
