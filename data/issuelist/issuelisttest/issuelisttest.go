// Package issuelisttest builds a 问题清单 for the exporters' tests from a store of real-looking
// reports: units that have not reported, drafts with errors, a final report, a published one,
// and a finding marked 已核实 with its note.
package issuelisttest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"nianbao/data/issuelist"
	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/store"
)

// Parent is the agency whose units the sample lists.
const Parent = "某某县人民政府"

// Made is the day the sample list is made.
var Made = time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC)

// Store returns a store holding the sample units' reports for the seed's year, with their units
// set, and that year.
func Store(t testing.TB) (*store.Store, int) {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	seed := reporttest.Seed(t)
	year := seed.Meta.Year
	unit := func(name string, change func(r *report.Report)) {
		r := seed.Clone()
		r.Meta.Agency = name
		change(r)
		if _, err := st.Save(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	unit("甲镇人民政府", func(r *report.Report) {
		r.Set("t3.new.natural", report.Count(r.Get("t3.new.natural").N.Whole()+3))
		r.Set("t4.review.total", report.Count(9))
		r.SetText("s6", "")
		r.SetText("s5", "无")
	})
	unit("乙镇人民政府", func(r *report.Report) { r.SetText("s1.active", "") })
	unit("丙镇人民政府", func(r *report.Report) { r.Meta.Published = fmt.Sprintf("%d-01-20", year+1) })
	unit("城关镇人民政府", func(r *report.Report) {
		r.SetText("s1.oversight", "本年度加强了监督保障。")
		r.Set("t2.fees.amount", report.Count(250000))
	})
	if err := st.SetStatus(ctx, "乙镇人民政府", year, report.StatusFinal); err != nil {
		t.Fatal(err)
	}
	if err := st.SetDecision(ctx, "城关镇人民政府", year, "T2-FEES-UNIT", "已与财政部门核对，本年收费确为25亿元（含土地出让相关收费）。"); err != nil {
		t.Fatal(err)
	}
	if err := st.SetUnits(ctx, Parent, []string{"甲镇人民政府", "乙镇人民政府", "丙镇人民政府", "城关镇人民政府", "丁镇人民政府"}); err != nil {
		t.Fatal(err)
	}
	return st, year
}

// List returns the sample 问题清单.
func List(t testing.TB) *issuelist.List {
	t.Helper()
	st, year := Store(t)
	l, err := issuelist.Collect(context.Background(), st, Parent, year, Made)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
