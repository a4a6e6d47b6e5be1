package rules

import (
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
)

// Every imported cell with a note is reported until it is confirmed; blank cells and keys that
// are no cell are passed over.
func TestImportCheck(t *testing.T) {
	r := reporttest.Seed(t)
	r.Set("t3.new.natural", report.Count(64))
	r.Source.CellNotes = map[string]string{
		"t3.new.natural":  "第10行：表三“一、本年新收政府信息公开申请数量”行的数字连在一起，已按……拆分（由合计推断）",
		"t2.rules.issued": "第3行：行名“规草”与格式中的“规章”最接近",
		"t9.nothing":      "a key from a hostile file",
	}
	r.Set("t2.rules.issued", report.Value{})
	c := Env{}.NewChecker(r, nil)
	var got []Finding
	for _, f := range c.Findings() {
		if f.Rule == "IMPORT-CHECK" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Cells[0] != "t3.new.natural" || got[0].Severity != Warning ||
		!strings.Contains(got[0].Message, "由合计推断") || got[0].Fixes[0].Label != "已核对" {
		t.Fatalf("findings %+v", got)
	}
	got[0].Fixes[0].Apply(r)
	c.TextChanged(SourceText)
	for _, f := range c.Findings() {
		if f.Rule == "IMPORT-CHECK" {
			t.Errorf("after 已核对: %+v", f)
		}
	}
}
