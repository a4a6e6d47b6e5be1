package compare

import "nianbao/data/report"

// Ratio is a share reviewers compute from the tables, in both years.
type Ratio struct {
	Key     string // disclosure, unable, rejected, review_corrected, litigation_corrected
	Label   string // 公开率 …
	Formula string // how it is computed, in the table's words
	// Values are per cent rounded to 2 decimals, base year then later year; nil when the
	// denominator is 0 or blank or the numerator is blank.
	Values [2]*float64
}

// ratioDef declares a ratio as sums of cells.
type ratioDef struct {
	key, label, formula string
	num, den            []string
}

var ratioDefs = []ratioDef{
	{"disclosure", "公开率", "（予以公开＋部分公开）÷ 办理结果总计",
		[]string{"t3.granted.total", "t3.partial.total"}, []string{"t3.result_total.total"}},
	{"unable", "无法提供占比", "无法提供 ÷ 办理结果总计",
		[]string{"t3.unable.not_held.total", "t3.unable.needs_creation.total", "t3.unable.unclear.total"},
		[]string{"t3.result_total.total"}},
	{"rejected", "不予处理占比", "不予处理 ÷ 办理结果总计",
		[]string{"t3.rejected.petition.total", "t3.rejected.duplicate.total", "t3.rejected.publication.total",
			"t3.rejected.excessive.total", "t3.rejected.confirm.total"},
		[]string{"t3.result_total.total"}},
	{"review_corrected", "行政复议纠错率", "行政复议结果纠正 ÷ 行政复议总计",
		[]string{"t4.review.corrected"}, []string{"t4.review.total"}},
	{"litigation_corrected", "行政诉讼纠错率", "行政诉讼结果纠正 ÷ 行政诉讼总计（直接起诉＋复议后起诉）",
		[]string{"t4.direct.corrected", "t4.after_review.corrected"},
		[]string{"t4.direct.total", "t4.after_review.total"}},
}

// ratios computes every ratio for both years.
func ratios(a, b *report.Report) []Ratio {
	out := make([]Ratio, len(ratioDefs))
	for i, d := range ratioDefs {
		out[i] = Ratio{Key: d.key, Label: d.label, Formula: d.formula, Values: [2]*float64{d.of(a), d.of(b)}}
	}
	return out
}

// of computes the ratio for one report.
func (d ratioDef) of(r *report.Report) *float64 {
	num, den := sumOf(r, d.num), sumOf(r, d.den)
	if !num.IsNumber() || !den.IsNumber() {
		return nil
	}
	return percent(num.N, den.N)
}
