package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"nianbao/data/store"
)

// dbRollUp sums the units' tables into the parent's report for a year and says what it did and
// what the sum left out.
func dbRollUp(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	args := a.pos
	parent := args[0]
	year, err := parseYear(args[1])
	if err != nil {
		printErr(stderr, "db rollup", err)
		return 2
	}
	units := args[2:]
	if len(units) == 0 {
		if units, err = st.Units(ctx, parent); err != nil {
			printErr(stderr, "db rollup", err)
			return 2
		}
		if len(units) == 0 {
			fmt.Fprintf(stderr, "nianbao-cli db rollup：「%s」还没有汇总过下级单位，请在命令后写出要汇总的单位名称\n", parent)
			return 2
		}
		missing, err := st.Missing(ctx, parent, year)
		if err != nil {
			printErr(stderr, "db rollup", err)
			return 2
		}
		if len(missing) > 0 {
			fmt.Fprintln(stderr, missingNote(missing, year))
			units = slices.DeleteFunc(units, func(u string) bool { return slices.Contains(missing, u) })
		}
		if len(units) == 0 {
			fmt.Fprintf(stderr, "nianbao-cli db rollup：「%s」的下级单位都还没有%d年的报告，没有可汇总的\n", parent, year)
			return 2
		}
	}
	r, info, outcome, err := st.RollUp(ctx, parent, year, units)
	if err != nil {
		printErr(stderr, "db rollup", err)
		return 2
	}
	fmt.Fprintf(stdout, "%s %d年：%s，汇总 %d 个单位，错误 %d 个，警告 %d 个，空白单元格 %d 个\n",
		parent, year, importOutcomeText[outcome], len(units), info.Errors, info.Warnings, info.Blanks)
	for _, n := range r.Source.ImportNotes {
		fmt.Fprintf(stdout, "  %s\n", n)
	}
	return 0
}
