package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDBRename(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if code, _, errOut := runDBCmd(t, db, "import", seedFile); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := runDBCmd(t, db, "rename", "孟津区西霞院街道办事处", "西霞院街道办事处")
	if code != 0 || !strings.Contains(out, "已改为「西霞院街道办事处」") {
		t.Fatalf("rename: %d %q %q", code, out, errOut)
	}
	if _, out, _ := runDBCmd(t, db, "list"); !strings.HasPrefix(out, "西霞院街道办事处\t2023年") {
		t.Errorf("list after rename: %q", out)
	}
	for _, args := range [][]string{{"rename", "没有这个机关", "新名称"}, {"rename", "西霞院街道办事处"}} {
		if code, _, errOut := runDBCmd(t, db, args...); code != 2 || errOut == "" {
			t.Errorf("%q: exit %d, %q", args, code, errOut)
		}
	}
}
