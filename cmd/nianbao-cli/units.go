package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"nianbao/data/report"
	"nianbao/data/store"
)

// unitJSON is one element of `db units --json`, the spec's contract.
type unitJSON struct {
	Unit     string          `json:"unit"`
	State    store.UnitState `json:"state"`
	Late     bool            `json:"late"`
	Due      string          `json:"due"`
	Errors   int             `json:"errors"`
	Warnings int             `json:"warnings"`
}

// dbUnits prints a parent's units with the state of their reports for a year:
// `db units PARENT YEAR [--json]`; `--set UNIT...` first makes those exactly its units.
func dbUnits(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	asJSON, rest, set, setting := a.json, a.pos[:2], a.pos[2:], a.set
	parent := rest[0]
	year, err := parseYear(rest[1])
	if err != nil {
		printErr(stderr, "db units", err)
		return 2
	}
	if setting {
		if err := st.SetUnits(ctx, parent, set); err != nil {
			printErr(stderr, "db units", err)
			return 2
		}
	}
	rows, err := st.Board(ctx, parent, year)
	if err != nil {
		printErr(stderr, "db units", err)
		return 2
	}
	if asJSON {
		out := make([]unitJSON, len(rows))
		for i, r := range rows {
			out[i] = unitJSON{Unit: r.Unit, State: r.State, Late: r.Late, Due: report.FormatDate(r.Due),
				Errors: r.Errors, Warnings: r.Warnings}
		}
		if err := writeJSON(stdout, out); err != nil {
			printErr(stderr, "db units", err)
			return 2
		}
		return 0
	}
	if len(rows) == 0 {
		fmt.Fprintf(stdout, "「%s」还没有下级单位。汇总一次（db rollup），或用 --set 写出下级单位。\n", parent)
		return 0
	}
	for _, r := range rows {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t错误 %d\t警告 %d\n", r.Unit, r.State.Label(),
			dueText(store.Summary{Due: r.Due, Late: r.Late, Days: r.Days, Published: r.Published}), r.Errors, r.Warnings)
	}
	return 0
}

// missingNote names the units with no report for the year, for the roll-up.
func missingNote(missing []string, year int) string {
	return fmt.Sprintf("以下 %d 个单位还没有%d年的报告，未计入汇总：%s", len(missing), year, strings.Join(missing, "、"))
}
