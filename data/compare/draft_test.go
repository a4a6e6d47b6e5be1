package compare

import (
	"testing"

	"nianbao/data/report"
)

func TestDraft(t *testing.T) {
	a, b := pair(t)
	for k, v := range map[string][2]int64{
		"t3.new.total":          {74, 81},
		"t3.result_total.total": {80, 60},
		"t3.granted.total":      {30, 30},
		"t3.partial.total":      {5, 5},
		"t3.carry_next.total":   {0, 2},
		"t4.review.total":       {2, 1},
		"t4.direct.total":       {1, 0},
		"t2.normative.issued":   {4, 5},
	} {
		set(a, k, report.Count(v[0]))
		set(b, k, report.Count(v[1]))
	}
	set(a, "t2.license.decisions", report.Value{})
	set(b, "t2.license.decisions", report.Count(7))
	set(b, "t2.penalty.decisions", report.Value{State: report.NotApplicable})
	set(b, "t2.fees.amount", report.Num(1250000))
	want := "本年度新收政府信息公开申请81件，较上年增长9.46%；办结政府信息公开申请60件，较上年减少25%；" +
		"予以公开和部分公开35件，与上年持平；结转下年度继续办理2件，上年为0。\n" +
		"本年度发生政府信息公开行政复议1件，较上年减少50%；发生政府信息公开行政诉讼0件，较上年减少100%。\n" +
		"本年度制发行政规范性文件5件，较上年增长25%；作出行政许可决定7件；收取行政事业性收费1.25万元，上年为0。"
	if got := Draft(Compare(a, b)); got != want {
		t.Errorf("Draft:\n%s\nwant:\n%s", got, want)
	}

	a.Meta.Year = 2021
	for _, k := range []string{"t4.review.total", "t4.direct.total", "t4.after_review.total"} {
		set(b, k, report.Value{})
	}
	got := Draft(Compare(a, b))
	want = "本年度新收政府信息公开申请81件，较2021年增长9.46%；办结政府信息公开申请60件，较2021年减少25%；" +
		"予以公开和部分公开35件，与2021年持平；结转下年度继续办理2件，2021年为0。\n" +
		"本年度制发行政规范性文件5件，较2021年增长25%；作出行政许可决定7件；收取行政事业性收费1.25万元，2021年为0。"
	if got != want {
		t.Errorf("Draft, years apart, no review or litigation figures:\n%s\nwant:\n%s", got, want)
	}
}
