package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// listed decodes `db list --json` into the fields of the contract and the due-date additions.
func listed(t *testing.T, path string) []map[string]any {
	t.Helper()
	code, out, errOut := runDBCmd(t, path, "list", "--json")
	if code != 0 {
		t.Fatalf("list: %s", errOut)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	return list
}

// db publish records the 发布日期 and URL; db list --json shows due, published, url and late.
func TestDBPublish(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nianbao.db")
	file := writeReport(t, dir, yearReport(2020, nil, nil))
	if code, _, errOut := runDBCmd(t, path, "import", file); code != 0 {
		t.Fatal(errOut)
	}
	list := listed(t, path)
	if len(list) != 1 || list[0]["due"] != "2021-01-31" || list[0]["published"] != nil || list[0]["url"] != "" || list[0]["late"] != true {
		t.Fatalf("before publication: %v", list)
	}
	warnings := list[0]["warnings"].(float64)
	code, out, errOut := runDBCmd(t, path, "publish", dbAgency, "2020年", "--date", "2021年1月20日", "--url=https://example.gov.cn/2020.html")
	if code != 0 || !strings.Contains(out, "截止日期 2021-01-31，2021-01-20 发布") {
		t.Fatalf("publish: %d %q %q", code, out, errOut)
	}
	list = listed(t, path)
	if list[0]["published"] != "2021-01-20" || list[0]["url"] != "https://example.gov.cn/2020.html" || list[0]["late"] != false ||
		list[0]["warnings"].(float64) != warnings-1 {
		t.Fatalf("after publication: %v (warnings before %v)", list, warnings)
	}
	if code, _, errOut := runDBCmd(t, path, "publish", dbAgency, "2020", "--date", "2021-02-30"); code != 2 || !strings.Contains(errOut, "不存在") {
		t.Errorf("a day that does not exist: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, path, "publish", dbAgency, "2020"); code != 2 || !strings.Contains(errOut, "用法") {
		t.Errorf("without --date: %d %q", code, errOut)
	}
	if code, _, errOut := runDBCmd(t, path, "publish", "没有的单位", "2020", "--date", "2021-01-02"); code != 2 || !strings.Contains(errOut, "db list") {
		t.Errorf("unknown report: %d %q", code, errOut)
	}
	if code, out, _ := runDBCmd(t, path, "list"); code != 0 || !strings.Contains(out, "2021-01-20 发布") {
		t.Errorf("list: %q", out)
	}
}
