package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"nianbao/data/export/layout"
)

const nsR = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// document is word/document.xml: the title, the blocks in order and the page set-up.
func document(d *layout.Document) string {
	var b strings.Builder
	b.Grow(64 << 10)
	b.WriteString(xmlHeader + `<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleTitle + `"/></w:pPr>`)
	for i, line := range d.TitleLines() {
		if i > 0 {
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		run(&b, line, "")
	}
	b.WriteString(`</w:p>`)
	afterTable := false
	for _, blk := range d.Blocks {
		if blk.Kind == layout.TableBlock {
			table(&b, blk.Table)
			afterTable = true
			continue
		}
		b.WriteString(`<w:p><w:pPr>`)
		switch blk.Kind {
		case layout.Heading:
			b.WriteString(`<w:pStyle w:val="` + styleHeading + `"/>`)
		case layout.SubHeading:
			b.WriteString(`<w:pStyle w:val="` + styleSub + `"/>`)
		}
		if blk.NewPage {
			b.WriteString(`<w:pageBreakBefore/>`)
		}
		if afterTable {
			b.WriteString(`<w:spacing w:before="` + twips(layout.SpaceAfterTable) + `"/>`)
		}
		b.WriteString(`</w:pPr>`)
		run(&b, blk.Text, "")
		b.WriteString(`</w:p>`)
		afterTable = false
	}
	b.WriteString(sectionProperties())
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// sectionProperties is the A4 page with the GB/T 9704 margins and the two page-number footers.
func sectionProperties() string {
	return `<w:sectPr>` +
		`<w:footerReference w:type="even" r:id="` + relFooterEven + `"/>` +
		`<w:footerReference w:type="default" r:id="` + relFooterOdd + `"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(mmTwips(layout.PageWidthMM)) + `" w:h="` + strconv.Itoa(mmTwips(layout.PageHeightMM)) + `"/>` +
		`<w:pgMar w:top="` + strconv.Itoa(mmTwips(layout.MarginTopMM)) +
		`" w:right="` + strconv.Itoa(mmTwips(layout.MarginRightMM)) +
		`" w:bottom="` + strconv.Itoa(mmTwips(layout.MarginBottomMM)) +
		`" w:left="` + strconv.Itoa(mmTwips(layout.MarginLeftMM)) +
		`" w:header="851" w:footer="` + strconv.Itoa(mmTwips(layout.FooterMM)) + `" w:gutter="0"/>` +
		`<w:cols w:space="425"/>` +
		docGrid() +
		`</w:sectPr>`
}

// docGrid is the line grid of GB/T 9704: 22 lines to the page at linePitch. The 28
// characters a line come from the body's condensed spacing (layout.CharSpacingTwips); the
// title, tables and footers opt out of the grid (snapToGrid off) and keep their own spacing.
func docGrid() string {
	return `<w:docGrid w:type="lines" w:linePitch="` + strconv.Itoa(layout.LinePitchTwips) + `"/>`
}

// footer is a page-number footer 「— N —」: odd pages at the right, even pages at the left, each
// one character in from the edge of the text area (GB/T 9704-2012 7.5).
func footer(odd bool) string {
	side, jc := "right", "right"
	if !odd {
		side, jc = "left", "left"
	}
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:ftr ` + nsW + ` ` + nsR + `><w:p><w:pPr><w:pStyle w:val="` + styleFooter + `"/>`)
	b.WriteString(`<w:ind w:` + side + `="` + twips(layout.SizePageNumber) + `"/><w:jc w:val="` + jc + `"/></w:pPr>`)
	run(&b, "— ", "")
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`)
	b.WriteString(`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	run(&b, "1", "")
	b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	run(&b, " —", "")
	b.WriteString(`</w:p></w:ftr>`)
	return b.String()
}

// run writes one run of text with optional run properties.
func run(b *strings.Builder, text, rPr string) {
	b.WriteString(`<w:r>`)
	if rPr != "" {
		b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
	}
	b.WriteString(`<w:t xml:space="preserve">` + escape(text) + `</w:t></w:r>`)
}

// escape makes user text safe in XML; characters XML cannot hold become U+FFFD, so a stray
// control character pasted by a clerk cannot make Word refuse the file.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
