package textio

import (
	"slices"

	"nianbao/data/assemble"
)

// oldPhrase is a phrase of the 2019 trial format (国办公开办函〔2019〕60号) found in a document.
type oldPhrase struct {
	phrase string
	no     int
}

// findOldFormat lists the trial-format phrases of a document (assemble.TrialFormatPhrases) with
// the first line of each.
func findOldFormat(lines []line) []oldPhrase {
	var found []oldPhrase
	var seen []string
	for _, ln := range lines {
		for _, ph := range assemble.TrialFormatPhrases(ln.text) {
			if !slices.Contains(seen, ph) {
				seen = append(seen, ph)
				found = append(found, oldPhrase{phrase: ph, no: ln.no})
			}
		}
	}
	return found
}
