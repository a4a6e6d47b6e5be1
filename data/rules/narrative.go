package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// heading names a narrative field for messages: its sub-heading or its section's heading.
func heading(key string) string {
	if key == "opening" {
		return "开头段落"
	}
	n, ok := schema.NarrativeByKey(key)
	if !ok {
		return key
	}
	if n.Heading != "" {
		return "一、总体情况" + n.Heading
	}
	s, _ := schema.SectionByKey(n.Section)
	if n.Key == "s1.intro" {
		return s.Heading + "（导语）"
	}
	return s.Heading
}

// meaningful strips white space and punctuation; what is left is what a text says.
func meaningful(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.Is(unicode.Sc, r) {
			return -1
		}
		return r
	}, s)
}

// saysNothing is true for an empty field or one that only says 无 / 暂无.
func saysNothing(s string) bool {
	m := meaningful(s)
	return m == "" || m == "无" || m == "暂无" || m == "没有" || m == "无此项"
}

// s1Missing flags each empty sub-item of 一、总体情况.
func s1Missing(r *report.Report, out []Finding) []Finding {
	for _, n := range schema.Narratives() {
		if n.Section != "s1" || n.Heading == "" {
			continue
		}
		if saysNothing(r.Text(n.Key)) {
			out = append(out, Finding{Rule: "S1-MISSING", Severity: Warning, Cells: []string{}, Section: "s1",
				ID: "S1-MISSING/" + n.Key, Message: fmt.Sprintf("“一、总体情况”缺少%s的内容", n.Heading)})
		}
	}
	return out
}

// s5MinRunes is the length below which section 五 cannot describe problems and improvements.
const s5MinRunes = 30

func s5Empty(r *report.Report, out []Finding) []Finding {
	t := r.Text("s5")
	if saysNothing(t) || utf8.RuneCountInString(meaningful(t)) < s5MinRunes {
		out = append(out, Finding{Rule: "S5-EMPTY", Severity: Warning, Cells: []string{}, Section: "s5", ID: "S5-EMPTY",
			Message: "“五、存在的主要问题及改进情况”内容为空或过短，应如实写明存在的问题和改进措施"})
	}
	return out
}

// mentionsFee is true when a text speaks of the 信息处理费 (charged or not).
func mentionsFee(s string) bool {
	return strings.Contains(s, "处理费") || strings.Contains(s, "收费") && strings.Contains(s, "信息")
}

// statesNoFee is true when a text says no fee was charged.
func statesNoFee(s string) bool {
	for _, p := range []string{"未收取", "没有收取", "不收取", "未产生", "无信息处理费", "未发生", "均未收"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func s6Fee(r *report.Report, out []Finding) []Finding {
	if !mentionsFee(r.Text("s6")) {
		out = append(out, Finding{Rule: "S6-FEE", Severity: Warning, Cells: []string{}, Section: "s6", ID: "S6-FEE",
			Message: "“六、其他需要报告的事项”未说明信息处理费收取情况；未收取的也应写明“本年度未收取信息处理费”"})
	}
	return out
}

func t3FeeNotice(r *report.Report, out []Finding) []Finding {
	v := r.Get("t3.other.no_fee.total")
	s6 := r.Text("s6")
	if v.State == report.Number && v.N > 0 && (!mentionsFee(s6) || statesNoFee(s6)) {
		out = append(out, Finding{Rule: "T3-FEE-NOTICE", Severity: Info, Cells: []string{"t3.other.no_fee.total"},
			Actual: fixed(v.N), Section: "s6", ID: "T3-FEE-NOTICE",
			Message: fmt.Sprintf("表三有%s件申请因逾期未缴费不再处理，说明本年度发出过收费通知；请在第六部分说明信息处理费收取情况", v.N)})
	}
	return out
}

var correctedKeys = []string{"t4.review.corrected", "t4.direct.corrected", "t4.after_review.corrected"}

func t4Corrected(r *report.Report, out []Finding) []Finding {
	var n report.Fixed
	for _, k := range correctedKeys {
		if v := r.Get(k); v.State == report.Number {
			n += v.N
		}
	}
	s5 := r.Text("s5")
	if n > 0 && !strings.Contains(s5, "纠正") && !strings.Contains(s5, "纠错") &&
		!strings.Contains(s5, "复议") && !strings.Contains(s5, "诉讼") {
		out = append(out, Finding{Rule: "T4-CORRECTED", Severity: Info, Cells: correctedKeys, Actual: fixed(n),
			Section: "s5", ID: "T4-CORRECTED",
			Message: fmt.Sprintf("表四有%s件复议或诉讼结果被纠正，建议在“五、存在的主要问题及改进情况”中说明原因和整改措施", n)})
	}
	return out
}

func fmtOld(r *report.Report, out []Finding) []Finding {
	if r.Meta.Format != "2019" && len(r.Source.OldFormat) == 0 {
		return out
	}
	seen := "按旧格式编制"
	if len(r.Source.OldFormat) > 0 {
		seen = "出现“" + strings.Join(r.Source.OldFormat, "”“") + "”"
	}
	return append(out, Finding{Rule: "FMT-OLD", Severity: Error, Cells: []string{}, Section: "meta", ID: "FMT-OLD",
		Message: "本报告使用了2019年试行格式（" + seen + "），应按国办公开办函〔2021〕30号印发的新格式编制"})
}

// feeYuanThreshold is the 万元 amount above which a fee of a 乡镇 or 县级 body is almost
// certainly written in 元: 100000 万元 is 10亿元 of administrative fees.
const feeYuanThreshold = 100000

func t2FeesUnit(r *report.Report, out []Finding) []Finding {
	v := r.Get("t2.fees.amount")
	small := r.Meta.Level == report.LevelTownship || r.Meta.Level == report.LevelCounty
	switch {
	case r.Source.FeeInYuan:
		out = append(out, Finding{Rule: "T2-FEES-UNIT", Severity: Warning, Cells: []string{"t2.fees.amount"},
			Section: "s2", ID: "T2-FEES-UNIT",
			Message: "原文的行政事业性收费金额以“元”为单位，表二应填“万元”，请换算（元÷10000）"})
	case small && v.State == report.Number && v.N >= report.Int(feeYuanThreshold):
		out = append(out, Finding{Rule: "T2-FEES-UNIT", Severity: Warning, Cells: []string{"t2.fees.amount"},
			Actual: fixed(v.N), Section: "s2", ID: "T2-FEES-UNIT",
			Message: fmt.Sprintf("行政事业性收费金额为%s万元，对本级机关明显偏大，可能误按“元”填写；单位应为万元", v.N)})
	}
	return out
}

var rulesKeys = []string{"t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"}

// t2RulesPower: only the State Council's departments, provincial governments and governments of
// cities with districts may make 规章 (立法法 第九十三条); a 乡镇/街道 or a county-level body reporting
// 规章 has almost certainly put its 规范性文件 in the wrong row.
func t2RulesPower(r *report.Report, out []Finding) []Finding {
	if r.Meta.Level != report.LevelTownship && r.Meta.Level != report.LevelCounty {
		return out
	}
	for _, k := range rulesKeys {
		if v := r.Get(k); v.State == report.Number && v.N != 0 {
			return append(out, Finding{Rule: "T2-RULES-POWER", Severity: Warning, Cells: rulesKeys, Section: "s2",
				ID: "T2-RULES-POWER", Actual: fixed(v.N),
				Message: fmt.Sprintf("%s没有规章制定权，但表二“规章”行填了数字；本级制发的文件应填入“行政规范性文件”行", r.Meta.Level)})
		}
	}
	return out
}
