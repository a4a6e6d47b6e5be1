package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// The rules below come from what reviewers and published assessments find in real reports: a
// 统计期限 sentence with a broken date, known wrong terms, tables copied from last year, a
// government's 监督保障 without the assessment results the 条例 asks for, and a "last year's
// report" that is not last year's.

// txtTerm flags known wrong terms in one narrative field.
func txtTerm(r *report.Report, key string, out []Finding) []Finding {
	text := textOf(r, key)
	for _, t := range wrongTerms {
		if strings.Contains(text, t.wrong) {
			out = append(out, Finding{Rule: "TXT-TERM", Severity: Warning, Cells: []string{}, Section: schema.SectionOf(key),
				ID:      "TXT-TERM/" + key + "/" + t.wrong,
				Message: fmt.Sprintf("%s写作“%s”，应为“%s”", heading(key), t.wrong, t.right)})
		}
	}
	return out
}

var (
	// periodSentence finds a sentence naming the statistics period.
	periodSentence = regexp.MustCompile(`[^。；;\n]*统计(?:期限|时限|时间|区间|周期)[^。；;\n]*`)
	// periodDate is a date as such sentences write it: 2025年1月1日, or without the year
	// ("至12月31日").
	periodDate = regexp.MustCompile(`(?:(\d+)\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// yearIntoMonth is a year run into its month: 「20251月1日」.
	yearIntoMonth = regexp.MustCompile(`\d{5,6}\s*月`)
)

// txtPeriod checks the 统计期限 sentences of a field: every date well formed, every year named
// the report year (published error: 「20251月1日到12月31日」).
func txtPeriod(r *report.Report, key string, out []Finding) []Finding {
	if r.Meta.Year == 0 {
		return out
	}
	for _, s := range periodSentence.FindAllString(halfWidthDigits.Replace(textOf(r, key)), -1) {
		if problem := periodProblem(s, r.Meta.Year); problem != "" {
			out = append(out, Finding{Rule: "TXT-PERIOD", Severity: Warning, Cells: []string{}, Section: schema.SectionOf(key),
				ID:      "TXT-PERIOD/" + key,
				Message: fmt.Sprintf("%s的统计期限“%s”%s", heading(key), clipRunes(strings.TrimSpace(s), 40), problem)})
			break
		}
	}
	return out
}

// periodProblem says what is wrong with the dates of a 统计期限 sentence, "" when nothing is.
func periodProblem(s string, year int) string {
	if m := yearIntoMonth.FindString(s); m != "" {
		return fmt.Sprintf("中的“%s”年份与月份连在一起，缺少“年”字（应为“%d年1月1日”这样的写法）", m, year)
	}
	for _, m := range periodDate.FindAllStringSubmatch(s, -1) {
		y, month, day := m[1], atoi(m[2]), atoi(m[3])
		switch {
		case len(y) != 0 && len(y) != 4:
			return fmt.Sprintf("中的日期“%s”写错了（年份应为4位数字，如“%d年1月1日”）", strings.TrimSpace(m[0]), year)
		case month < 1 || month > 12 || day < 1 || day > 31:
			return fmt.Sprintf("中的日期“%s”不存在", strings.TrimSpace(m[0]))
		case len(y) == 4 && atoi(y) != year:
			return fmt.Sprintf("写的是%s年，但本报告是%d年度的，统计期限应为%d年1月1日至12月31日", y, year, year)
		}
	}
	return ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// yoySameTables flags tables 2–4 identical to last year's while not all zero: figures copied
// forward rather than counted (a bureau was publicly criticised for three such years).
func yoySameTables(r, prev *report.Report, out []Finding) []Finding {
	if !isPreviousYear(r, prev) {
		return out
	}
	nonzero := false
	for i, v := range r.Cells {
		if v != prev.Cells[i] {
			return out
		}
		nonzero = nonzero || v.State == report.Number && v.N != 0
	}
	if !nonzero {
		return out
	}
	return append(out, Finding{Rule: "YOY-SAME-TABLES", Severity: Warning, Cells: []string{}, Section: "s2", ID: "YOY-SAME-TABLES",
		Message: fmt.Sprintf("表二、表三、表四的数字与%d年报告完全相同，请核实是否照抄了上一年度的数据", prev.Meta.Year)})
}

// assessmentTopics are what 条例第五十条第四项 asks a government's report to cover under 监督保障,
// each with the words that show it is covered.
var assessmentTopics = []struct {
	name  string
	words []string
}{
	{"工作考核", []string{"考核"}},
	{"社会评议", []string{"评议", "测评", "满意度"}},
	{"责任追究", []string{"追究", "问责"}},
}

// s1GovAssess: a 人民政府's 监督保障 must cover 工作考核、社会评议和责任追究结果.
func s1GovAssess(r *report.Report, out []Finding) []Finding {
	if !r.Meta.Government {
		return out
	}
	text := r.Text("s1.oversight")
	var missing []string
	for _, t := range assessmentTopics {
		found := false
		for _, w := range t.words {
			found = found || strings.Contains(text, w)
		}
		if !found {
			missing = append(missing, t.name)
		}
	}
	if len(missing) == 0 {
		return out
	}
	return append(out, Finding{Rule: "S1-GOV-ASSESS", Severity: Warning, Cells: []string{}, Section: "s1", ID: "S1-GOV-ASSESS",
		Message: fmt.Sprintf("人民政府的报告在“（五）监督保障”中应说明工作考核、社会评议和责任追究结果（条例第五十条第四项），未见%s的内容", strings.Join(missing, "、"))})
}

// isPreviousYear reports whether prev is a report of the year before r's; the year-over-year
// rules compare only then.
func isPreviousYear(r, prev *report.Report) bool {
	return prev != nil && r.Meta.Year != 0 && prev.Meta.Year == r.Meta.Year-1
}

// yoyPrevYear: the report given as last year's must be the same agency's previous year.
func yoyPrevYear(r, prev *report.Report, out []Finding) []Finding {
	if prev == nil {
		return out
	}
	var problems []string
	if !isPreviousYear(r, prev) {
		problems = append(problems, fmt.Sprintf("是%d年度的，不是%d年度的，未做跨年度核对", prev.Meta.Year, r.Meta.Year-1))
	}
	if a, b := strings.Join(strings.Fields(prev.Meta.Agency), ""), strings.Join(strings.Fields(r.Meta.Agency), ""); a != b {
		problems = append(problems, fmt.Sprintf("是“%s”的，不是“%s”的", prev.Meta.Agency, r.Meta.Agency))
	}
	if len(problems) == 0 {
		return out
	}
	return append(out, Finding{Rule: "YOY-PREV-YEAR", Severity: Warning, Cells: []string{}, Section: "s1", ID: "YOY-PREV-YEAR",
		Message: "作为上一年度报告提供的报告" + strings.Join(problems, "；")})
}
