package xlsx

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Neither Excel nor LibreOffice grows a merged row to fit wrapped text, and LibreOffice does not
// grow plain rows written without a height either, so the writer sets every row height from an
// estimate of how many lines each text wraps to. The estimate errs on the tall side.

// textUnits is the width of s in Excel column units at 11 pt: a full-width (CJK) character is
// about two digits wide, an ASCII character about one.
func textUnits(s string) float64 {
	u := 0.0
	for _, r := range s {
		if r < utf8.RuneSelf {
			u += 1.1
		} else {
			u += 2
		}
	}
	return u
}

// lineCount estimates how many lines text wraps to in a cell width units wide at size pt.
func lineCount(text string, width, size float64) int {
	avail := max(width-1.5, 1)
	n := 0
	for _, p := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(textUnits(p)*size/11/avail)))
	}
	return n
}

// lineHeight is the row height in points one line of text at size pt needs.
func lineHeight(size float64) float64 { return size * 1.4 }

// maxRowHeight is Excel's limit on a row's height in points.
const maxRowHeight = 409

// heightFor is the row height text needs in a cell width units wide at size pt, never less than
// min.
func heightFor(text string, width, size, minHeight float64) float64 {
	h := float64(lineCount(text, width, size))*lineHeight(size) + 6
	return math.Min(math.Max(h, minHeight), maxRowHeight)
}
