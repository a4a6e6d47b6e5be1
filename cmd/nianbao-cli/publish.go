package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"nianbao/data/store"
)

// dueText says where a listed report stands against its due date, as the start screen does.
func dueText(s store.Summary) string {
	switch {
	case s.Published != "" && s.Late:
		return fmt.Sprintf("%s 发布（逾期 %d 天）", s.Published, s.Days)
	case s.Published != "":
		return s.Published + " 发布"
	case s.Late:
		return fmt.Sprintf("已逾期 %d 天", s.Days)
	}
	return fmt.Sprintf("距截止 %d 天", -s.Days)
}

// dbPublish records a report's 发布日期 and URL: `db publish AGENCY YEAR --date D [--url U]`.
func dbPublish(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	pos, date, url := a.pos, a.date, a.url
	year, err := parseYear(pos[1])
	if err != nil {
		printErr(stderr, "db publish", err)
		return 2
	}
	if _, err := st.SetPublication(ctx, pos[0], year, date, url); err != nil {
		printErr(stderr, "db publish", err)
		if errors.Is(err, store.ErrNotFound) {
			fmt.Fprintln(stderr, "用 nianbao-cli db list 查看库中有哪些报告。")
		}
		return 2
	}
	list, err := st.List(ctx)
	if err != nil {
		printErr(stderr, "db publish", err)
		return 2
	}
	for _, s := range list {
		if s.Agency == pos[0] && s.Year == year {
			fmt.Fprintf(stdout, "%s %d年：截止日期 %s，%s\n", s.Agency, s.Year, s.Due.Format("2006-01-02"), dueText(s))
		}
	}
	return 0
}
