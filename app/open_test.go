//go:build !windows

package app

import (
	"slices"
	"testing"
)

// The path is passed as one argument, untouched, whatever characters it holds.
func TestOpenCommandPassesThePathAsOneArgument(t *testing.T) {
	path := "/home/张三/年度 报告/2023 年 & 附件.pdf"
	for goos, want := range map[string]string{"linux": "xdg-open", "freebsd": "xdg-open", "darwin": "open"} {
		name, args := openCommand(goos, path)
		if name != want || !slices.Equal(args, []string{path}) {
			t.Errorf("%s: %s %q, want %s [%q]", goos, name, args, want, path)
		}
	}
}
