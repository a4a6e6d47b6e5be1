package compare

import (
	"strconv"
	"strings"

	"nianbao/data/report"
)

// draftFigure is one figure the drafted comparison states, worded as a clause after 「本年度」.
type draftFigure struct {
	keys   []string // cells summed into the figure
	phrase string   // what was done, before the number
	unit   string
}

// draftParagraphs are the figures of the standard comparison sentences, one paragraph per topic:
// 依申请公开, 复议诉讼, 主动公开.
var draftParagraphs = [][]draftFigure{
	{
		{[]string{"t3.new.total"}, "新收政府信息公开申请", "件"},
		{[]string{"t3.result_total.total"}, "办结政府信息公开申请", "件"},
		{[]string{"t3.granted.total", "t3.partial.total"}, "予以公开和部分公开", "件"},
		{[]string{"t3.carry_next.total"}, "结转下年度继续办理", "件"},
	},
	{
		{[]string{"t4.review.total"}, "发生政府信息公开行政复议", "件"},
		{[]string{"t4.direct.total", "t4.after_review.total"}, "发生政府信息公开行政诉讼", "件"},
	},
	{
		{[]string{"t2.normative.issued"}, "制发行政规范性文件", "件"},
		{[]string{"t2.license.decisions"}, "作出行政许可决定", "件"},
		{[]string{"t2.penalty.decisions"}, "作出行政处罚决定", "件"},
		{[]string{"t2.fees.amount"}, "收取行政事业性收费", "万元"},
	},
}

// Draft writes the standard comparison sentences for the main figures, for the clerk to insert
// into the narrative and edit, e.g. 「本年度新收政府信息公开申请81件，较上年增长9.46%；…。」.
// A figure the later year left blank or marked not applicable is left out; when the base year
// has no number the figure is stated without a comparison; a base of 0 reads 「上年为0」.
// Years that are not adjacent are named (「较2021年」) instead of 「上年」.
func Draft(c *Comparison) string {
	base := "上年"
	if !c.Adjacent {
		base = strconv.Itoa(c.Years[0]) + "年"
	}
	var paragraphs []string
	for _, figures := range draftParagraphs {
		var clauses []string
		for _, f := range figures {
			if clause, ok := f.clause(c, base); ok {
				clauses = append(clauses, clause)
			}
		}
		if len(clauses) > 0 {
			paragraphs = append(paragraphs, "本年度"+strings.Join(clauses, "；")+"。")
		}
	}
	return strings.Join(paragraphs, "\n")
}

// clause words one figure: 「新收政府信息公开申请81件，较上年增长9.46%」.
func (f draftFigure) clause(c *Comparison, base string) (string, bool) {
	var values [2]report.Value
	for y := range values {
		values[y] = sumOf(yearView{c, y}, f.keys)
	}
	later := values[1]
	if !later.IsNumber() {
		return "", false
	}
	s := f.phrase + later.N.String() + f.unit
	r := newRow("", "", values[0], later, false)
	switch {
	case !values[0].IsNumber():
	case r.Direction == Same:
		s += "，与" + base + "持平"
	case values[0].N == 0:
		s += "，" + base + "为0"
	case r.Direction == Up:
		s += "，较" + base + "增长" + formatPct(*r.Pct) + "%"
	default:
		s += "，较" + base + "减少" + formatPct(-*r.Pct) + "%"
	}
	return s, true
}

// formatPct writes a rounded percentage with no trailing zeros: 9.46, 50, 12.5.
func formatPct(p float64) string { return strconv.FormatFloat(p, 'f', -1, 64) }
