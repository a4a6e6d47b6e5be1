package assemble

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// titleSuffix ends every report title.
const titleSuffix = "政府信息公开工作年度报告"

// A report title names the agency and the year: 「<机关><年度>年政府信息公开工作年度报告」, also
// written with the year first (「2025年度<机关>政府信息公开工作年度报告」) or, by agencies that
// leave it to the page, without a year.
var (
	titleAgencyFirst = regexp.MustCompile(`^(.*?)\s*(?:([12]\d{3})\s*年度?\s*)?` + titleSuffix + `$`)
	titleYearFirst   = regexp.MustCompile(`^([12]\d{3})\s*年度?\s*(.+?)\s*` + titleSuffix + `$`)
)

// parseTitle reads agency and year from a line that is a whole report title.
func parseTitle(line string) (agency string, year int, ok bool) {
	s := strings.Trim(foldDigits(line), " 《》【】[]“”\"")
	if !strings.HasSuffix(s, titleSuffix) || utf8.RuneCountInString(s) > 80 {
		return "", 0, false
	}
	if m := titleYearFirst.FindStringSubmatch(s); m != nil {
		agency, year = m[2], atoi(m[1])
	} else if m := titleAgencyFirst.FindStringSubmatch(s); m != nil {
		agency, year = m[1], atoi(m[2])
	}
	agency = strings.TrimSuffix(strings.ReplaceAll(agency, " ", ""), "关于")
	if agency != "" && !plausibleAgency(agency) {
		return "", 0, false
	}
	return agency, year, agency != "" || year != 0
}

// titleSeparators split a <title> into the report's title and the site's name
// (「测试市2025年政府信息公开工作年度报告_测试市人民政府」).
var titleSeparators = regexp.MustCompile(`\s*[_|｜丨—–]+\s*|\s+-+\s+|-{2,}`)

// parsePageTitle finds the report title among the parts of a <title>.
func parsePageTitle(title string) (agency string, year int, ok bool) {
	for _, part := range titleSeparators.Split(title, -1) {
		if a, y, ok := parseTitle(part); ok {
			return a, y, true
		}
	}
	return "", 0, false
}

// Without a title, 「根据…」 opening paragraphs name the statistics period and often the agency.
var (
	periodYear  = regexp.MustCompile(`([12]\d{3})\s*年\s*1\s*月\s*1\s*日`)
	openingName = regexp.MustCompile(`本报告由([^\s，。、；：:,;“”《》]{2,40}?)(?:根据|依据|按照|编制)`)
)

// metaFromOpening reads agency and year from the opening paragraphs.
func metaFromOpening(text string) (agency string, year int) {
	text = foldDigits(text)
	if m := periodYear.FindStringSubmatch(text); m != nil {
		year = atoi(m[1])
	}
	if m := openingName.FindStringSubmatch(text); m != nil && plausibleAgency(m[1]) {
		agency = m[1]
	}
	return agency, year
}

// plausibleAgency rejects what a title pattern caught that cannot be an agency's name: a
// breadcrumb trail, a notice about reports, a sentence.
func plausibleAgency(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 40 || strings.ContainsAny(s, "<>＞»›/\\|:：，。；,;【】[]") {
		return false
	}
	for _, w := range []string{"关于", "编制", "公布", "印发", "通知", "做好"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// foldDigits turns full-width digits into ASCII so the patterns above see them.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
