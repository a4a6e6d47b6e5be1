package issuelist_test

import (
	"strings"
	"testing"

	"nianbao/data/issuelist"
	"nianbao/data/issuelist/issuelisttest"
	"nianbao/data/rules"
	"nianbao/data/store"
)

func TestCollect(t *testing.T) {
	l := issuelisttest.List(t)
	if len(l.Units) != 5 {
		t.Fatalf("%d units", len(l.Units))
	}
	byName := map[string]*issuelist.Unit{}
	for i := range l.Units {
		byName[l.Units[i].Unit] = &l.Units[i]
	}
	if u := byName["丁镇人民政府"]; u.State != store.UnitMissing || len(u.Open) != 0 || !u.Late {
		t.Errorf("丁镇: %+v", u)
	}
	a := byName["甲镇人民政府"]
	if a.Open[0].Severity != rules.Error {
		t.Errorf("errors are not first: %+v", a.Open[0])
	}
	var rowSum *issuelist.Item
	for i, it := range a.Open {
		if it.Rule == "T3-ROW-SUM" {
			rowSum = &a.Open[i]
		}
	}
	if rowSum == nil || rowSum.Expected == "" || rowSum.Actual == "" || rowSum.Section != "三、收到和处理政府信息公开申请情况" ||
		!strings.Contains(rowSum.CellText(), "自然人") {
		t.Errorf("T3-ROW-SUM item: %+v", rowSum)
	}
	c := byName["城关镇人民政府"]
	if len(c.Verified) != 1 || c.Verified[0].Rule != "T2-FEES-UNIT" || !strings.Contains(c.Verified[0].Note, "财政部门") {
		t.Errorf("verified: %+v", c.Verified)
	}
	for _, it := range c.Open {
		if it.Rule == "T2-FEES-UNIT" {
			t.Error("a verified finding is listed as open")
		}
	}
	common := l.Common(3)
	if len(common) == 0 || common[0].Units < common[len(common)-1].Units {
		t.Errorf("common: %+v", common)
	}
	overview := strings.Join(l.Overview(), "")
	if !strings.Contains(overview, "下级单位共 5 个：已发布 1 个，定稿 1 个，草稿 2 个，未报 1 个") || !strings.Contains(overview, "已核实无需修改的 1 条") {
		t.Errorf("overview: %s", overview)
	}
}
