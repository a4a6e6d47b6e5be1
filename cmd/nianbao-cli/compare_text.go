package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"nianbao/data/compare"
	"nianbao/data/report"
)

// writeCompareText prints a comparison for a person: the main rows of table 3, every other cell
// that changed, the ratios, continuity between the years and how much text was carried over.
func writeCompareText(w io.Writer, c *compare.Comparison) {
	ya, yb := strconv.Itoa(c.Years[0])+"年", strconv.Itoa(c.Years[1])+"年"
	fmt.Fprintf(w, "%s %s与%s对比\n", c.Agency, ya, yb)

	header := func(title string) {
		fmt.Fprintf(w, "\n%s\n%s %s %s %s  %s  项目\n", title, padLeft(ya, 10), padLeft(yb, 10),
			padLeft("增减", 8), padLeft("幅度", 9), padRight("", markWidth))
	}
	header("表三主要数据（总计列）")
	for _, r := range c.Main {
		writeRowText(w, r)
	}
	header("有变化的单元格")
	changed := 0
	for _, r := range c.Rows {
		if r.Values[0] != r.Values[1] {
			writeRowText(w, r)
			changed++
		}
	}
	if changed == 0 {
		fmt.Fprintln(w, "（表二至表四各单元格与"+ya+"相同）")
	}

	fmt.Fprintf(w, "\n比率\n%s %s %s\n", padRight("指标", 18), padLeft(ya, 10), padLeft(yb, 10))
	for _, r := range c.Ratios {
		fmt.Fprintf(w, "%s %s %s\n", padRight(r.Label, 18), padLeft(ratioText(r.Values[0]), 10), padLeft(ratioText(r.Values[1]), 10))
	}

	fmt.Fprintln(w, "\n年度衔接")
	switch {
	case !c.Adjacent:
		fmt.Fprintln(w, "两个年度不相邻，不检查上年结转与现行有效件数的衔接。")
	case len(c.Continuity) == 0:
		fmt.Fprintln(w, "未发现问题：上年结转与上年“结转下年度继续办理”一致，现行有效件数衔接。")
	}
	for _, k := range c.Continuity {
		fmt.Fprintf(w, "[%s] %s\n    请核对%d年“%s”，或%d年“%s”\n", k.Finding.Rule, k.Finding.Message,
			k.Fix.Year, k.Fix.Label, k.Against.Year, k.Against.Label)
	}

	fmt.Fprintf(w, "\n文字重复度（%s与%s相比）\n", yb, ya)
	for _, s := range c.Sections {
		line := padRight(s.Heading, 32) + " " + padLeft(strconv.FormatFloat(s.Similarity*100, 'f', 1, 64)+"%", 7)
		if s.Similar {
			line += "  与上年文字重复较多，请结合本年度实际重新撰写（TXT-SIMILAR）"
		}
		fmt.Fprintln(w, line)
	}
	if d := compare.Draft(c); d != "" {
		fmt.Fprintf(w, "\n对比说明草稿\n%s\n", d)
	}
}

// writeRowText prints one figure with its change and marks in words; the label comes last so that
// long labels do not push the numbers out of their columns.
func writeRowText(w io.Writer, r compare.Row) {
	delta, pct := "", "—"
	if r.Delta != nil {
		delta = r.Delta.String()
		if *r.Delta > 0 {
			delta = "+" + delta
		}
	}
	if r.Pct != nil {
		pct = strconv.FormatFloat(*r.Pct, 'f', 2, 64) + "%"
		if *r.Pct > 0 {
			pct = "+" + pct
		}
	}
	var mark string
	switch r.Direction {
	case compare.Up:
		mark = "↑"
	case compare.Down:
		mark = "↓"
	}
	if r.BigSwing {
		mark += " 大幅变动"
	}
	fmt.Fprintf(w, "%s %s %s %s  %s  %s\n", padLeft(valueText(r.Values[0]), 10), padLeft(valueText(r.Values[1]), 10),
		padLeft(delta, 8), padLeft(pct, 9), padRight(mark, markWidth), r.Label)
}

// markWidth is the width of the column that marks rises, falls and big swings.
const markWidth = 11

// valueText writes a cell for a person: the number, 「/」 for not applicable, 「空」 for blank.
func valueText(v report.Value) string {
	if v.State == report.Blank {
		return "空"
	}
	return v.String()
}

func ratioText(p *float64) string {
	if p == nil {
		return "—"
	}
	return strconv.FormatFloat(*p, 'f', 2, 64) + "%"
}

// displayWidth counts columns on a terminal: Chinese characters and full-width punctuation take
// two.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x2E80 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-displayWidth(s)))
}

func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-displayWidth(s))) + s
}
