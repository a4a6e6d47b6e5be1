package pdf

import (
	"unicode"

	"nianbao/data/export/layout"
)

// line is one typeset line: its text and its natural width in points.
type line struct {
	text  []rune
	width float64
}

// wrap breaks text into lines the way Chinese is set: a break may fall between any two CJK
// characters, never inside a run of Latin letters or digits (a number, a web address) unless
// the run alone is wider than a line, and never so that a line starts with closing punctuation
// or ends with opening punctuation (避头尾). The first line is first wide, the others width;
// advance gives the width of a rune in points.
func wrap(text string, first, width float64, advance func(rune) float64) []line {
	var lines []line
	var cur line
	limit := first
	emit := func() {
		cur.text, cur.width = trimSpaces(cur.text, cur.width, advance)
		lines = append(lines, cur)
		cur = line{}
		limit = width
	}
	for _, tok := range tokens(text) {
		w := 0.0
		for _, r := range tok {
			w += advance(r)
		}
		if isSpace(tok) && len(cur.text) == 0 {
			continue
		}
		if cur.width+w <= limit+1e-6 {
			cur.text = append(cur.text, tok...)
			cur.width += w
			continue
		}
		if len(cur.text) > 0 {
			emit()
			if isSpace(tok) {
				continue
			}
		}
		if w <= limit+1e-6 {
			cur.text, cur.width = append(cur.text, tok...), w
			continue
		}
		for _, r := range tok { // a token wider than a line: cut it where the line is full
			a := advance(r)
			if len(cur.text) > 0 && cur.width+a > limit+1e-6 {
				// Closing punctuation takes the character before it to the next line.
				var carry []rune
				if n := len(cur.text); n > 1 && layout.NoLineStart(r) && advance(cur.text[n-1])+a <= width+1e-6 {
					carry = []rune{cur.text[n-1]}
					cur.text, cur.width = cur.text[:n-1], cur.width-advance(carry[0])
				}
				emit()
				for _, c := range carry {
					cur.text, cur.width = append(cur.text, c), cur.width+advance(c)
				}
			}
			cur.text = append(cur.text, r)
			cur.width += a
		}
	}
	if len(cur.text) > 0 || len(lines) == 0 {
		emit()
	}
	return lines
}

// tokens cuts text into pieces that are never broken inside: a CJK character with the
// punctuation glued to it, a run of Latin letters and digits, or a space.
func tokens(text string) [][]rune {
	var toks [][]rune
	for _, r := range text {
		n := len(toks)
		switch {
		case n > 0 && isWordRune(r) && isWordRune(toks[n-1][len(toks[n-1])-1]):
			toks[n-1] = append(toks[n-1], r)
		case n > 0 && !unicode.IsSpace(r) && !isSpace(toks[n-1]) &&
			(layout.NoLineStart(r) || layout.NoLineEnd(toks[n-1][len(toks[n-1])-1])):
			toks[n-1] = append(toks[n-1], r)
		default:
			toks = append(toks, []rune{r})
		}
	}
	return toks
}

// isWordRune reports whether r belongs to a run that is kept whole: Latin letters, digits and
// the ASCII punctuation inside numbers, addresses and codes.
func isWordRune(r rune) bool {
	return r < 0x0370 && !unicode.IsSpace(r) && !layout.NoLineEnd(r)
}

func isSpace(tok []rune) bool { return len(tok) == 1 && unicode.IsSpace(tok[0]) }

func trimSpaces(text []rune, width float64, advance func(rune) float64) ([]rune, float64) {
	for len(text) > 0 && unicode.IsSpace(text[len(text)-1]) {
		width -= advance(text[len(text)-1])
		text = text[:len(text)-1]
	}
	return text, width
}
