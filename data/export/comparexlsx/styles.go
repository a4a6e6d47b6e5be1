package comparexlsx

import (
	"math"

	"github.com/xuri/excelize/v2"

	"nianbao/data/report"
)

// fontFamily is the Chinese font every office computer has; the workbook names it, Excel or
// WPS renders with it.
const fontFamily = "宋体"

// swingFill is the pale fill of a big swing; the 说明 column says 大幅变动 as well.
const swingFill = "FFF2CC"

// styles are the cell style ids of the workbook.
type styles struct {
	header, text, textBold, wrap, number, percent int
	textSwing, numberSwing, percentSwing          int
}

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1},
	}
	font := func(bold bool) *excelize.Font {
		return &excelize.Font{Family: fontFamily, Size: 11, Bold: bold}
	}
	twoDecimals := "0.00"
	swing := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{swingFill}}
	var st styles
	type def struct {
		id *int
		s  excelize.Style
	}
	var defs []def
	add := func(id *int, s excelize.Style) { defs = append(defs, def{id, s}) }
	add(&st.header, excelize.Style{Border: border, Font: font(true),
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	add(&st.text, excelize.Style{Border: border, Font: font(false), Alignment: &excelize.Alignment{Vertical: "center"}})
	add(&st.textBold, excelize.Style{Border: border, Font: font(true), Alignment: &excelize.Alignment{Vertical: "center"}})
	add(&st.wrap, excelize.Style{Border: border, Font: font(false), Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	add(&st.number, excelize.Style{Border: border, Font: font(false), Alignment: &excelize.Alignment{Horizontal: "right"}})
	add(&st.percent, excelize.Style{Border: border, Font: font(false), CustomNumFmt: &twoDecimals,
		Alignment: &excelize.Alignment{Horizontal: "right"}})
	add(&st.textSwing, excelize.Style{Border: border, Font: font(true), Fill: swing, Alignment: &excelize.Alignment{Vertical: "center"}})
	add(&st.numberSwing, excelize.Style{Border: border, Font: font(true), Fill: swing, Alignment: &excelize.Alignment{Horizontal: "right"}})
	add(&st.percentSwing, excelize.Style{Border: border, Font: font(true), Fill: swing, CustomNumFmt: &twoDecimals,
		Alignment: &excelize.Alignment{Horizontal: "right"}})
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return st, err
		}
		*d.id = id
	}
	return st, f.SetDefaultFont(fontFamily)
}

// numberOf wraps a Fixed as a number value.
func numberOf(f report.Fixed) report.Value { return report.Num(f) }

// similarityPct turns a 0–1 similarity into per cent with 2 decimals.
func similarityPct(s float64) float64 { return math.Round(s*10000) / 100 }
