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

func (r *Report) sumRow(t *schema.Table, b *schema.Block, ri int) Value {
	var sum Fixed
	any := false
	for ci := range b.Columns {
		if b.Columns[ci].Total {
			continue
		}
		v := r.Cells[cellIndex(t, b, ri, ci)]
		if v.State == Number {
			sum += v.N
		}
		any = any || v.State != Blank
	}
	if !any {
		return Value{}
	}
	return Num(sum)
}

func (r *Report) sumLeaves(t *schema.Table, b *schema.Block, ci int) Value {
	var sum Fixed
	any := false
	for ri := range b.Rows {
		if !b.Rows[ri].Leaf {
			continue
		}
		v := r.Cells[cellIndex(t, b, ri, ci)]
		if v.State == Number {
			sum += v.N
		}
		any = any || v.State != Blank
	}
	if !any {
		return Value{}
	}
	return Num(sum)
}
