package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"nianbao/data/export/issuefile"
	"nianbao/data/issuelist"
	"nianbao/data/store"
)

// dbFindings writes the 问题清单 of a parent's units for a year: `db findings PARENT YEAR -o FILE`.
func dbFindings(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	const usage = "用法：nianbao-cli db findings 本机关 年度 -o 输出文件.docx|.xlsx"
	var pos []string
	out := ""
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case (a == "-o" || a == "--out") && i+1 < len(args):
			out = args[i+1]
			i++
		case strings.HasPrefix(a, "-o="), strings.HasPrefix(a, "--out="):
			_, out, _ = strings.Cut(a, "=")
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) != 2 || out == "" {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	format, ok := issuefile.ForPath(out)
	if !ok {
		fmt.Fprintf(stderr, "nianbao-cli db findings：输出文件 %s 应以 .docx 或 .xlsx 结尾\n", out)
		return 2
	}
	year, err := parseYear(pos[1])
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db findings：%v\n", err)
		return 2
	}
	l, err := issuelist.Collect(ctx, st, pos[0], year, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db findings：%v\n", err)
		return 2
	}
	if len(l.Units) == 0 {
		fmt.Fprintf(stderr, "nianbao-cli db findings：「%s」还没有下级单位。汇总一次（db rollup），或用 db units … --set 写出下级单位。\n", pos[0])
		return 2
	}
	var buf bytes.Buffer
	if err := format.Write(&buf, l); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db findings：%v\n", err)
		return 2
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db findings：无法写入 %s：%v\n", out, err)
		return 2
	}
	t := l.Total()
	fmt.Fprintf(stdout, "已写入 %s：%d 个单位，待修改的问题 %d 条（错误 %d，警告 %d，提示 %d），已核实 %d 条\n",
		out, len(l.Units), t.Errors+t.Warnings+t.Infos, t.Errors, t.Warnings, t.Infos, t.Verified)
	return 0
}
