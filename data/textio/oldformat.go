package textio

import (
	"strings"

	"nianbao/data/schema"
)

// oldPhrase is a phrase of the 2019 trial format (国办公开办函〔2019〕60号) found in a document.
type oldPhrase struct {
	phrase string
	no     int
}

// oldFormatPhrases only appear in reports following the 2019 trial format: its table 2 had an
// item 第二十条第（九）项 and columns 本年新制作数量, a row 其他对外管理服务事项, and reports cited
// the format by its title. (The fifth sign, a single （六）其他处理 row in table 3, is found by
// the table reader.)
var oldFormatPhrases = []string{"第二十条第（九）项", "本年新制作数量", "其他对外管理服务事项", "年度报告格式（试行）"}

var oldFormatNorm = func() []string {
	n := make([]string, len(oldFormatPhrases))
	for i, p := range oldFormatPhrases {
		n[i] = schema.Normalize(p)
	}
	return n
}()

// oldFormatMarks holds a character of each phrase, to pass over other lines without normalising
// them.
const oldFormatMarks = "九制对试"

// findOldFormat lists the trial-format phrases of a document with the first line of each.
func findOldFormat(lines []line) []oldPhrase {
	var found []oldPhrase
	seen := make([]bool, len(oldFormatPhrases))
	for _, ln := range lines {
		if !strings.ContainsAny(ln.text, oldFormatMarks) {
			continue
		}
		n := ""
		for i, p := range oldFormatNorm {
			if seen[i] {
				continue
			}
			if n == "" {
				n = schema.Normalize(ln.text)
			}
			if strings.Contains(n, p) {
				seen[i] = true
				found = append(found, oldPhrase{phrase: oldFormatPhrases[i], no: ln.no})
			}
		}
	}
	return found
}
