// Package rules checks a report against the rule catalogue of the 2021 format: the arithmetic of
// tables 3 and 4, cell states, the narrative, and continuity with last year's report. A Checker
// re-runs only the rules that read an edited cell, for live validation while typing.
package rules

import "nianbao/data/report"

// Severity grades a finding.
type Severity string

// Severities of the catalogue.
const (
	// Error: the report is wrong; blocks marking it final.
	Error Severity = "error"
	// Warning: probably wrong; needs a person's look.
	Warning Severity = "warning"
	// Info: advice.
	Info Severity = "info"
)

// Finding is one result of a rule: what is wrong, where, and how to mend it.
type Finding struct {
	Rule     string        `json:"rule"`
	Severity Severity      `json:"severity"`
	Cells    []string      `json:"cells"`
	Expected *report.Fixed `json:"expected"`
	Actual   *report.Fixed `json:"actual"`
	Message  string        `json:"message"`
	Section  string        `json:"section"`
	// ID names the rule and its subject ("T3-ROW-SUM/t3.new"), not the values, so a reviewer's
	// decision on a finding survives edits elsewhere in the report.
	ID    string `json:"id"`
	Fixes []Fix  `json:"fixes,omitempty"`
}

// Fix is a proposed correction: cells to set, or imported cells the user has compared with the
// original (their Source.CellNotes are removed).
type Fix struct {
	Label   string                  `json:"label"`
	Set     map[string]report.Value `json:"set"`
	Confirm []string                `json:"confirm,omitempty"`
}

// Apply writes the fix into r.
func (f Fix) Apply(r *report.Report) {
	for k, v := range f.Set {
		r.Set(k, v)
	}
	for _, k := range f.Confirm {
		delete(r.Source.CellNotes, k)
	}
}

// Counts tallies findings by severity.
func Counts(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// BlankCells counts the cells of tables 2–4 that were never filled.
func BlankCells(r *report.Report) int {
	n := 0
	for _, v := range r.Cells {
		if v.State == report.Blank {
			n++
		}
	}
	return n
}

func fixed(f report.Fixed) *report.Fixed { return &f }
