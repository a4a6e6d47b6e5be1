package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"nianbao/data/report"
	"nianbao/data/schema"
	"nianbao/data/textsim"
)

// yoyCarry: what a report carried into this year must be what last year's report said it would
// carry forward, column by column.
func yoyCarry(r, prev *report.Report, col *schema.Column, out []Finding) []Finding {
	if !isPreviousYear(r, prev) {
		return out
	}
	thisKey, prevKey := schema.CellKey("t3", "carried", col.Key), schema.CellKey("t3", "carry_next", col.Key)
	cur, last := r.Get(thisKey), prev.Get(prevKey)
	if cur.State != report.Number || last.State != report.Number || cur.N == last.N {
		return out
	}
	return append(out, Finding{Rule: "YOY-CARRY", Severity: Warning, Cells: []string{thisKey}, Section: "s3",
		Expected: fixed(last.N), Actual: fixed(cur.N), ID: "YOY-CARRY/" + col.Key,
		Fixes: []Fix{{Label: fmt.Sprintf("将本年“上年结转”（%s）设为%s", col.Label, last.N),
			Set: map[string]report.Value{thisKey: report.Num(last.N)}}},
		Message: fmt.Sprintf("表三%s列：本年“二、上年结转”为%s，但%d年报告“四、结转下年度继续办理”为%s",
			quoted(col.Label), cur.N, prev.Meta.Year, last.N)})
}

// yoyInForce: 现行有效件数 should be last year's plus those issued less those repealed; a cleanup
// of old documents breaks it legitimately, hence info.
func yoyInForce(r, prev *report.Report, row *schema.Row, out []Finding) []Finding {
	if !isPreviousYear(r, prev) {
		return out
	}
	k := func(col string) string { return schema.CellKey("t2", row.Key, col) }
	last, issued, repealed, now := prev.Get(k("in_force")), r.Get(k("issued")), r.Get(k("repealed")), r.Get(k("in_force"))
	for _, v := range []report.Value{last, issued, repealed, now} {
		if v.State != report.Number {
			return out
		}
	}
	want := last.N + issued.N - repealed.N
	if want == now.N {
		return out
	}
	return append(out, Finding{Rule: "YOY-IN-FORCE", Severity: Info, Section: "s2",
		Cells:    []string{k("issued"), k("repealed"), k("in_force")},
		Expected: fixed(want), Actual: fixed(now.N), ID: "YOY-IN-FORCE/" + row.Key,
		Message: fmt.Sprintf("表二“%s”现行有效件数为%s，按上年%s件+本年制发%s件−废止%s件应为%s件（如有集中清理可忽略）",
			row.Label, now.N, last.N, issued.N, repealed.N, want)})
}

// SimilarityThreshold is the share of repeated wording from which TXT-SIMILAR warns.
const SimilarityThreshold = 0.5

// similarMinRunes keeps one-line sections ("无。") out of TXT-SIMILAR: they are alike every year
// and there is nothing to rewrite.
const similarMinRunes = 50

// SectionText joins the narrative fields of a section (s1, s5, s6) as the comparison reads them.
func SectionText(r *report.Report, section string) string {
	var parts []string
	for _, n := range schema.Narratives() {
		if n.Section == section && r.Text(n.Key) != "" {
			parts = append(parts, r.Text(n.Key))
		}
	}
	return strings.Join(parts, "\n")
}

func txtSimilar(r, prev *report.Report, env *Env, section string, out []Finding) []Finding {
	if !isPreviousYear(r, prev) {
		return out
	}
	cur := SectionText(r, section)
	if utf8.RuneCountInString(meaningful(cur)) < similarMinRunes {
		return out
	}
	sim := textsim.Similarity(SectionText(prev, section), cur)
	threshold, basis := env.similarity()
	if sim < threshold {
		return out
	}
	s, _ := schema.SectionByKey(section)
	msg := fmt.Sprintf("“%s”与%d年报告的文字重复约%.0f%%，请结合本年度实际情况重新撰写", s.Heading, prev.Meta.Year, sim*100)
	if basis != "" {
		msg += fmt.Sprintf("（%s：重复超过%.0f%%即提示）", basis, threshold*100)
	}
	return append(out, Finding{Rule: "TXT-SIMILAR", Severity: Warning, Cells: []string{}, Section: section,
		ID: "TXT-SIMILAR/" + section, Message: msg})
}
