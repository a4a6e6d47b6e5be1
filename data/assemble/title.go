package assemble

import (
	"fmt"
	"nianbao/data/report"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// TitleSuffix ends every report title.
const TitleSuffix = "政府信息公开工作年度报告"

// A report title names the agency and the year: 「<机关><年度>年政府信息公开工作年度报告」, also
// written with the year first (「2025年度<机关>政府信息公开工作年度报告」) or, by agencies that
// leave it to the page, without a year.
var (
	titleAgencyFirst = regexp.MustCompile(`^(.*?)\s*(?:([12]\d{3})\s*年度?\s*)?` + TitleSuffix + `$`)
	titleYearFirst   = regexp.MustCompile(`^([12]\d{3})\s*年度?\s*(.+?)\s*` + TitleSuffix + `$`)
)

// ParseTitle reads agency and year from a line that is a whole report title.
func ParseTitle(line string) (agency string, year int, ok bool) {
	s := strings.Trim(FoldDigits(line), " 《》【】[]“”\"")
	if !strings.HasSuffix(s, TitleSuffix) || utf8.RuneCountInString(s) > 80 {
		return "", 0, false
	}
	if m := titleYearFirst.FindStringSubmatch(s); m != nil {
		agency, year = m[2], atoi(m[1])
	} else if m := titleAgencyFirst.FindStringSubmatch(s); m != nil {
		agency, year = m[1], atoi(m[2])
	}
	agency = strings.TrimSuffix(strings.ReplaceAll(agency, " ", ""), "关于")
	if agency != "" && !PlausibleAgency(agency) {
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
		if a, y, ok := ParseTitle(part); ok {
			return a, y, true
		}
	}
	return "", 0, false
}

// titleInText finds a title inside running text (a crawled page's breadcrumbs): the agency is
// the run of characters before the year that holds no space or punctuation.
var titleInText = regexp.MustCompile(`([^\s，。、；：:,;“”《》（）()<>＞»›/|【】\[\]]{2,40}?)\s*([12]\d{3})\s*年度?\s*` + TitleSuffix)

// FindTitleInText finds the first report title inside running text, skipping phrases that name
// a notice about reports (「…关于编制公布2021年政府信息公开工作年度报告有关事项的通知」) rather
// than a report.
func FindTitleInText(text string) (agency string, year int, ok bool) {
	for _, m := range titleInText.FindAllStringSubmatch(FoldDigits(text), 20) {
		if PlausibleAgency(m[1]) {
			return m[1], atoi(m[2]), true
		}
	}
	return "", 0, false
}

// periodYear is the year of a statistics period (「统计期限为2025年1月1日至12月31日」).
var periodYear = regexp.MustCompile(`([12]\d{3})\s*年\s*1\s*月\s*1\s*日`)

// MetaFromOpening reads what opening paragraphs say when a document has no title line: the year
// of the statistics period, and agency and year from a report title standing in the text. The
// agency is never taken from 「本报告由……编制」: that names the office that wrote the report
// (a 人民政府's report is compiled by its 办公室), not the agency it is of.
func MetaFromOpening(text string) (agency string, year int) {
	text = FoldDigits(text)
	if m := periodYear.FindStringSubmatch(text); m != nil {
		year = atoi(m[1])
	}
	if a, y, ok := FindTitleInText(text); ok {
		agency = a
		if year == 0 {
			year = y
		}
	}
	return agency, year
}

// PlausibleAgency rejects what a title pattern caught that cannot be an agency's name: a
// breadcrumb trail, a notice about reports, a sentence. Names with & < > " (A&B<局>) pass.
func PlausibleAgency(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 40 || strings.ContainsAny(s, "＞»›/\\|:：，。；,;【】[]") {
		return false
	}
	// 「首页>信息公开>年报」 is a breadcrumb trail; a name may hold brackets that pair up.
	if strings.Count(s, ">") != strings.Count(s, "<") {
		return false
	}
	for _, w := range []string{"关于", "编制", "公布", "印发", "通知", "做好"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// FoldDigits turns full-width digits into ASCII so that patterns see them.
func FoldDigits(s string) string {
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

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// publishedLine is the line a web page or a crawl of it states its publication on: 「发布时间：
// 2024-01-20 09:30」「发布日期:2024年1月20日」.
var publishedLine = regexp.MustCompile(`(?:发布时间|发布日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)`)

// PublishedOn reads the publication date a line above the report states, as a 发布日期
// (report.DateLayout); ok is false when it states none or an impossible date.
func PublishedOn(text string) (date string, ok bool) {
	m := publishedLine.FindStringSubmatch(FoldDigits(text))
	if m == nil {
		return "", false
	}
	d, err := report.ParseDate(m[1])
	if err != nil {
		return "", false
	}
	return report.FormatDate(d), true
}

// PublishedLine is the line the text exports write under the title for a 发布日期, which
// PublishedOn reads back.
func PublishedLine(date string) string { return "发布日期：" + date }

// PublishedNote is the import note for a 发布日期 taken from the document.
func PublishedNote(date string) string {
	return fmt.Sprintf("发布日期按原文的“发布时间”记为 %s，请核对", date)
}
