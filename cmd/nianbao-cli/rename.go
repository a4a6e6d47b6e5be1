package main

import (
	"context"
	"fmt"
	"io"

	"nianbao/data/store"
)

// dbRename gives an agency's reports of every year a new name, merging with an agency already of
// that name.
func dbRename(ctx context.Context, st *store.Store, args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 {
		fmt.Fprintln(stderr, "用法：nianbao-cli db rename 原名称 新名称")
		return 2
	}
	if err := st.RenameAgency(ctx, args[0], args[1]); err != nil {
		fmt.Fprintf(stderr, "nianbao-cli db rename：%v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "「%s」的报告已改为「%s」\n", args[0], args[1])
	return 0
}
