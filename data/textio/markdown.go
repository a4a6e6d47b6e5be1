package textio

import "strings"

// Markdown escaping. CommonMark gives meaning to ASCII punctuation — emphasis (* _ ~), code
// (`), links and images ([ ] !), raw HTML and autolinks (< >), entities (&), tables (|) and
// escapes (\) anywhere; headings (#), lists (- + * 1. 1)), quotes (>) and thematic breaks or
// setext underlines (--- ===) at the start of a line. The writer puts a backslash before each
// such character of the report's text, so the .md shows exactly what the clerk typed, and the
// reader removes the backslashes again. Every ASCII punctuation character may be escaped in
// CommonMark, so the escapes are never shown.

// mdInline are the characters escaped wherever they stand.
const mdInline = "\\`*_[]<>&|~"

// mdLineStart are the characters escaped at the start of a line.
const mdLineStart = "#+-=>"

// escapeMarkdown escapes one line of text; atLineStart says whether it begins a line.
func escapeMarkdown(s string, atLineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	digits := atLineStart // still in the leading digits of a possible ordered-list marker
	for i, r := range s {
		switch {
		case strings.ContainsRune(mdInline, r),
			i == 0 && atLineStart && strings.ContainsRune(mdLineStart, r),
			digits && i > 0 && (r == '.' || r == ')'):
			b.WriteByte('\\')
		}
		digits = digits && r >= '0' && r <= '9'
		b.WriteRune(r)
	}
	return b.String()
}

// unescapeMarkdown removes the backslash before ASCII punctuation, as CommonMark reads it.
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
