package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
	"nianbao/data/textsim"
)

// narrativeKeys are the texts the narrative rules read: the opening and the eight fields.
func narrativeKeys() []string {
	keys := []string{"opening"}
	for _, n := range schema.Narratives() {
		keys = append(keys, n.Key)
	}
	return keys
}

func textOf(r *report.Report, key string) string {
	if key == "opening" {
		return r.Meta.Opening
	}
	return r.Text(key)
}

// halfWidthDigits turns full-width digits into ASCII so the patterns below see one form.
var halfWidthDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9")

var (
	yearPattern     = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	thisYearPattern = regexp.MustCompile(`本年|今年|本年度|全年|年内`)
)

// txtYear flags sentences about this year's work that name another year: the sign of a
// paragraph copied from last year's report. Years compared against (较2022年, 与2022年相比),
// periods (2022年以来) and next year's plans are left alone.
func txtYear(r *report.Report, key string, out []Finding) []Finding {
	if r.Meta.Year == 0 {
		return out
	}
	for _, s := range textsim.Sentences(halfWidthDigits.Replace(textOf(r, key))) {
		for _, m := range yearPattern.FindAllStringSubmatchIndex(s, -1) {
			y, _ := strconv.Atoi(s[m[2]:m[3]])
			if y == r.Meta.Year || y == r.Meta.Year+1 {
				continue
			}
			before, after := s[:m[0]], s[m[1]:]
			if strings.HasSuffix(before, "较") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "与") ||
				strings.HasSuffix(before, "同") || strings.HasSuffix(before, "自") || strings.HasSuffix(before, "从") ||
				strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "起") || strings.HasPrefix(after, "至") ||
				strings.HasPrefix(after, "度相比") || strings.HasPrefix(after, "相比") || strings.Contains(after, "同比") {
				continue
			}
			leads := strings.TrimSpace(before) == ""
			if !leads && !thisYearPattern.MatchString(s) {
				continue
			}
			out = append(out, Finding{Rule: "TXT-YEAR", Severity: Warning, Cells: []string{}, Section: schema.SectionOf(key),
				ID:      fmt.Sprintf("TXT-YEAR/%s/%d", key, y),
				Message: fmt.Sprintf("%s写到“%s”，但本报告是%d年度的，可能沿用了往年的文字", heading(key), clipRunes(s, 30), r.Meta.Year)})
			break
		}
	}
	return out
}

func clipRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// claim is a kind of figure narratives state about tables 3 and 4. A figure agrees with the
// tables when it equals one of the readings (sums of cells).
type claim struct {
	kind     string
	pattern  *regexp.Regexp
	readings [][]string
	// describe names the table figure(s) in a message.
	describe string
	// needsPublic requires the sentence to speak of 公开 (or stand in 依申请公开), so counts of
	// other applications (行政许可申请) and of the agency's general review cases are not read.
	needsPublic bool
}

const (
	gap    = `[^。；;，,、0-9]{0,20}?`
	number = `([0-9]+)\s*(?:件|个|宗|起)`
)

var claims = []claim{
	{kind: "received", pattern: regexp.MustCompile(`(?:新收|收到|受理|接收|接到)` + gap + `(?:申请` + `[^。；;，,、0-9]{0,8}?` + number + `|` + number + `[^。；;，,、0-9]{0,10}?申请)`),
		readings: [][]string{{"t3.new.total"}, {"t3.new.total", "t3.carried.total"}},
		describe: "本年新收申请%s件（含上年结转为%s件）", needsPublic: true},
	{kind: "carried", pattern: regexp.MustCompile(`上年(?:度)?结转` + gap + number),
		readings: [][]string{{"t3.carried.total"}}, describe: "上年结转%s件", needsPublic: true},
	{kind: "completed", pattern: regexp.MustCompile(`办结` + gap + number),
		readings: [][]string{{"t3.result_total.total"}}, describe: "本年度办理结果总计%s件", needsPublic: true},
	{kind: "carry_next", pattern: regexp.MustCompile(`结转(?:至|到)?下(?:一)?年(?:度)?` + gap + number + `|` + number + `[^。；;，,、0-9]{0,4}?结转(?:至|到)?下(?:一)?年`),
		readings: [][]string{{"t3.carry_next.total"}}, describe: "结转下年度%s件", needsPublic: true},
	{kind: "review", pattern: regexp.MustCompile(`行政复议` + gap + number),
		readings: [][]string{{"t4.review.total"}}, describe: "行政复议总计%s件", needsPublic: true},
	{kind: "litigation", pattern: regexp.MustCompile(`行政诉讼` + gap + number),
		readings: [][]string{{"t4.direct.total", "t4.after_review.total"}}, describe: "行政诉讼总计%s件", needsPublic: true},
}

// otherBusiness marks figures about other kinds of applications or cases in the same sentence.
var otherBusiness = regexp.MustCompile(`许可|审批|信访|投诉|举报|备案|登记`)

// claimCells are the cells TXT-NUMBER reads.
func claimCells() []string {
	var keys []string
	for _, c := range claims {
		for _, rd := range c.readings {
			keys = append(keys, rd...)
		}
	}
	return keys
}

// txtNumber compares figures stated in one narrative field with the tables. It warns only when
// the table cells are filled and no reading of the figure agrees.
func txtNumber(r *report.Report, key string, out []Finding) []Finding {
	text := halfWidthDigits.Replace(textOf(r, key))
	if text == "" {
		return out
	}
	for _, s := range textsim.Sentences(text) {
		public := key == "s1.request" || strings.Contains(s, "公开")
		for _, c := range claims {
			if c.needsPublic && !public {
				continue
			}
			m := c.pattern.FindStringSubmatch(s)
			if m == nil {
				continue
			}
			if otherBusiness.MatchString(m[0]) {
				continue
			}
			stated, err := strconv.ParseInt(firstGroup(m), 10, 64)
			if err != nil {
				continue
			}
			var values []report.Fixed
			var cells []string
			known := true
			for _, rd := range c.readings {
				var total report.Fixed
				for _, k := range rd {
					v := r.Get(k)
					if v.State != report.Number {
						known = false
					}
					total += v.N
					cells = append(cells, k)
				}
				values = append(values, total)
			}
			if !known || containsFixed(values, report.Int(stated)) {
				continue
			}
			args := make([]any, len(values))
			for i, v := range values {
				args[i] = v
			}
			out = append(out, Finding{Rule: "TXT-NUMBER", Severity: Warning, Cells: dedupe(cells),
				Expected: fixed(values[0]), Actual: fixed(report.Int(stated)), Section: schema.SectionOf(key),
				ID:      "TXT-NUMBER/" + key + "/" + c.kind,
				Message: fmt.Sprintf("%s写到“%s”，与表格不一致：表中%s", heading(key), clipRunes(m[0], 30), fmt.Sprintf(c.describe, args...))})
		}
	}
	return out
}

// firstGroup returns the figure a claim pattern captured, whichever alternative matched.
func firstGroup(m []string) string {
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

func containsFixed(vs []report.Fixed, x report.Fixed) bool {
	for _, v := range vs {
		if v == x {
			return true
		}
	}
	return false
}

func dedupe(keys []string) []string {
	seen := map[string]bool{}
	out := keys[:0]
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
