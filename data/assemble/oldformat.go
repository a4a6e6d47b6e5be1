package assemble

import (
	"strings"

	"nianbao/data/schema"
)

// trialPhrases only appear in reports following the 2019 trial format (国办公开办函〔2019〕60号):
// its table 2 had an item 第二十条第（九）项 and columns 本年新制作数量, a row 其他对外管理服务事项,
// and reports cited the format by its title. They are the phrases data/textio looks for; the
// fifth sign, a single （六）其他处理 row in table 3, is found by the table reader.
var trialPhrases = []string{"第二十条第（九）项", "本年新制作数量", "其他对外管理服务事项", "年度报告格式（试行）"}

var trialNorm = func() []string {
	n := make([]string, len(trialPhrases))
	for i, p := range trialPhrases {
		n[i] = schema.Normalize(p)
	}
	return n
}()

// trialMarks holds a character of each phrase, so that text without any is passed over without
// normalising it.
const trialMarks = "九制对试"

// TrialFormatPhrases returns the phrases of the 2019 trial format that text contains, in the
// official spelling, however the text writes brackets and spaces. Importers of any document kind
// use it to set Meta.Format and Source.OldFormat, which the FMT-OLD rule reports.
func TrialFormatPhrases(text string) []string {
	if !strings.ContainsAny(text, trialMarks) {
		return nil
	}
	n := schema.Normalize(text)
	var found []string
	for i, p := range trialNorm {
		if strings.Contains(n, p) {
			found = append(found, trialPhrases[i])
		}
	}
	return found
}
