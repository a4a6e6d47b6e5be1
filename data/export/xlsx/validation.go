package xlsx

import (
	"cmp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"nianbao/data/schema"
)

// rect is a block of input cells of one kind, validated together.
type rect struct {
	r1, c1, r2, c2 int
	kind           schema.Kind
}

// inputRects groups the input (non-total) cells of a layout into as few rectangles as possible:
// runs of adjacent cells in a row, then runs stacked in consecutive rows.
func inputRects(l *tableLayout) []rect {
	var inputs []item
	for _, it := range l.items {
		if it.role == roleValue && !schema.CellAt(it.cell).Computed {
			inputs = append(inputs, it)
		}
	}
	slices.SortFunc(inputs, func(a, b item) int { return cmp.Or(cmp.Compare(a.row, b.row), cmp.Compare(a.col, b.col)) })
	var runs []rect
	for _, it := range inputs {
		kind := schema.CellAt(it.cell).Kind
		if n := len(runs); n > 0 && runs[n-1].r1 == it.row && runs[n-1].c2+1 == it.col && runs[n-1].kind == kind {
			runs[n-1].c2 = it.col + it.cols - 1
			continue
		}
		runs = append(runs, rect{r1: it.row, c1: it.col, r2: it.row, c2: it.col + it.cols - 1, kind: kind})
	}
	var out []rect
	for _, run := range runs {
		merged := false
		for i := range out {
			o := &out[i]
			if o.c1 == run.c1 && o.c2 == run.c2 && o.kind == run.kind && o.r2+1 == run.r1 {
				o.r2, merged = run.r2, true
				break
			}
		}
		if !merged {
			out = append(out, run)
		}
	}
	return out
}

// Validation formulas; X stands for the top-left cell of the validated range, and Excel applies
// the formula to every other cell of the range relative to it.
const (
	countRule = `OR(X="/",AND(ISNUMBER(X),X>=0,X=INT(X)))`
	moneyRule = `OR(X="/",AND(ISNUMBER(X),X>=0,X=ROUND(X,4)))`
)

// addValidations lets only what the format allows into the input cells: a whole number ≥ 0
// (an amount ≥ 0 with at most 4 decimals in the fee cell), or "/" where a cell does not apply.
func addValidations(f *excelize.File, sheet string, l *tableLayout) error {
	for _, r := range inputRects(l) {
		tl := cellName(r.c1, r.r1)
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(tl + ":" + cellName(r.c2, r.r2))
		dv.Type = "custom"
		if r.kind == schema.Money {
			dv.Formula1 = escapeFormula(strings.ReplaceAll(moneyRule, "X", tl))
			dv.SetError(excelize.DataValidationErrorStyleStop, "金额不正确",
				"请填写不小于 0 的金额，单位为万元，最多 4 位小数；不适用的填写“/”。")
		} else {
			dv.Formula1 = escapeFormula(strings.ReplaceAll(countRule, "X", tl))
			dv.SetError(excelize.DataValidationErrorStyleStop, "数量不正确",
				"请填写不小于 0 的整数，没有发生的填写 0；不适用的填写“/”。")
		}
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	return nil
}
