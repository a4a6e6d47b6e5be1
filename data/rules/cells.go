package rules

import (
	"fmt"
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// cellValueRules appends CELL-INVALID, CELL-NEGATIVE and CELL-NOT-INTEGER for one cell.
func cellValueRules(r *report.Report, i int, out []Finding) []Finding {
	v := r.Cells[i]
	c := schema.CellAt(i)
	if v.State == report.Invalid {
		return append(out, Finding{Rule: "CELL-INVALID", Severity: Error, Cells: []string{c.Key},
			Section: c.Table.Section, ID: "CELL-INVALID/" + c.Key,
			Message: fmt.Sprintf("%s：%s", c.Label(), v.Problem())})
	}
	if v.State != report.Number {
		return out
	}
	if v.N < 0 {
		out = append(out, Finding{Rule: "CELL-NEGATIVE", Severity: Error, Cells: []string{c.Key},
			Actual: fixed(v.N), Section: c.Table.Section, ID: "CELL-NEGATIVE/" + c.Key,
			Message: fmt.Sprintf("%s为负数（%s），数量和金额不能小于0", c.Label(), v.N)})
	}
	if c.Kind == schema.Count && !v.N.IsWhole() {
		out = append(out, Finding{Rule: "CELL-NOT-INTEGER", Severity: Error, Cells: []string{c.Key},
			Actual: fixed(v.N), Section: c.Table.Section, ID: "CELL-NOT-INTEGER/" + c.Key,
			Message: fmt.Sprintf("%s应为整数（件数），现为%s", c.Label(), v.N)})
	}
	return out
}

// blankRule appends one CELL-BLANK finding for a table listing its blank cells.
func blankRule(r *report.Report, t *schema.Table, cells []schema.Cell, out []Finding) []Finding {
	var keys []string
	for _, c := range cells {
		if r.Cells[c.Index].State == report.Blank {
			keys = append(keys, c.Key)
		}
	}
	if len(keys) == 0 {
		return out
	}
	var names []string
	for _, k := range keys[:min(3, len(keys))] {
		c, _ := schema.Lookup(k)
		names = append(names, c.Label())
	}
	more := ""
	if len(keys) > 3 {
		more = "等"
	}
	fix := FillBlanks(r, t.Key)
	return append(out, Finding{Rule: "CELL-BLANK", Severity: Warning, Cells: keys, Section: t.Section,
		ID: "CELL-BLANK/" + t.Key, Fixes: []Fix{fix},
		Message: fmt.Sprintf("%s有%d个单元格未填写（%s%s）；没有发生的事项请填0", t.Name, len(keys), strings.Join(names, "、"), more)})
}

// FillBlanks proposes 0 for every blank cell of a table (t2, t3 or t4): the official expectation
// is that every cell is filled, 0 where nothing happened.
func FillBlanks(r *report.Report, table string) Fix {
	fix := Fix{Set: map[string]report.Value{}}
	t, ok := schema.TableByKey(table)
	if !ok {
		return fix
	}
	for _, c := range t.Cells() {
		if r.Cells[c.Index].State == report.Blank {
			fix.Set[c.Key] = report.Count(0)
		}
	}
	fix.Label = fmt.Sprintf("%s空格填0（%d个）", t.Name, len(fix.Set))
	return fix
}

// InvalidCells returns the CELL-INVALID findings of r alone, in form order: the cells whose text is
// no value, each naming the cell and what is wrong, for the warning before an export writes them.
func InvalidCells(r *report.Report) []Finding {
	var out []Finding
	for i, v := range r.Cells {
		if v.State == report.Invalid {
			out = cellValueRules(r, i, out)
		}
	}
	return out
}
