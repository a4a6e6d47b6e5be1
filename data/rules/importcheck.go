package rules

import (
	"fmt"
	"slices"
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// ImportCheck is the id of the rule that reports cells an importer inferred.
const ImportCheck = "IMPORT-CHECK"

// SourceText is the input key of the rules that read Source (the importer's notes): a caller
// that changes Source.CellNotes other than through a Fix tells the Checker with
// TextChanged(SourceText).
const SourceText = "source"

// importCheck appends an IMPORT-CHECK warning for every group of cells the importer did not read
// as plainly written (a row cut from digits run together by the sums, or read under the nearest
// row label: the cells that share a note), until the user has compared them with the original:
// the fix 「已核对」 clears the notes, and typing a cell clears its own.
func importCheck(r *report.Report, out []Finding) []Finding {
	var cells []*schema.Cell
	for k := range r.Source.CellNotes {
		if c, ok := schema.Lookup(k); ok && r.Cells[c.Index].State != report.Blank {
			cells = append(cells, c)
		}
	}
	slices.SortFunc(cells, func(a, b *schema.Cell) int { return a.Index - b.Index })
	var notes []string
	byNote := map[string][]*schema.Cell{}
	for _, c := range cells {
		n := r.Source.CellNotes[c.Key]
		if byNote[n] == nil {
			notes = append(notes, n)
		}
		byNote[n] = append(byNote[n], c)
	}
	for _, n := range notes {
		group := byNote[n]
		keys := make([]string, len(group))
		for i, c := range group {
			keys[i] = c.Key
		}
		first := group[0]
		out = append(out, Finding{Rule: ImportCheck, Severity: Warning, Cells: keys, Section: first.Table.Section,
			ID: ImportCheck + "/" + first.Key, Fixes: []Fix{{Label: "已核对", Confirm: keys}},
			Message: fmt.Sprintf("%s：%s", cellsRead(r, group), n)})
	}
	return out
}

// cellsRead names cells with their values as read: those of one row by its label and their
// columns (「表三 一、本年新收政府信息公开申请数量（自然人 64、商业企业 0、…、总计 70）」), those of
// several rows by the table and each cell's row and column.
func cellsRead(r *report.Report, cells []*schema.Cell) string {
	row, _, _ := strings.Cut(cells[0].Label(), " · ")
	oneRow := true
	for _, c := range cells {
		oneRow = oneRow && c.Row == cells[0].Row
	}
	var vals []string
	for _, c := range cells {
		name := c.Column.ShortLabel()
		if !oneRow {
			// 表四's fifteen values under three groups: each named by its group too.
			_, name, _ = strings.Cut(c.Label(), " ")
		}
		vals = append(vals, name+" "+r.Cells[c.Index].String())
	}
	if !oneRow {
		row = cells[0].Table.Name
	}
	return row + "（" + strings.Join(vals, "、") + "）"
}
