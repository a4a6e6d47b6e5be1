package rollup

import (
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// unit is a consistent report of agency with n new requests from natural persons, all granted,
// and a fee.
func unit(t *testing.T, agency string, n int64, fee report.Fixed) *report.Report {
	t.Helper()
	r := reporttest.Seed(t)
	r.Meta.Agency, r.Meta.Year = agency, 2024
	r.Set("t3.new.natural", report.Count(n))
	r.Set("t3.granted.natural", report.Count(n))
	r.Set("t2.fees.amount", report.Num(fee))
	r.ComputeTotals()
	return r
}

func TestSumAddsEveryCell(t *testing.T) {
	a := unit(t, "甲镇人民政府", 3, 1234500)
	b := unit(t, "乙镇人民政府", 4, 100)
	res := Sum([]*report.Report{a, b})
	parent := report.New("某县人民政府", 2024)
	res.Into(parent)
	for key, want := range map[string]report.Value{
		"t3.new.natural":   report.Count(7),
		"t3.new.total":     report.Count(7),
		"t3.granted.total": report.Count(7),
		"t2.fees.amount":   report.Num(1234600), // 1.2345 + 0.0001 万元, exactly
		"t4.review.total":  report.Count(0),
	} {
		if got := parent.Get(key); got != want {
			t.Errorf("%s = %s, want %s", key, got, want)
		}
	}
	if parent.Meta.AutoTotals {
		t.Error("a roll-up's totals are computed; they should be the sums, so that wrong totals show")
	}
	for _, f := range rules.Check(parent, nil) {
		if f.Severity == rules.Error {
			t.Errorf("consistent parts give an inconsistent sum: %s", f.Message)
		}
	}
	if len(res.Notes) != 1 || res.Notes[0] != "汇总自 2 个单位的报告：甲镇人民政府、乙镇人民政府" {
		t.Errorf("notes = %q", res.Notes)
	}
}

func TestSumNotesWhatItLeftOut(t *testing.T) {
	a := unit(t, "甲镇人民政府", 3, 1000000)
	b := unit(t, "乙镇人民政府", 4, 0)
	b.Set("t3.new.natural", report.Value{})
	b.Set("t3.granted.natural", report.Value{State: report.NotApplicable})
	b.Set("t3.granted.commercial", report.InvalidText("5x"))
	yuan := unit(t, "丙镇人民政府", 1, 50000)
	yuan.Source.FeeInYuan = true
	old := unit(t, "丁镇人民政府", 9, 0)
	old.Meta.Format = "2019"
	empty := report.New("戊镇人民政府", 2024)

	res := Sum([]*report.Report{a, b, yuan, old, empty})
	if got := res.Cells[schema.MustIndex("t3.new.natural")]; got != report.Count(4) {
		t.Errorf("t3.new.natural = %s, want 3 + 1 (乙 blank, 丁 old format)", got)
	}
	if got := res.Cells[schema.MustIndex("t2.fees.amount")]; got != report.Num(1000000) {
		t.Errorf("fee = %s, want 1 万元 (丙's fee in 元 left out)", got)
	}
	want := []string{
		"汇总自 5 个单位的报告：甲镇人民政府、乙镇人民政府、丙镇人民政府、丁镇人民政府、戊镇人民政府",
		"「丁镇人民政府」的报告是2019年试行格式，表格未计入",
		"「乙镇人民政府」有 1 个单元格填写的不是数值，未计入，请先在该单位的报告中改正：表三 （一）予以公开 · 商业企业",
		"「乙镇人民政府」有 2 个单元格空白或为“/”，按 0 汇总：",
		"「丙镇人民政府」的收费金额按“元”填写，未计入（汇总按“万元”）",
		"「戊镇人民政府」有 200 个单元格空白或为“/”，按 0 汇总：",
	}
	if len(res.Notes) != len(want) {
		t.Fatalf("notes:\n%s", strings.Join(res.Notes, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(res.Notes[i], w) {
			t.Errorf("note %d = %q, want it to start with %q", i, res.Notes[i], w)
		}
	}
	if !strings.HasSuffix(res.Notes[5], "等") {
		t.Errorf("a long list of cells is cut: %q", res.Notes[5])
	}
}

func TestSumOfNothingIsBlank(t *testing.T) {
	res := Sum([]*report.Report{report.New("甲镇人民政府", 2024)})
	for i, v := range res.Cells {
		if v.State != report.Blank {
			t.Fatalf("cell %d = %s, want blank: no part has a number", i, v)
		}
	}
}

func TestSumNamesUnitsWhoseTotalsDoNotAddUp(t *testing.T) {
	a := unit(t, "甲镇人民政府", 3, 0)
	b := unit(t, "乙镇人民政府", 4, 0)
	b.Set("t3.new.total", report.Count(5))
	res := Sum([]*report.Report{a, b})
	if len(res.Notes) != 2 || res.Notes[1] != "「乙镇人民政府」的表格有 2 处合计不符，汇总后的合计也会不符，请先在该单位的报告中改正" {
		t.Errorf("notes = %q", res.Notes)
	}
}
