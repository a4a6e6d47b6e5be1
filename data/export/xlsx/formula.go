package xlsx

import (
	"fmt"
	"strings"

	"nianbao/data/schema"
)

// summands lists the cells a total cell adds up, as report.ComputeTotals does: a cell of a total
// row (（七）总计) sums its column over the leaf rows, except in the total column, where like
// every other total-column cell it sums its own row.
func summands(c *schema.Cell) []int {
	var out []int
	if c.Column.Total {
		for _, col := range c.Block.Columns {
			if !col.Total {
				out = append(out, schema.MustIndex(schema.CellKey(c.Table.Key, c.Row.Key, col.Key)))
			}
		}
		return out
	}
	for _, row := range c.Block.Rows {
		if row.Leaf {
			out = append(out, schema.MustIndex(schema.CellKey(c.Table.Key, row.Key, c.Column.Key)))
		}
	}
	return out
}

// totalFormula is the formula of a total cell. Like the app it leaves the total empty while
// every cell it adds up is empty (COUNTBLANK also counts the empty result of another total), and
// counts "/" as 0 otherwise.
func totalFormula(items map[int]item, cell int) (string, error) {
	var refs []item
	for _, i := range summands(schema.CellAt(cell)) {
		refs = append(refs, items[i])
	}
	rng, ok := contiguous(refs)
	if !ok {
		return "", fmt.Errorf("合计单元格 %s 的加数不相邻", schema.CellAt(cell).Key)
	}
	return fmt.Sprintf(`IF(COUNTBLANK(%s)=%d,"",SUM(%s))`, rng, len(refs), rng), nil
}

// contiguous gives the range covering items that lie side by side in one row or one above the
// other in one column.
func contiguous(its []item) (string, bool) {
	if len(its) == 0 {
		return "", false
	}
	first, last := its[0], its[len(its)-1]
	inRow := len(its) == 1 || its[1].row == first.row
	for k := 1; k < len(its); k++ {
		a, b := its[k-1], its[k]
		next := b.row == a.row+a.rows && b.col == a.col
		if inRow {
			next = b.row == a.row && b.col == a.col+a.cols
		}
		if !next {
			return "", false
		}
	}
	return cellName(first.col, first.row) + ":" + cellName(last.col, last.row), true
}

// escapeFormula escapes a formula for the inner XML of a data validation, which excelize writes
// as given.
var escapeFormula = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace
