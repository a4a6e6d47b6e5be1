package rules

import (
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
)

func findRule(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// Opening sentences of real published reports (2020–2025) say their period in these ways; none
// is an error.
var publishedPeriods = map[int]string{
	2025: "报告中所列数据统计期限为2025年1月1日至12月31日。",
	2024: "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问，请联系。",
	2020: "除特别说明的外，本年度报告中所列数据统计时限为2020年1月1日至2020年12月31日。",
	2023: "本报告中所列数据统计期限为 2023 年 1 月 1 日到 2023 年 12 月 31 日。",
}

func TestTxtPeriod(t *testing.T) {
	for year, opening := range publishedPeriods {
		r := reporttest.Seed(t)
		r.Meta.Year, r.Meta.Opening = year, opening
		if fs := findRule(Check(r, nil), "TXT-PERIOD"); len(fs) != 0 {
			t.Errorf("%d %q: %v", year, opening, fs)
		}
	}
	for opening, want := range map[string]string{
		"本报告中所列数据统计期限为20251月1日到12月31日。":      "连在一起",
		"本报告所列数据统计期限为2024年1月1日至2024年12月31日。": "写的是2024年",
		"统计期限为2025年13月1日至12月31日。":            "不存在",
		"统计时限为225年1月1日至12月31日。":              "4位数字",
	} {
		r := reporttest.Seed(t)
		r.Meta.Year, r.Meta.Opening = 2025, opening
		fs := findRule(Check(r, nil), "TXT-PERIOD")
		if len(fs) != 1 || !strings.Contains(fs[0].Message, want) || fs[0].Severity != Warning {
			t.Errorf("%q: %v, want a warning saying %q", opening, fs, want)
		}
	}
}

func TestTxtTerm(t *testing.T) {
	r := reporttest.Seed(t)
	r.SetText("s1.request", r.Text("s1.request")+"上年转结申请0件，转结下年度继续办理0件。")
	fs := findRule(Check(r, nil), "TXT-TERM")
	if len(fs) != 2 || !strings.Contains(fs[0].Message+fs[1].Message, "应为“结转下年度”") {
		t.Errorf("findings %v", fs)
	}
}

func TestYoySameTables(t *testing.T) {
	prev := reporttest.Seed(t)
	prev.Meta.Year = 2022
	prev.Set("t3.new.natural", report.Count(3))
	prev.Set("t3.new.total", report.Count(3))
	r := prev.Clone()
	r.Meta.Year = 2023
	if fs := findRule(Check(r, prev), "YOY-SAME-TABLES"); len(fs) != 1 {
		t.Errorf("identical tables: %v", fs)
	}
	r.Set("t2.license.decisions", report.Count(7))
	if fs := findRule(Check(r, prev), "YOY-SAME-TABLES"); len(fs) != 0 {
		t.Errorf("changed tables: %v", fs)
	}
	zero := reporttest.Seed(t) // the seed's tables are all 0: a quiet office, not a copy
	lastZero := zero.Clone()
	lastZero.Meta.Year = zero.Meta.Year - 1
	if fs := findRule(Check(zero, lastZero), "YOY-SAME-TABLES"); len(fs) != 0 {
		t.Errorf("all zero: %v", fs)
	}
}

func TestS1GovAssess(t *testing.T) {
	r := reporttest.Seed(t)
	r.Meta.Government = true
	r.SetText("s1.oversight", "加强监督检查，开展年度考核。")
	fs := findRule(Check(r, nil), "S1-GOV-ASSESS")
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "社会评议、责任追究") {
		t.Errorf("findings %v", fs)
	}
	r.SetText("s1.oversight", "将政务公开纳入绩效考核，开展社会评议，本年度未发生责任追究情况。")
	if fs := findRule(Check(r, nil), "S1-GOV-ASSESS"); len(fs) != 0 {
		t.Errorf("covered: %v", fs)
	}
	r.Meta.Government = false
	r.SetText("s1.oversight", "加强监督。")
	if fs := findRule(Check(r, nil), "S1-GOV-ASSESS"); len(fs) != 0 {
		t.Errorf("a department: %v", fs)
	}
}

// A report given as last year's that is another year or agency is said so, and the
// year-over-year rules do not compare against another year.
func TestYoyPrevYear(t *testing.T) {
	r := reporttest.Seed(t)
	old := r.Clone()
	old.Meta.Year = r.Meta.Year - 3
	old.Set("t3.carry_next.natural", report.Count(9))
	fs := Check(r, old)
	if got := findRule(fs, "YOY-PREV-YEAR"); len(got) != 1 || !strings.Contains(got[0].Message, "不是2022年度的") {
		t.Errorf("another year: %v", got)
	}
	if got := findRule(fs, "YOY-CARRY"); len(got) != 0 {
		t.Errorf("compared with another year: %v", got)
	}
	other := r.Clone()
	other.Meta.Year, other.Meta.Agency = r.Meta.Year-1, "别的街道办事处"
	if got := findRule(Check(r, other), "YOY-PREV-YEAR"); len(got) != 1 || !strings.Contains(got[0].Message, "别的街道办事处") {
		t.Errorf("another agency: %v", got)
	}
	last := r.Clone()
	last.Meta.Year = r.Meta.Year - 1
	if got := findRule(Check(r, last), "YOY-PREV-YEAR"); len(got) != 0 {
		t.Errorf("the right report: %v", got)
	}
}
