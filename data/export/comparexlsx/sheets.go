package comparexlsx

import (
	"strings"

	"nianbao/data/compare"
	"nianbao/data/export/xlsx"
)

// figures writes 数据对比: every cell of tables 2–4 in official order with both values, the
// change, the change in per cent and a mark; big swings are filled and also say so in words.
func (b *book) figures() {
	const s = SheetFigures
	c := b.c
	b.header(s, []string{"项目", yearTitle(c.Years[0]), yearTitle(c.Years[1]), "增减", "增减幅度（%）", "说明", "单元格键"},
		[]float64{64, 12, 12, 12, 14, 14, 36})
	for i, r := range c.Rows {
		row := i + 2
		body, num, pct := b.st.text, b.st.number, b.st.percent
		if r.BigSwing {
			body, num, pct = b.st.textSwing, b.st.numberSwing, b.st.percentSwing
		}
		b.cell(s, 1, row, r.Label, body)
		b.cell(s, 2, row, xlsx.CellValue(r.Values[0]), num)
		b.cell(s, 3, row, xlsx.CellValue(r.Values[1]), num)
		var delta any = ""
		if r.Delta != nil {
			delta = xlsx.CellValue(numberOf(*r.Delta))
		}
		b.cell(s, 4, row, delta, num)
		b.cell(s, 5, row, percentOrDash(r.Pct), pct)
		b.cell(s, 6, row, mark(r), body)
		b.cell(s, 7, row, r.Key, body)
	}
}

// mark says in words how a figure moved, so the sheet reads the same printed in black and white.
func mark(r compare.Row) string {
	var parts []string
	switch r.Direction {
	case compare.Up:
		parts = append(parts, "↑ 增加")
	case compare.Down:
		parts = append(parts, "↓ 减少")
	case compare.Same:
		parts = append(parts, "持平")
	}
	if r.BigSwing {
		parts = append(parts, "大幅变动")
	}
	return strings.Join(parts, "，")
}

// ratios writes 比率: each ratio in both years, in per cent.
func (b *book) ratios() {
	const s = SheetRatios
	c := b.c
	b.header(s, []string{"指标", yearTitle(c.Years[0]) + "（%）", yearTitle(c.Years[1]) + "（%）", "计算方法"},
		[]float64{18, 14, 14, 56})
	for i, r := range c.Ratios {
		row := i + 2
		b.cell(s, 1, row, r.Label, b.st.text)
		b.cell(s, 2, row, percentOrDash(r.Values[0]), b.st.percent)
		b.cell(s, 3, row, percentOrDash(r.Values[1]), b.st.percent)
		b.cell(s, 4, row, r.Formula, b.st.text)
	}
}

// continuity writes 连续性: each YOY finding with expected and actual values and the cell to
// mend in each year; one explanatory row when there is nothing to show.
func (b *book) continuity() {
	const s = SheetContinuity
	c := b.c
	b.header(s, []string{"规则", "说明", "应为", "实为", "请核对（本年）", "或核对（上年）"},
		[]float64{14, 70, 10, 10, 48, 48})
	if len(c.Continuity) == 0 {
		msg := "未发现年度衔接问题"
		if !c.Adjacent {
			msg = "两个年度不相邻，不检查上年结转与现行有效件数的衔接"
		}
		b.cell(s, 1, 2, msg, b.st.text)
		return
	}
	for i, k := range c.Continuity {
		row := i + 2
		b.cell(s, 1, row, k.Finding.Rule, b.st.text)
		b.cell(s, 2, row, k.Finding.Message, b.st.wrap)
		var expected, actual any = "", ""
		if k.Finding.Expected != nil {
			expected = xlsx.CellValue(numberOf(*k.Finding.Expected))
		}
		if k.Finding.Actual != nil {
			actual = xlsx.CellValue(numberOf(*k.Finding.Actual))
		}
		b.cell(s, 3, row, expected, b.st.number)
		b.cell(s, 4, row, actual, b.st.number)
		b.cell(s, 5, row, yearTitle(k.Fix.Year)+" "+k.Fix.Label, b.st.text)
		b.cell(s, 6, row, yearTitle(k.Against.Year)+" "+k.Against.Label, b.st.text)
	}
}

// text writes 文字重复度: the similarity of each section and each narrative field, and whether
// TXT-SIMILAR warns.
func (b *book) text() {
	const s = SheetText
	c := b.c
	b.header(s, []string{"栏目", "重复度（%）", "提示", "本年句子数", "其中与上年重复"},
		[]float64{36, 14, 40, 12, 16})
	row := 2
	write := func(t compare.TextComparison, style int) {
		note := ""
		if t.Similar {
			note = "与上年文字重复较多，请重新撰写"
		}
		repeated := 0
		for _, sn := range t.Sentences {
			if sn.Repeated {
				repeated++
			}
		}
		b.cell(s, 1, row, t.Heading, style)
		b.cell(s, 2, row, similarityPct(t.Similarity), b.st.percent)
		b.cell(s, 3, row, note, b.st.text)
		b.cell(s, 4, row, len(t.Sentences), b.st.number)
		b.cell(s, 5, row, repeated, b.st.number)
		row++
	}
	for _, t := range c.Sections {
		write(t, b.st.textBold)
	}
	for _, t := range c.Fields {
		write(t, b.st.text)
	}
}
