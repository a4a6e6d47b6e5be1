package widgets

import "strings"

// splitBlock splits text copied from a spreadsheet (Excel, WPS, LibreOffice) into rows of cells:
// rows end with \n, \r\n or \r, cells are separated by tabs, and the line break after the last
// row is dropped. A cell that starts with a double quote is quoted as those programs write cells
// holding a tab or line break: it runs to the next lone quote, and "" inside stands for one quote.
// An unterminated quote is taken literally, so that no text is lost.
func splitBlock(text string) [][]string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimSuffix(text, "\n")

	rows := [][]string{{}}
	for {
		cell, rest, end := nextCell(text)
		last := len(rows) - 1
		rows[last] = append(rows[last], cell)
		switch end {
		case '\n':
			rows = append(rows, []string{})
		case 0:
			return rows
		}
		text = rest
	}
}

// nextCell reads one cell from the start of text and returns it, the text after its separator,
// and the separator: '\t', '\n', or 0 at the end of text.
func nextCell(text string) (cell, rest string, end byte) {
	if strings.HasPrefix(text, `"`) {
		if cell, n, ok := quotedCell(text); ok {
			if n == len(text) {
				return cell, "", 0
			}
			return cell, text[n+1:], text[n]
		}
	}
	i := strings.IndexAny(text, "\t\n")
	if i < 0 {
		return text, "", 0
	}
	return text[:i], text[i+1:], text[i]
}

// quotedCell reads a quoted cell at the start of text. n is the length of text it used; ok is
// false when the quote is not closed before a separator or the end.
func quotedCell(text string) (cell string, n int, ok bool) {
	var b strings.Builder
	for i := 1; i < len(text); i++ {
		if text[i] != '"' {
			b.WriteByte(text[i])
			continue
		}
		if i+1 < len(text) && text[i+1] == '"' {
			b.WriteByte('"')
			i++
			continue
		}
		if i+1 == len(text) || text[i+1] == '\t' || text[i+1] == '\n' {
			return b.String(), i + 1, true
		}
		return "", 0, false
	}
	return "", 0, false
}
