package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"nianbao/data/errtext"
	"nianbao/data/export/issuefile"
	"nianbao/data/issuelist"
	"nianbao/data/store"
)

// dbFindings writes the 问题清单 of a parent's units for a year: `db findings PARENT YEAR -o FILE`.
func dbFindings(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	pos, out := a.pos, a.out
	format, _ := issuefile.ForPath(out) // checked by the command's valid
	year, err := parseYear(pos[1])
	if err != nil {
		printErr(stderr, "db findings", err)
		return 2
	}
	l, err := issuelist.Collect(ctx, st, pos[0], year, time.Now())
	if err != nil {
		printErr(stderr, "db findings", err)
		return 2
	}
	if len(l.Units) == 0 {
		fmt.Fprintf(stderr, "nianbao-cli db findings：「%s」还没有下级单位。汇总一次（db rollup），或用 db units … --set 写出下级单位。\n", pos[0])
		return 2
	}
	var buf bytes.Buffer
	if err := format.Write(&buf, l); err != nil {
		printErr(stderr, "db findings", err)
		return 2
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db findings：无法写入「%s」：%s\n", out, errtext.Of(err))
		return 2
	}
	t := l.Total()
	fmt.Fprintf(stdout, "已写入 %s：%d 个单位，待修改的问题 %d 条（错误 %d，警告 %d，提示 %d），已核实 %d 条\n",
		out, len(l.Units), t.Errors+t.Warnings+t.Infos, t.Errors, t.Warnings, t.Infos, t.Verified)
	return 0
}
