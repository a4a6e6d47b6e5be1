package docx

import (
	"strconv"
	"strings"

	"nianbao/data/export/layout"
)

const border = `w:val="single" w:sz="4" w:space="0" w:color="000000"`

// table writes a grid as a Word table: fixed column widths fitting the text area, 0.5 pt rules,
// merges as gridSpan and vMerge, header rows repeated on every page (tblHeader), no row split
// across pages (cantSplit), and the table kept on one page when it fits (keepNext).
func table(b *strings.Builder, g *layout.Grid) {
	widths := gridTwips(g.Widths)
	total := 0
	for _, w := range widths {
		total += w
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(total) + `" w:type="dxa"/><w:jc w:val="center"/>`)
	b.WriteString(`<w:tblBorders><w:top ` + border + `/><w:left ` + border + `/><w:bottom ` + border + `/><w:right ` + border +
		`/><w:insideH ` + border + `/><w:insideV ` + border + `/></w:tblBorders>`)
	b.WriteString(`<w:tblLayout w:type="fixed"/><w:tblCellMar>` +
		`<w:top w:w="` + twips(layout.CellPadY) + `" w:type="dxa"/><w:left w:w="` + twips(layout.CellPadX) + `" w:type="dxa"/>` +
		`<w:bottom w:w="` + twips(layout.CellPadY) + `" w:type="dxa"/><w:right w:w="` + twips(layout.CellPadX) + `" w:type="dxa"/>` +
		`</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>`)
	b.WriteString(`<w:tblGrid>`)
	for _, w := range widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)

	paragraph := `<w:pStyle w:val="` + styleTable + `"/>`
	spacing := exactSpacing(g.LineHeight, 0, 0)
	runSize := size(g.FontSize)
	slots := g.Slots()
	for r, row := range g.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="` + twips(g.MinRowHeight) + `" w:hRule="atLeast"/>`)
		if row.Header {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		// Every row but the last keeps with the next, so Word and LibreOffice move a table that
		// fits on a page to the next page whole rather than leave two rows at the foot of this
		// one; a table longer than a page is still broken, with its header rows repeated.
		keep := ""
		if row.KeepWithNext || r < len(g.Rows)-1 {
			keep = `<w:keepNext/>`
		}
		for c := 0; c < len(widths); {
			s := slots[r][c]
			cell := s.Cell
			w := 0
			for _, x := range widths[c : c+cell.ColSpan] {
				w += x
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/>`)
			if cell.ColSpan > 1 {
				b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(cell.ColSpan) + `"/>`)
			}
			switch {
			case s.Row != r:
				b.WriteString(`<w:vMerge/>`)
			case cell.RowSpan > 1:
				b.WriteString(`<w:vMerge w:val="restart"/>`)
			}
			b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
			b.WriteString(`<w:p><w:pPr>` + paragraph + keep + spacing + `<w:jc w:val="` + align(cell.Role) + `"/><w:rPr>` + runSize + `</w:rPr></w:pPr>`)
			if s.Row == r && cell.Text != "" {
				for i, line := range g.Lines(cell) {
					if i > 0 {
						b.WriteString(`<w:r><w:br/></w:r>`)
					}
					run(b, line, runSize)
				}
			}
			b.WriteString(`</w:p></w:tc>`)
			c += cell.ColSpan
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

func align(role layout.Role) string {
	if role == layout.RowLabel {
		return "left"
	}
	return "center"
}

// gridTwips converts column widths to whole twips, rounding the column edges rather than each
// width so that the columns add up to the text width exactly.
func gridTwips(mm []float64) []int {
	out := make([]int, len(mm))
	edge, prev := 0.0, 0
	for i, w := range mm {
		edge += w
		next := mmTwips(edge)
		out[i] = next - prev
		prev = next
	}
	return out
}
