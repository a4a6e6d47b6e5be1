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
	// LineSpacing is the fixed line pitch of the body, the document grid's line pitch: 579 twips,
	// so that 22 lines fill the 225 mm text area (22 × 28.95 pt = 224.7 mm) and a 23rd does not.
	LineSpacing = LinePitchTwips / 20.0
	// LinePitchTwips is LineSpacing as Word writes it (docGrid linePitch).
	LinePitchTwips = 579
	// LinesPerPage and CharsPerLine are the grid of GB/T 9704-2012 (7.1): 22 lines of 28
	// characters of 三号 in the text area.
	LinesPerPage = 22
	CharsPerLine = 28
	// CharSpacingTwips condenses the characters of the body and headings by 0.25 pt (Word's
	// character spacing, in twips) so that 28 characters of 三号 fit the 156 mm line: 28 × 16 pt
	// is 158 mm, 28 × 15.75 pt is 155.6 mm. (A docGrid of linesAndChars would say the same to
	// Word, but LibreOffice puts each 16 pt character into two cells of a 15.79 pt character
	// grid and sets 14 a line; condensed spacing on a line grid gives 28 in both.)
	CharSpacingTwips = -5
	// CharPitch is the advance of one full-width character of the body, in points.
	CharPitch = SizeBody + CharSpacingTwips/20.0
	// TitleLineSpacing is the fixed line pitch of a title that runs to two lines.
	TitleLineSpacing = 35.0
	// IndentChars is the first-line indent of paragraphs and headings, in grid characters.
	IndentChars = 2
	// SpaceAfterTable separates a table from the heading that follows it.
	SpaceAfterTable = 14.0
)

// PointsPerMM converts millimetres to points.
const PointsPerMM = 72 / 25.4

// MM converts millimetres to points.
func MM(mm float64) float64 { return mm * PointsPerMM }
