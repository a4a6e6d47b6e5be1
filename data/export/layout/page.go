// Package layout turns a report into the 公文-style document that both the Word and the PDF
// export write: the page of GB/T 9704-2012 on A4, the type sizes, the sequence of title, headings
// and paragraphs, and tables 2–4 as grids with their official merged cells. Both writers render
// this one model, so the two files cannot drift apart, and every label comes from data/schema.
package layout

// Page geometry after GB/T 9704-2012, in millimetres: A4 with a 156 × 225 mm text area.
const (
	PageWidthMM    = 210.0
	PageHeightMM   = 297.0
	MarginTopMM    = 37.0
	MarginBottomMM = 35.0
	MarginLeftMM   = 28.0
	MarginRightMM  = 26.0
	TextWidthMM    = PageWidthMM - MarginLeftMM - MarginRightMM
	// FooterMM is the distance from the bottom edge of the page to the bottom of the page-number
	// line, which puts the 「— N —」 dashes about 7 mm below the text area as the standard asks.
	FooterMM = 25.0
)

// Type sizes (字号) and line spacing in points.
const (
	SizeTitle      = 22.0 // 二号: the title, 方正小标宋简体
	SizeBody       = 16.0 // 三号: body text and both heading levels
	SizePageNumber = 14.0 // 四号: page numbers, 宋体
	// LineSpacing is the fixed line pitch of the body: 22 lines fill the text area.
	LineSpacing = 28.0
	// TitleLineSpacing is the fixed line pitch of a title that runs to two lines.
	TitleLineSpacing = 35.0
	// IndentChars is the first-line indent of paragraphs and headings, in characters.
	IndentChars = 2
	// SpaceAfterTable separates a table from the heading that follows it.
	SpaceAfterTable = 14.0
)

// PointsPerMM converts millimetres to points.
const PointsPerMM = 72 / 25.4

// MM converts millimetres to points.
func MM(mm float64) float64 { return mm * PointsPerMM }
