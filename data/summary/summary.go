// Package summary writes the standard sentences a report's narrative uses to state the figures of
// tables 3 and 4, and the template opening paragraph, so that text and tables cannot disagree.
// The app's 「插入数据摘要」 button and the exporters share these functions.
package summary

import (
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// kind names one of the generated summaries.
type kind int

const (
	requests kind = iota
	reviews
)

// openings are the ways a generated summary of each kind begins; Insert recognises an earlier
// summary by them and replaces it instead of adding a second one.
var openings = map[kind][]string{
	requests: {"本年度共收到政府信息公开申请", "本年度未收到政府信息公开申请"},
	reviews:  {"本年度因政府信息公开被申请行政复议", "本年度未发生因政府信息公开", "本年度未发生政府信息公开行政复议"},
}

// resultGroup is one outcome category of table 3 as the sentence names it.
type resultGroup struct {
	name string
	rows []string // row keys whose 总计 cells add up to the category
}

var resultGroups = []resultGroup{
	{"予以公开", []string{"granted"}},
	{"部分公开", []string{"partial"}},
	{"不予公开", rowsWithPrefix("denied.")},
	{"无法提供", rowsWithPrefix("unable.")},
	{"不予处理", rowsWithPrefix("rejected.")},
	{"其他处理", rowsWithPrefix("other.")},
}

func rowsWithPrefix(prefix string) []string {
	t3, _ := schema.TableByKey("t3")
	var keys []string
	for _, row := range t3.Blocks[0].Rows {
		if strings.HasPrefix(row.Key, prefix) {
			keys = append(keys, row.Key)
		}
	}
	return keys
}

// RequestSentence states table 3 in one sentence: 「本年度共收到政府信息公开申请X件，上年结转Y件；
// 办结Z件，其中予以公开A件……；结转下年度继续办理B件。」 Categories with no case are left out of the
// 其中 list. Each figure is the row's 总计 as the table states it, or the sum of the row when the
// total is blank, so the sentence says what the table shows.
func RequestSentence(r *report.Report) string {
	received := t3Total(r, "new")
	carried := t3Total(r, "carried")
	done := t3Total(r, "result_total")
	next := t3Total(r, "carry_next")
	if received == 0 && carried == 0 && done == 0 && next == 0 {
		return "本年度未收到政府信息公开申请，无上年结转申请。"
	}
	var b strings.Builder
	b.WriteString("本年度共收到政府信息公开申请" + received.String() + "件，上年结转" + carried.String() + "件；")
	b.WriteString("办结" + done.String() + "件")
	var parts []string
	for _, g := range resultGroups {
		var n report.Fixed
		for _, row := range g.rows {
			n += t3Total(r, row)
		}
		if n != 0 {
			parts = append(parts, g.name+n.String()+"件")
		}
	}
	if len(parts) > 0 {
		b.WriteString("，其中" + strings.Join(parts, "，"))
	}
	b.WriteString("；结转下年度继续办理" + next.String() + "件。")
	return b.String()
}

// ReviewSentence states table 4: 「本年度因政府信息公开被申请行政复议X件，其中结果维持A件……；
// 被提起行政诉讼Y件（未经复议直接起诉M件，复议后起诉N件），其中……。」
func ReviewSentence(r *report.Report) string {
	review := t4Total(r, "review")
	direct := t4Total(r, "direct")
	after := t4Total(r, "after_review")
	suits := direct + after
	switch {
	case review == 0 && suits == 0:
		return "本年度未发生政府信息公开行政复议、行政诉讼案件。"
	case review == 0:
		return "本年度未发生因政府信息公开被申请行政复议的情况；被提起行政诉讼" + suits.String() + "件" +
			litigationDetail(r, direct, after) + "。"
	}
	s := "本年度因政府信息公开被申请行政复议" + review.String() + "件" + outcomes(r, "review")
	if suits == 0 {
		return s + "；未被提起政府信息公开行政诉讼。"
	}
	return s + "；被提起行政诉讼" + suits.String() + "件" + litigationDetail(r, direct, after) + "。"
}

func litigationDetail(r *report.Report, direct, after report.Fixed) string {
	s := "（未经复议直接起诉" + direct.String() + "件，复议后起诉" + after.String() + "件）"
	// The outcomes of both kinds of suit are added up column by column.
	var sums [4]report.Fixed
	for _, group := range []string{"direct", "after_review"} {
		for i, col := range t4Outcomes {
			sums[i] += number(r, "t4."+group+"."+col.key)
		}
	}
	return s + joinOutcomes(sums)
}

// t4Outcomes are the four result columns of each table-4 group, as the sentence names them.
var t4Outcomes = []struct{ key, name string }{
	{"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"},
}

func outcomes(r *report.Report, group string) string {
	var sums [4]report.Fixed
	for i, col := range t4Outcomes {
		sums[i] = number(r, "t4."+group+"."+col.key)
	}
	return joinOutcomes(sums)
}

func joinOutcomes(sums [4]report.Fixed) string {
	var parts []string
	for i, col := range t4Outcomes {
		if sums[i] != 0 {
			parts = append(parts, col.name+sums[i].String()+"件")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "，其中" + strings.Join(parts, "，")
}

// t3Total is the stated 总计 of a table-3 row, or the sum of its columns when that is blank.
func t3Total(r *report.Report, row string) report.Fixed {
	if v := r.Get("t3." + row + ".total"); v.IsNumber() {
		return v.N
	}
	var sum report.Fixed
	for _, col := range []string{"natural", "commercial", "research", "social", "legal", "other"} {
		sum += number(r, "t3."+row+"."+col)
	}
	return sum
}

// t4Total is the stated 总计 of a table-4 group, or the sum of its four result columns.
func t4Total(r *report.Report, group string) report.Fixed {
	if v := r.Get("t4." + group + ".total"); v.IsNumber() {
		return v.N
	}
	var sum report.Fixed
	for _, col := range t4Outcomes {
		sum += number(r, "t4."+group+"."+col.key)
	}
	return sum
}

// number reads a cell as 0 when it is blank or not applicable.
func number(r *report.Report, key string) report.Fixed {
	if v := r.Get(key); v.IsNumber() {
		return v.N
	}
	return 0
}

// Insert puts sentence into a narrative text: a paragraph that is an earlier summary of the same
// kind is replaced, so pressing the button twice never doubles it; otherwise the sentence becomes
// a new last paragraph.
func Insert(text, sentence string) string {
	want, ok := kindOf(sentence)
	lines := strings.Split(text, "\n")
	if ok {
		for i, line := range lines {
			if k, isSummary := kindOf(strings.TrimSpace(line)); isSummary && k == want {
				lines[i] = sentence
				return strings.Join(lines, "\n")
			}
		}
	}
	trimmed := strings.TrimRight(text, " \t\n\u3000")
	if trimmed == "" {
		return sentence
	}
	return trimmed + "\n" + sentence
}

func kindOf(paragraph string) (kind, bool) {
	for k, starts := range openings {
		for _, s := range starts {
			if strings.HasPrefix(paragraph, s) {
				return k, true
			}
		}
	}
	return 0, false
}
