package rules

import (
	"fmt"
	"slices"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// SourceText is the input key of the rules that read Source (the importer's notes): a caller
// that changes Source.CellNotes other than through a Fix tells the Checker with
// TextChanged(SourceText).
const SourceText = "source"

// importCheck appends an IMPORT-CHECK warning for every cell the importer did not read as
// plainly written (cut from digits run together by the sums, or read under the nearest row
// label), until the user has compared it with the original: the fix 「已核对」 clears the note,
// and so does typing the cell.
func importCheck(r *report.Report, out []Finding) []Finding {
	var cells []*schema.Cell
	for k := range r.Source.CellNotes {
		if c, ok := schema.Lookup(k); ok && r.Cells[c.Index].State != report.Blank {
			cells = append(cells, c)
		}
	}
	slices.SortFunc(cells, func(a, b *schema.Cell) int { return a.Index - b.Index })
	for _, c := range cells {
		k := c.Key
		out = append(out, Finding{Rule: "IMPORT-CHECK", Severity: Warning, Cells: []string{k}, Section: c.Table.Section,
			ID: "IMPORT-CHECK/" + k, Fixes: []Fix{{Label: "已核对", Confirm: []string{k}}},
			Message: fmt.Sprintf("%s：%s", c.Label(), r.Source.CellNotes[k])})
	}
	return out
}
