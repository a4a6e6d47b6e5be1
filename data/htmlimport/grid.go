package htmlimport

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"nianbao/data/document"
)

// Bounds far above any report table (table 3 has 28 rows and 10 columns), so that a malformed
// page cannot make the table huge; the assembler bounds it further.
const (
	maxSpan      = 100
	maxTableRows = 500
)

// tableCells lists an HTML table's rows and their cells with their spans, as document.Table
// takes them.
func tableCells(t *html.Node) [][]document.Cell {
	trs := tableRows(t)
	if len(trs) > maxTableRows {
		trs = trs[:maxTableRows]
	}
	rows := make([][]document.Cell, len(trs))
	for r, tr := range trs {
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if isCell(c) {
				rows[r] = append(rows[r], document.Cell{Text: nodeText(c), RowSpan: span(c, "rowspan"), ColSpan: span(c, "colspan")})
			}
		}
	}
	return rows
}

// span reads a rowspan or colspan attribute: its leading digits, at least 1 and at most maxSpan.
// (rowspan="0", "to the end of the group", is rare in published reports and read as 1.)
func span(n *html.Node, key string) int {
	for _, a := range n.Attr {
		if a.Key != key {
			continue
		}
		v := strings.TrimSpace(a.Val)
		end := 0
		for end < len(v) && end < 4 && v[end] >= '0' && v[end] <= '9' {
			end++
		}
		k, err := strconv.Atoi(v[:end])
		if err != nil || k < 1 {
			return 1
		}
		return min(k, maxSpan)
	}
	return 1
}
