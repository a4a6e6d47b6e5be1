// Package rollup adds up the tables of several agencies' reports for one year into the report of
// the agency above them — a 县人民政府 over its departments and 乡镇, a 主管部门 over its units —
// so that nobody re-types dozens of tables. The narrative stays the parent's own to write.
package rollup

import (
	"fmt"
	"strings"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// Result is a roll-up: the summed cells of tables 2–4 and what a person should check about them.
type Result struct {
	Cells []report.Value // indexed like report.Report.Cells
	Notes []string
}

// Sum adds the parts' cells one by one, totals included, so that a part's wrong total shows in
// the sum as well. A cell is blank when no part has a number in it. A part's blank or "/" cell
// counts as nothing while another part has a number there; a note names the part, since the sum
// may then be too low; so is a part whose own totals do not add up. A part in the 2019 trial format, whose tables do not map onto these, and
// a fee written in 元 rather than 万元 are left out, with a note.
func Sum(parts []*report.Report) Result {
	res := Result{Cells: make([]report.Value, schema.NumCells())}
	var names []string
	for _, p := range parts {
		names = append(names, p.Meta.Agency)
	}
	res.Notes = append(res.Notes, fmt.Sprintf("汇总自 %d 个单位的报告：%s", len(parts), strings.Join(names, "、")))
	var used []*report.Report
	for _, p := range parts {
		if p.Meta.Format != schema.Format {
			res.Notes = append(res.Notes, fmt.Sprintf("「%s」的报告是%s年试行格式，表格未计入", p.Meta.Agency, p.Meta.Format))
			continue
		}
		used = append(used, p)
	}
	for i := range res.Cells {
		for _, p := range used {
			v := p.Cells[i]
			if v.State != report.Number || schema.CellAt(i).Kind == schema.Money && p.Source.FeeInYuan {
				continue
			}
			res.Cells[i] = report.Num(res.Cells[i].N + v.N)
		}
	}
	for _, p := range used {
		if errs := len(rules.Arithmetic(p)); errs > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("「%s」的表格有 %d 处合计不符，汇总后的合计也会不符，请先在该单位的报告中改正", p.Meta.Agency, errs))
		}
		if p.Source.FeeInYuan {
			res.Notes = append(res.Notes, fmt.Sprintf("「%s」的收费金额按“元”填写，未计入（汇总按“万元”）", p.Meta.Agency))
		}
		if invalid := invalidIn(p); len(invalid) > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("「%s」有 %d 个单元格填写的不是数值，未计入，请先在该单位的报告中改正：%s", p.Meta.Agency, len(invalid), listCells(invalid)))
		}
		if missing := missingIn(p, res.Cells); len(missing) > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("「%s」有 %d 个单元格空白或为“/”，按 0 汇总：%s", p.Meta.Agency, len(missing), listCells(missing)))
		}
	}
	return res
}

// Into puts the roll-up into the parent's report: its cells are replaced, its metadata and
// narrative stay. Its totals are taken as summed rather than computed, so that an error in a
// part's totals shows in the parent's check.
func (res Result) Into(r *report.Report) {
	copy(r.Cells, res.Cells)
	r.Meta.AutoTotals = false
	r.Source = report.Source{ImportNotes: append([]string(nil), res.Notes...)}
}

// missingIn lists the cells p left blank or marked "/" while the sum has a number.
func missingIn(p *report.Report, sum []report.Value) []int {
	var out []int
	for i, v := range p.Cells {
		if (v.State == report.Blank || v.State == report.NotApplicable) && sum[i].State == report.Number {
			out = append(out, i)
		}
	}
	return out
}

// invalidIn lists the cells of p holding text that is no value.
func invalidIn(p *report.Report) []int {
	var out []int
	for i, v := range p.Cells {
		if v.State == report.Invalid {
			out = append(out, i)
		}
	}
	return out
}

// listCells names the first few cells of a list.
func listCells(cells []int) string {
	const shown = 3
	var labels []string
	for _, i := range cells[:min(shown, len(cells))] {
		labels = append(labels, schema.CellAt(i).Label())
	}
	s := strings.Join(labels, "、")
	if len(cells) > shown {
		s += "等"
	}
	return s
}
