package layout

import (
	"math"
	"strings"
)

// Characters that must not begin a line (closing punctuation) or end one (opening
// punctuation): the 避头尾 rules of Chinese typesetting.
const (
	noLineStart = "，。、；：？！）】」』”’》〉〕〗〙〛］｝｠｣．…—·％‰℃,.;:?!)]}%"
	noLineEnd   = "（【「『“‘《〈〔〖〘〚［｛｟｢([{"
)

// NoLineStart reports whether r must not begin a line.
func NoLineStart(r rune) bool { return strings.ContainsRune(noLineStart, r) }

// NoLineEnd reports whether r must not end a line.
func NoLineEnd(r rune) bool { return strings.ContainsRune(noLineEnd, r) }

// breakAfter are the characters after which a label breaks most naturally: （三）|不予公开.
const breakAfter = "）、，：；"

// Lines breaks the text of a centred cell — a column heading or a group label — into lines that
// fit its column, balanced rather than filled (商业/企业, not 商业企/业), and preferring a break
// after an ordinal or a comma. Row labels and values are returned whole: they wrap naturally.
func (g *Grid) Lines(c *Cell) []string {
	if c.Role != Header && c.Role != GroupLabel {
		return []string{c.Text}
	}
	capacity := math.Floor((MM(g.SpanWidth(c))-2*CellPadX)/g.FontSize + 1e-9)
	return balancedLines(c.Text, capacity)
}

func balancedLines(text string, capacity float64) []string {
	total := EmWidth(text)
	if total <= capacity || capacity < 1 {
		return []string{text}
	}
	n := int(math.Ceil(total / capacity))
	if lines := punctuationLines(text, capacity); lines != nil && len(lines) <= n {
		return lines
	}
	return evenLines(text, n)
}

// punctuationLines fills lines breaking only after breakAfter characters; nil when a piece
// between two such breaks is wider than a line.
func punctuationLines(text string, capacity float64) []string {
	var pieces []string
	start := 0
	for i, r := range text {
		if strings.ContainsRune(breakAfter, r) {
			end := i + len(string(r))
			pieces = append(pieces, text[start:end])
			start = end
		}
	}
	if start < len(text) {
		pieces = append(pieces, text[start:])
	}
	var lines []string
	line := ""
	for _, p := range pieces {
		if EmWidth(p) > capacity {
			return nil
		}
		if line != "" && EmWidth(line+p) > capacity {
			lines = append(lines, line)
			line = ""
		}
		line += p
	}
	return append(lines, line)
}

// evenLines cuts text into n lines of about equal width, moving a cut so that no line starts
// with closing punctuation or ends with opening punctuation.
func evenLines(text string, n int) []string {
	runes := []rune(text)
	target := EmWidth(text) / float64(n)
	var lines []string
	start, acc := 0, 0.0
	for i := 0; i < len(runes) && len(lines) < n-1; i++ {
		acc += EmWidth(string(runes[i]))
		if acc < target*float64(len(lines)+1)-1e-9 {
			continue
		}
		cut := i + 1
		for cut < len(runes) && NoLineStart(runes[cut]) {
			cut++
		}
		for cut-1 > start && NoLineEnd(runes[cut-1]) {
			cut--
		}
		lines = append(lines, string(runes[start:cut]))
		start = cut
		i = cut - 1
		acc = EmWidth(string(runes[:cut]))
	}
	if start < len(runes) {
		lines = append(lines, string(runes[start:]))
	}
	return lines
}
