package assemble

import (
	"strings"
	"unicode/utf8"

	"nianbao/data/schema"
)

// maxHeadingRunes is longer than any section heading; longer paragraphs are text.
const maxHeadingRunes = 40

// sectionEnumerators number the six sections.
const sectionEnumerators = "一二三四五六"

// Headings follows the section headings of a document in order. A heading is recognised as the
// format writes it (schema.MatchSection), or worded a little differently
// (「五、存在问题及改进情况」) when it carries the next section numbers and most of the official
// words; a numbered list inside a section (「二、主动公开工作不断深化」) does not pass for one.
type Headings struct {
	last int // number of the last section heading seen, 0 before 一
}

// Match reports whether a paragraph is a section heading, or starts with one written exactly
// (「一、总体情况2025年，…」 where the heading was set in bold within the paragraph). rest is the
// text after the heading.
func (h *Headings) Match(text string) (s schema.Section, rest string, ok bool) {
	no := sectionNumber(text)
	if no == 0 {
		return schema.Section{}, "", false
	}
	if utf8.RuneCountInString(text) <= maxHeadingRunes {
		if s, ok := schema.MatchSection(text); ok {
			h.last = no
			return s, "", true
		}
		if s, ok := similarHeading(text, no); ok && no > h.last {
			h.last = no
			return s, "", true
		}
	}
	s = schema.Sections()[no-1]
	if rest, ok := cutPrefixNorm(text, s.Heading); ok && no > h.last {
		h.last = no
		return s, strings.TrimLeft(rest, " ：:。."), true
	}
	return schema.Section{}, "", false
}

// sectionNumber is 1…6 for text starting with a section enumerator 「一、」「二.」「三 」, else 0.
func sectionNumber(text string) int {
	r, size := utf8.DecodeRuneInString(text)
	i := strings.IndexRune(sectionEnumerators, r)
	if i < 0 {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(text[size:])
	if !strings.ContainsRune("、.．， ", next) {
		return 0
	}
	return i/len("一") + 1
}

// maxExtraHeadingRunes is how many words of its own a heading may add to the official ones.
const maxExtraHeadingRunes = 10

// similarHeading compares the words of a heading with the official heading of section no: they
// must share at least 70% of the longer one in order (a longest common subsequence), or the
// heading holds all the official words in order and a few more, or, for 五 and 六, the heading
// may be an abbreviation of four characters or more (「六、其他事项」).
// Earlier sections are not abbreviated: 「二、主动公开」 is as likely a list item of 一、总体情况.
func similarHeading(text string, no int) (schema.Section, bool) {
	s := schema.Sections()[no-1]
	got := []rune(headingWords(text))
	want := []rune(headingWords(s.Heading))
	if len(got) == 0 {
		return schema.Section{}, false
	}
	common := lcs(got, want)
	switch {
	case common*10 >= 7*max(len(got), len(want)):
	case common == len(want) && len(got) <= len(want)+maxExtraHeadingRunes:
		// Every official word in order, with a few of the report's own added
		// (「五、政府信息公开工作存在的主要问题及改进情况」).
	case no >= 5 && common == len(got) && len(got) >= 4:
	default:
		return schema.Section{}, false
	}
	return s, true
}

// headingWords is a heading without its enumerator and closing punctuation, normalised.
func headingWords(text string) string {
	_, size := utf8.DecodeRuneInString(text)
	n := schema.Normalize(text[size:])
	return strings.Trim(n, ".,:")
}

// lcs is the length of the longest common subsequence of two short rune slices.
func lcs(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// cutPrefixNorm reports whether text starts with prefix once both are normalised, and returns
// the raw text after it.
func cutPrefixNorm(text, prefix string) (string, bool) {
	want := schema.Normalize(prefix)
	got := 0
	for i, r := range text {
		n := schema.Normalize(string(r))
		if !strings.HasPrefix(want[got:], n) {
			return "", false
		}
		got += len(n)
		if got == len(want) {
			return text[i+utf8.RuneLen(r):], true
		}
	}
	return "", false
}

// overview routes a paragraph of 一、总体情况 to its sub-items (SubItems).
func (p *importer) overview(text string) {
	for _, part := range SubItems(text, p.subItem) {
		p.subItem = part.N
		p.addPara(schema.OverviewKeys()[p.subItem], part.Text)
	}
}

// dropOwnHeading removes a sub-item heading worded in the report's own way: the whole paragraph
// when it is a short phrase (「平台建设」「信息公开平台建设方面」), or a phrase ending in
// 方面/情况/工作 set as a sentence of its own before the text (「平台载体建设方面。…」). A phrase
// before a colon is kept: it reads as the report's own lead-in (「平台建设情况：…」), and so is a
// short text saying there was nothing (「无」「本年度未开展」): that is the agency's words.
func dropOwnHeading(s string) string {
	if utf8.RuneCountInString(s) <= 20 && !strings.ContainsAny(s, "。，；：:") && !saysNothing(s) {
		return ""
	}
	end := strings.Index(s, "。")
	if end < 0 || utf8.RuneCountInString(s[:end]) > 14 || !headingWord(s[:end]) {
		return s
	}
	return strings.TrimLeft(s[end+len("。"):], " ")
}

// saysNothing reports whether a short text says there was nothing to report.
func saysNothing(s string) bool {
	for _, w := range []string{"无", "暂无", "未", "没有", "本年度无", "本年度未", "不涉及"} {
		if strings.HasPrefix(strings.TrimSpace(s), w) {
			return true
		}
	}
	return false
}

// headingWord reports whether a phrase ends as sub-item headings do.
func headingWord(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "方面") || strings.HasSuffix(s, "情况") || strings.HasSuffix(s, "工作")
}

// chromeMarks are words of the site around an article: breadcrumbs, publication data, share and
// print buttons, footers. A short paragraph holding one is not report text.
var chromeMarks = []string{"当前位置", "您的位置", "您现在的位置", "发布时间", "发布日期", "来源：", "来源:",
	"浏览次数", "阅读次数", "点击数", "点击量", "访问量", "字号", "【大", "打印本页", "打印此页", "关闭窗口",
	"关闭本页", "【打印】", "【关闭】", "[打印]", "[关闭]", "分享到", "扫一扫", "版权所有", "主办单位",
	"承办单位", "网站标识码", "ICP备", "公网安备", "上一篇", "下一篇", "相关链接", "相关文章", "相关阅读",
	"索引号", "发布机构", "成文日期", "信息来源", "责任编辑", "附件下载", "返回顶部", "网站地图"}

// maxChromeRunes: paragraphs longer than this are text even if they mention a chrome word.
const maxChromeRunes = 60

// isChrome reports whether a paragraph belongs to the site rather than the report.
func isChrome(text string) bool {
	if utf8.RuneCountInString(text) > maxChromeRunes {
		return false
	}
	for _, m := range chromeMarks {
		if strings.Contains(text, m) {
			return true
		}
	}
	return strings.Contains(text, "首页") && strings.ContainsAny(text, ">＞»›/")
}
