package docx

import (
	"strconv"

	"nianbao/data/export/layout"
)

// The fonts of GB/T 9704 by the names Word and WPS know them. fontTable.xml gives each a common
// alternative and its panose class so that a machine without the GB2312 faces substitutes 仿宋
// for 仿宋_GB2312 (and so on) rather than a Western font.
const (
	fontTitle   = "方正小标宋简体"
	fontBody    = "仿宋_GB2312"
	fontHeading = "黑体"
	fontSub     = "楷体_GB2312"
	fontSong    = "宋体"
)

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

const fontTable = xmlHeader + `<w:fonts ` + nsW + `>` +
	`<w:font w:name="` + fontBody + `"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>` +
	`<w:font w:name="` + fontSub + `"><w:altName w:val="楷体"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>` +
	`<w:font w:name="` + fontHeading + `"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>` +
	`<w:font w:name="` + fontSong + `"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="` + fontTitle + `"><w:altName w:val="宋体"/><w:panose1 w:val="02000000000000000000"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="variable"/></w:font>` +
	`</w:fonts>`

// settings: odd and even pages have their own footer; Chinese punctuation is compressed as
// Word does for Chinese documents; compatibility mode 15 keeps Word from opening it as an old file.
const settings = xmlHeader + `<w:settings ` + nsW + `>` +
	`<w:zoom w:percent="100"/>` +
	`<w:defaultTabStop w:val="420"/>` +
	`<w:evenAndOddHeaders/>` +
	`<w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
	`</w:settings>`

// Style ids used in document.xml and the footers.
const (
	styleTitle   = "ReportTitle"
	styleHeading = "Heading1"
	styleSub     = "Heading2"
	styleTable   = "TableText"
	styleFooter  = "Footer"
)

// styles: Normal is the body paragraph (仿宋 三号, two-character indent, exact grid pitch, justified);
// the headings keep the indent and change the face; the title, table text and footers drop the
// indent, the grid and the condensed spacing.
var styles = xmlHeader + `<w:styles ` + nsW + `>` +
	`<w:docDefaults><w:rPrDefault><w:rPr>` + fonts(fontBody) + `<w:kern w:val="2"/>` + size(layout.SizeBody) +
	`<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr>` + exactSpacing(layout.LineSpacing, 0, 0) + `</w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:widowControl w:val="0"/>` + exactSpacing(layout.LineSpacing, 0, 0) +
	`<w:ind w:firstLineChars="` + strconv.Itoa(layout.IndentChars*100) + `" w:firstLine="` + twips(layout.IndentChars*layout.CharPitch) + `"/>` +
	`<w:jc w:val="both"/></w:pPr>` +
	`<w:rPr>` + fonts(fontBody) + `<w:spacing w:val="` + strconv.Itoa(layout.CharSpacingTwips) + `"/>` + size(layout.SizeBody) + `</w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleTitle + `"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/>` + exactSpacing(layout.TitleLineSpacing, 0, layout.LineSpacing) +
	`<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
	`<w:rPr>` + fonts(fontTitle) + `<w:spacing w:val="0"/>` + size(layout.SizeTitle) + `</w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleHeading + `"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>` +
	`<w:rPr>` + fonts(fontHeading) + size(layout.SizeBody) + `</w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleSub + `"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>` +
	`<w:rPr>` + fonts(fontSub) + size(layout.SizeBody) + `</w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleTable + `"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
	`<w:pPr><w:snapToGrid w:val="0"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
	`<w:rPr>` + fonts(fontSong) + `<w:spacing w:val="0"/><w:kern w:val="0"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleFooter + `"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` +
	`<w:rPr>` + fonts(fontSong) + `<w:spacing w:val="0"/>` + size(layout.SizePageNumber) + `</w:rPr></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>` +
	`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
	`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`</w:styles>`

// fonts names one face for every script, so digits and Latin letters match the Chinese text.
func fonts(name string) string {
	return `<w:rFonts w:ascii="` + name + `" w:eastAsia="` + name + `" w:hAnsi="` + name + `" w:cs="` + name + `" w:hint="eastAsia"/>`
}

// size is a run size in points (Word counts half-points).
func size(pt float64) string {
	hp := strconv.Itoa(int(pt*2 + 0.5))
	return `<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>`
}

// exactSpacing is a fixed line pitch with space before and after, all in points.
func exactSpacing(line, before, after float64) string {
	return `<w:spacing w:before="` + twips(before) + `" w:after="` + twips(after) + `" w:line="` + twips(line) + `" w:lineRule="exact"/>`
}

// twips converts points to twentieths of a point.
func twips(pt float64) string { return strconv.Itoa(int(pt*20 + 0.5)) }

// mmTwips converts millimetres to twips.
func mmTwips(mm float64) int { return int(mm/25.4*1440 + 0.5) }
