package main

import (
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// reportJSON is one element of the JSON that `check --json` and `db show --json` print; its field
// names are the stable contract of the spec (add fields, never rename or drop them).
type reportJSON struct {
	File   string                   `json:"file"`
	Agency string                   `json:"agency"`
	Year   int                      `json:"year"`
	Format string                   `json:"format"`
	Cells  map[string]*report.Fixed `json:"cells"`
	// Invalid holds the cells whose text is no value, as written (null in cells; CELL-INVALID).
	Invalid  map[string]string `json:"invalid,omitempty"`
	Findings []rules.Finding   `json:"findings"`
}

// newReportJSON builds the element for report r read from file (for a stored report, the name it
// is known by) with its findings: every cell of tables 2–4 as a number, or null when blank or not
// applicable.
func newReportJSON(file string, r *report.Report, fs []rules.Finding) reportJSON {
	j := reportJSON{File: file, Agency: r.Meta.Agency, Year: r.Meta.Year, Format: r.Meta.Format,
		Cells: make(map[string]*report.Fixed, schema.NumCells()), Findings: make([]rules.Finding, len(fs))}
	for i, c := range schema.Cells() {
		switch v := r.Cells[i]; v.State {
		case report.Number:
			j.Cells[c.Key] = &v.N
		case report.Invalid:
			j.Cells[c.Key] = nil
			if j.Invalid == nil {
				j.Invalid = map[string]string{}
			}
			j.Invalid[c.Key] = v.Text
		default:
			j.Cells[c.Key] = nil
		}
	}
	for i, f := range fs {
		if f.Cells == nil {
			f.Cells = []string{} // the contract shows a list, never null
		}
		j.Findings[i] = f
	}
	return j
}
