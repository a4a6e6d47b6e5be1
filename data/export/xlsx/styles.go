package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// Fonts: tables in 宋体 as in printed reports, narrative in 仿宋 like the body of a 公文.
const (
	tableFont = "宋体"
	textFont  = "仿宋"
	// gb2312Charset tells Excel the font is a Simplified Chinese one.
	gb2312Charset = 134
	tableSize     = 10.5 // 五号
	textSize      = 12
)

// Fills: grey behind headers, blue behind computed totals, orange behind a total that disagrees
// with its cells in the original report (kept as stated, no formula).
const (
	headerFill = "F2F2F2"
	totalFill  = "DDEBF7"
	statedFill = "FCE4D6"
)

// styles holds the style ids of a workbook.
type styles struct {
	title, heading, header, note, group, label, input, total, stated int
	metaLabel, metaValue, section, para                              int
}

// styleDef pairs a style with the field that receives its id.
type styleDef struct {
	id    *int
	style excelize.Style
}

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1},
		{Type: "bottom", Color: "000000", Style: 1},
	}
	charset := gb2312Charset
	font := func(family string, size float64, bold bool) *excelize.Font {
		return &excelize.Font{Family: family, Size: size, Bold: bold, Charset: &charset}
	}
	fill := func(color string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	}
	align := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	s := &styles{}
	var defs []styleDef
	add := func(id *int, st excelize.Style) { defs = append(defs, styleDef{id, st}) }
	add(&s.title, excelize.Style{Font: font(tableFont, 16, true), Alignment: align("center")})
	add(&s.heading, excelize.Style{Font: font(tableFont, 12, true), Alignment: align("left")})
	add(&s.header, excelize.Style{Font: font(tableFont, tableSize, false), Alignment: align("center"), Border: border, Fill: fill(headerFill)})
	add(&s.note, excelize.Style{Font: font(tableFont, 9, false), Alignment: align("left"), Border: border, Fill: fill(headerFill)})
	add(&s.group, excelize.Style{Font: font(tableFont, tableSize, false), Alignment: align("center"), Border: border})
	add(&s.label, excelize.Style{Font: font(tableFont, tableSize, false), Alignment: align("left"), Border: border})
	add(&s.input, excelize.Style{Font: font(tableFont, tableSize, false), Alignment: align("center"), Border: border})
	add(&s.total, excelize.Style{Font: font(tableFont, tableSize, false), Alignment: align("center"), Border: border, Fill: fill(totalFill)})
	add(&s.stated, excelize.Style{Font: font(tableFont, tableSize, false), Alignment: align("center"), Border: border, Fill: fill(statedFill)})
	top := &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}
	add(&s.metaLabel, excelize.Style{Font: font(tableFont, 11, true), Alignment: top, Border: border, Fill: fill(headerFill)})
	add(&s.metaValue, excelize.Style{Font: font(tableFont, 11, false), Alignment: top, Border: border})
	add(&s.section, excelize.Style{Font: font(tableFont, 12, true), Alignment: align("left")})
	add(&s.para, excelize.Style{Font: font(textFont, textSize, false), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}, Border: border})
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	return s, nil
}

// forRole is the style of a non-value item.
func (s *styles) forRole(r role) int {
	switch r {
	case roleTitle:
		return s.title
	case roleHeading:
		return s.heading
	case roleHeader:
		return s.header
	case roleNote:
		return s.note
	case roleGroup:
		return s.group
	case roleLabel:
		return s.label
	}
	return s.input
}
