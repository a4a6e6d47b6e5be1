package textio

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// titleSuffix ends every report title.
const titleSuffix = "政府信息公开工作年度报告"

// titleLine matches a whole line that is a report title: 「<机关> <年度> 年政府信息公开工作年度报告」,
// with or without spaces, 年 or 年度, and the year missing when the agency writes none.
var titleLine = regexp.MustCompile(`^(.*?)\s*(?:([1-9]\d{3})\s*年度?\s*)?` + titleSuffix + `$`)

// titleInText finds a title inside running text (a crawled page's breadcrumbs): the agency is
// the run of characters before the year that holds no space or punctuation.
var titleInText = regexp.MustCompile(`([^\s，。、；：:,;“”《》（）()]{2,40}?)\s*([1-9]\d{3})\s*年度?\s*` + titleSuffix)

// parseTitle reads agency and year from a line that is a title. A leading 「标题:」 (crawler
// headers) and Markdown markers are ignored.
func parseTitle(line string) (agency string, year int, ok bool) {
	s := cleanHeading(line)
	for _, p := range []string{"标题:", "标题："} {
		s = trimLine(strings.TrimPrefix(s, p))
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "《"), "》")
	s = foldDigits(s)
	m := titleLine.FindStringSubmatch(s)
	if m == nil {
		return "", 0, false
	}
	agency = trimLine(strings.TrimSuffix(trimLine(m[1]), "关于"))
	if m[2] != "" {
		year, _ = strconv.Atoi(m[2])
	}
	if agency == "" && year == 0 {
		return "", 0, false
	}
	return agency, year, true
}

// findTitleInText finds the first title inside running text, skipping phrases that name a
// notice about reports (「…关于编制公布2021年政府信息公开工作年度报告有关事项的通知」) rather than
// a report.
func findTitleInText(text string) (agency string, year int, ok bool) {
	for _, m := range titleInText.FindAllStringSubmatch(foldDigits(text), 20) {
		if !isPlausibleAgency(m[1]) {
			continue
		}
		year, _ = strconv.Atoi(m[2])
		return m[1], year, true
	}
	return "", 0, false
}

// Fallbacks when a document has no title line: 「根据…」 opening paragraphs name the statistics
// period and often the agency.
var (
	periodYear  = regexp.MustCompile(`([1-9]\d{3})\s*年\s*1\s*月\s*1\s*日`)
	openingName = regexp.MustCompile(`本报告由([^\s，。、；：:,;“”《》]{2,40}?)(?:根据|依据|按照|编制)`)
)

// metaFromOpening reads agency and year from an opening paragraph.
func metaFromOpening(text string) (agency string, year int) {
	text = foldDigits(text)
	if m := periodYear.FindStringSubmatch(text); m != nil {
		year, _ = strconv.Atoi(m[1])
	}
	if m := openingName.FindStringSubmatch(text); m != nil {
		agency = m[1]
	}
	if agency == "" || year == 0 {
		if a, y, ok := findTitleInText(text); ok {
			if agency == "" {
				agency = a
			}
			if year == 0 {
				year = y
			}
		}
	}
	return agency, year
}

// foldDigits turns full-width digits into ASCII so the patterns above see them.
func foldDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// writeTitle is the title line an exporter writes; it is what parseTitle reads back.
func writeTitle(agency string, year int) string {
	if year == 0 {
		if agency == "" {
			return ""
		}
		return agency + titleSuffix
	}
	return agency + strconv.Itoa(year) + "年" + titleSuffix
}

// isPlausibleAgency rejects what a pattern caught that cannot be an agency's name.
func isPlausibleAgency(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 40 {
		return false
	}
	for _, w := range []string{"关于", "编制", "公布", "印发", "通知", "做好"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}
