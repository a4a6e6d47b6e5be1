package unitsxlsx

import "github.com/xuri/excelize/v2"

// styles are the cell style ids of the workbook.
type styles struct {
	title, header, text, textBold, number, numberBold, alarm int
}

// count is the style of a finding count: red when there are errors to look at.
func (st styles) count(n int) int {
	if n > 0 {
		return st.alarm
	}
	return st.number
}

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1},
	}
	font := func(bold bool, size float64, color string) *excelize.Font {
		return &excelize.Font{Family: "宋体", Size: size, Bold: bold, Color: color}
	}
	right := &excelize.Alignment{Horizontal: "right", Vertical: "center"}
	var st styles
	defs := []struct {
		id *int
		s  excelize.Style
	}{
		{&st.title, excelize.Style{Font: font(true, 14, ""), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.header, excelize.Style{Border: border, Font: font(true, 10, ""),
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.text, excelize.Style{Border: border, Font: font(false, 11, ""), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.textBold, excelize.Style{Border: border, Font: font(true, 11, ""), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.number, excelize.Style{Border: border, Font: font(false, 11, ""), Alignment: right}},
		{&st.numberBold, excelize.Style{Border: border, Font: font(true, 11, ""), Alignment: right}},
		{&st.alarm, excelize.Style{Border: border, Font: font(true, 11, "C00000"), Alignment: right}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return st, err
		}
		*d.id = id
	}
	return st, nil
}
