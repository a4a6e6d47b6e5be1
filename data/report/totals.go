package report

import "nianbao/data/schema"

// ComputeTotals fills every total cell (the 总计 columns, （七）总计 and the table-4 totals) from
// the cells it sums, as the app does for reports typed in it. A total whose inputs are all blank
// stays blank; blank and not-applicable inputs count as 0 otherwise.
func (r *Report) ComputeTotals() {
	for _, t := range schema.Tables() {
		for b := range t.Blocks {
			blk := &t.Blocks[b]
			// Rows first: （七）总计 sums the leaf rows per column (its 总计 cell included), then
			// every row's 总计 column sums that row.
			for ri := range blk.Rows {
				if blk.Rows[ri].Total {
					for ci := range blk.Columns {
						r.Cells[cellIndex(t, blk, ri, ci)] = r.sumLeaves(t, blk, ci)
					}
				}
			}
			for ri := range blk.Rows {
				for ci := range blk.Columns {
					if blk.Columns[ci].Total && !blk.Rows[ri].Total {
						r.Cells[cellIndex(t, blk, ri, ci)] = r.sumRow(t, blk, ri)
					}
				}
			}
			for ri := range blk.Rows {
				if blk.Rows[ri].Total {
					for ci := range blk.Columns {
						if blk.Columns[ci].Total {
							r.Cells[cellIndex(t, blk, ri, ci)] = r.sumRow(t, blk, ri)
						}
					}
				}
			}
		}
	}
}

func cellIndex(t *schema.Table, b *schema.Block, ri, ci int) int {
	return schema.MustIndex(schema.CellKey(t.Key, b.Rows[ri].Key, b.Columns[ci].Key))
}

// sumRow adds a row's non-total cells.
func (r *Report) sumRow(t *schema.Table, b *schema.Block, ri int) Value {
	var cells []int
	for ci := range b.Columns {
		if !b.Columns[ci].Total {
			cells = append(cells, cellIndex(t, b, ri, ci))
		}
	}
	return r.sumCells(cells)
}

// sumLeaves adds a column's leaf result rows.
func (r *Report) sumLeaves(t *schema.Table, b *schema.Block, ci int) Value {
	var cells []int
	for ri := range b.Rows {
		if b.Rows[ri].Leaf {
			cells = append(cells, cellIndex(t, b, ri, ci))
		}
	}
	return r.sumCells(cells)
}

// sumCells adds cells, counting blank and not-applicable ones as 0; all blank stays blank.
func (r *Report) sumCells(cells []int) Value {
	var sum Fixed
	filled := false
	for _, i := range cells {
		v := r.Cells[i]
		if v.State == Number {
			sum += v.N
		}
		filled = filled || v.State != Blank
	}
	if !filled {
		return Value{}
	}
	return Num(sum)
}
