package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
)

// noLineStart holds the punctuation that Chinese typesetting never puts at the start of a line;
// such a rune stays at the end of the previous line even if it overhangs a little.
const noLineStart = "，。、；：！？）》」』】”’,.;:!?)]}%"

// wrapBreak breaks text into lines no wider than width, breaking between any two runes (Fyne's
// TextWrapBreak: right for Chinese, which has no spaces between words). Explicit line breaks are
// kept. A single rune wider than width gets a line of its own.
func wrapBreak(text string, width, size float32, style fyne.TextStyle) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		runes := []rune(para)
		if len(runes) == 0 {
			lines = append(lines, "")
			continue
		}
		start := 0
		for start < len(runes) {
			end := start + 1
			for end < len(runes) && fyne.MeasureText(string(runes[start:end+1]), size, style).Width <= width {
				end++
			}
			for end < len(runes) && strings.ContainsRune(noLineStart, runes[end]) {
				end++
			}
			lines = append(lines, string(runes[start:end]))
			start = end
		}
	}
	return lines
}
