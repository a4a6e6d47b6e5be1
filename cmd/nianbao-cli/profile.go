package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"nianbao/data/errtext"
	"nianbao/data/rules"
	"nianbao/data/store"
)

// readProfile reads a rule profile file.
func readProfile(path string) (*rules.Profile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取规则配置文件 %s：%v", path, err)
	}
	p, err := rules.ParseProfile(data)
	if err != nil {
		return nil, fmt.Errorf("%s：%v", path, err)
	}
	return p, nil
}

// dbProfile shows, sets or clears the rule profile the history store counts by (the app's
// 设置 › 规则配置 sets the same): `db profile [show | set FILE | clear]`.
func dbProfile(ctx context.Context, st *store.Store, a dbArgs, stdout, stderr io.Writer) int {
	args := a.pos
	switch {
	case len(args) == 0 || (len(args) == 1 && args[0] == "show"):
		p, _, err := st.Profile(ctx)
		if err != nil {
			printErr(stderr, "db profile", err)
			return 2
		}
		fmt.Fprintln(stdout, profileText(p))
		return 0
	case len(args) == 2 && args[0] == "set":
		data, err := os.ReadFile(args[1])
		if err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db profile：无法读取规则配置文件「%s」：%s\n", args[1], errtext.Of(err))
			return 2
		}
		p, err := st.SetProfile(ctx, data)
		if err != nil {
			fmt.Fprintf(stderr, "nianbao-cli db profile：%s：%s\n", args[1], errtext.Of(err))
			return 2
		}
		fmt.Fprintf(stdout, "已启用规则配置，库中报告已按它重新计数。%s\n", profileText(p))
		return 0
	default: // clear; the command's valid has checked the arguments
		if _, err := st.SetProfile(ctx, nil); err != nil {
			printErr(stderr, "db profile", err)
			return 2
		}
		fmt.Fprintln(stdout, "已停用规则配置，只用全国规则；库中报告已重新计数。")
		return 0
	}
}

// profileText says which rules are in force.
func profileText(p *rules.Profile) string {
	if p == nil {
		return "当前只用全国规则（未启用本地规则配置）。"
	}
	s := "当前规则配置：" + p.Name
	for _, line := range p.Lines() {
		s += "\n  " + line
	}
	return s
}
