package compare

import (
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// mainRows collapses table 3 to the rows a reviewer reads first, all in the 总计 column: 一、新收,
// 二、上年结转, （一）予以公开, （二）部分公开, the group sums （三）不予公开 … （六）其他处理 (which the
// official layout does not carry, so they are computed here and keyed t3.denied.total,
// t3.unable.total, t3.rejected.total, t3.other.total), （七）总计 and 四、结转下年度.
// Their labels are the row labels alone.
func mainRows(a, b *report.Report) []Row {
	t3, _ := schema.TableByKey("t3")
	blk := &t3.Blocks[0]
	total := totalColumn(blk)
	var out []Row
	seen := map[string]bool{}
	for ri := range blk.Rows {
		row := &blk.Rows[ri]
		if row.Sub == "" {
			key := schema.CellKey(t3.Key, row.Key, total)
			out = append(out, newRow(key, row.Label, a.Get(key), b.Get(key), false))
			continue
		}
		group, _, _ := strings.Cut(row.Key, ".")
		if seen[group] {
			continue
		}
		seen[group] = true
		keys := groupCells(blk, row.Sub, t3.Key, total)
		key := schema.CellKey(t3.Key, group, total)
		out = append(out, newRow(key, row.Sub, sumOf(a, keys), sumOf(b, keys), false))
	}
	return out
}

// totalColumn returns the key of a block's 总计 column.
func totalColumn(blk *schema.Block) string {
	for _, c := range blk.Columns {
		if c.Total {
			return c.Key
		}
	}
	return ""
}

// groupCells returns the cell keys, in column col, of the rows under the sub-group label sub.
func groupCells(blk *schema.Block, sub, table, col string) []string {
	var keys []string
	for _, r := range blk.Rows {
		if r.Sub == sub {
			keys = append(keys, schema.CellKey(table, r.Key, col))
		}
	}
	return keys
}

// cellSource reads cells by key: a report, or one year of a comparison.
type cellSource interface {
	Get(key string) report.Value
}

// yearView reads the values of one year (0 base, 1 later) from a comparison.
type yearView struct {
	c    *Comparison
	year int
}

// Get returns the year's value of a cell key.
func (v yearView) Get(key string) report.Value {
	if i := schema.Index(key); i >= 0 {
		return v.c.Rows[i].Values[v.year]
	}
	return report.Value{}
}

// sumOf adds cells the way the report's own totals do: blank when all are blank, not applicable
// when none is a number but one is marked so, otherwise the sum of the numbers.
func sumOf(r cellSource, keys []string) report.Value {
	var sum report.Fixed
	numbers, na := false, false
	for _, k := range keys {
		switch v := r.Get(k); v.State {
		case report.Number:
			sum += v.N
			numbers = true
		case report.NotApplicable:
			na = true
		}
	}
	switch {
	case numbers:
		return report.Num(sum)
	case na:
		return report.Value{State: report.NotApplicable}
	}
	return report.Value{}
}
