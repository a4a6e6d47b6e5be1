package assemble

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Collapse turns text as it stands in the HTML source into text as a reader sees it: runs of
// white space (&nbsp; and the ideographic space of indents included) become one space and the
// ends are trimmed. A run holding a source line break between two Chinese characters is dropped,
// as CSS does: editors wrap long lines of Chinese anywhere, and the break is not a space.
// Spaces the author typed (「2023 年」) are kept.
func Collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, lineBreak := false, false
	var prev rune
	for _, r := range s {
		if isSpace(r) {
			space = b.Len() > 0
			lineBreak = lineBreak || r == '\n' || r == '\r'
			continue
		}
		if space && !(lineBreak && isWide(prev) && isWide(r)) {
			b.WriteByte(' ')
		}
		space, lineBreak = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isWide reports whether r is a CJK character or punctuation set full-width in Chinese text
// (CJK and full-width forms; the dashes, quotes and ellipsis of General Punctuation).
func isWide(r rune) bool {
	switch {
	case r >= 0x2010 && r <= 0x205E, r >= 0x2E80 && r <= 0xA4CF, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFFEF && r != utf8.RuneError, r >= 0x20000 && r <= 0x3FFFF:
		return true
	}
	return false
}

// ClipText shortens s to n characters and an ellipsis, for quoting it in a message.
func ClipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
