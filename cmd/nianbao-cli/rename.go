package main

import (
	"context"
	"fmt"
	"io"

	"nianbao/data/store"
)

// dbRename gives an agency's reports of every year a new name, merging with an agency already of
// that name.
func dbRename(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	args := a.pos
	if err := st.RenameAgency(ctx, args[0], args[1]); err != nil {
		printErr(stderr, "db rename", err)
		return 2
	}
	fmt.Fprintf(stdout, "「%s」的报告已改为「%s」\n", args[0], args[1])
	return 0
}
