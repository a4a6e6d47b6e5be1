// Package issuedocx writes a 问题清单 (issuelist.List) as a Word document in the report's 公文
// layout: it builds a layout.Document — the summary page, then a section per unit starting on a
// page of its own — and hands it to the report's Word writer, so the two documents look alike and
// share one set of page, type and table code.
package issuedocx

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"nianbao/data/export/docx"
	"nianbao/data/export/layout"
	"nianbao/data/issuelist"
	"nianbao/data/store"
)

// Write writes l as a .docx document.
func Write(w io.Writer, l *issuelist.List) error { return docx.WriteDocument(w, Build(l)) }

// The sizes of the list's tables: those of the report's wide tables (table 3).
const (
	fontSize     = 9.0
	lineHeight   = 11.5
	minRowHeight = 18.0
)

// Column widths in millimetres; each set adds up to layout.TextWidthMM (156).
var (
	summaryWidths  = []float64{62, 46, 12, 12, 12, 12}
	commonWidths   = []float64{32, 12, 16, 12, 84}
	findingWidths  = []float64{9, 25, 27, 31, 11, 11, 42}
	verifiedWidths = []float64{25, 27, 58, 46}
)

// Build lays out the list.
func Build(l *issuelist.List) *layout.Document {
	d := &layout.Document{
		Title: l.Title(),
		// Broken before 「政府信息公开工作年度报告问题清单」, which fits a line of 二号 on its own.
		TitleParts: []string{l.Parent + strconv.Itoa(l.Year) + "年度", "政府信息公开工作年度报告问题清单"},
		Agency:     l.Parent,
		Year:       l.Year,
		Created:    time.Date(l.Made.Year(), l.Made.Month(), l.Made.Day(), 0, 0, 0, 0, time.UTC),
	}
	add := func(b layout.Block) { d.Blocks = append(d.Blocks, b) }
	add(layout.Block{Kind: layout.Body, Text: l.Intro()})
	add(layout.Block{Kind: layout.Heading, Text: "一、报送和检查情况"})
	for _, s := range l.Overview() {
		add(layout.Block{Kind: layout.Body, Text: s})
	}
	summary := [][]string{{"单位", "报送情况", "错误", "警告", "提示", "已核实"}}
	for i := range l.Units {
		u := &l.Units[i]
		c := u.Count()
		summary = append(summary, []string{u.Unit, issuelist.StateText(u.BoardRow), strconv.Itoa(c.Errors),
			strconv.Itoa(c.Warnings), strconv.Itoa(c.Infos), strconv.Itoa(c.Verified)})
	}
	add(table(summaryWidths, summary, 2, 3, 4, 5))

	add(layout.Block{Kind: layout.Heading, Text: "二、最常见的问题"})
	common := l.Common(10)
	if len(common) == 0 {
		add(layout.Block{Kind: layout.Body, Text: "未发现待修改的问题。"})
	} else {
		rows := [][]string{{"规则", "类别", "涉及单位", "条数", "示例"}}
		for _, p := range common {
			rows = append(rows, []string{p.Rule, issuelist.SeverityLabel(p.Severity), strconv.Itoa(p.Units),
				strconv.Itoa(p.Findings), p.Example})
		}
		add(table(commonWidths, rows, 1, 2, 3))
	}

	add(layout.Block{Kind: layout.Heading, Text: "三、各单位问题清单", NewPage: true})
	for i := range l.Units {
		u := &l.Units[i]
		add(layout.Block{Kind: layout.SubHeading, NewPage: i > 0,
			Text: fmt.Sprintf("（%s）%s（%s）", ordinal(i+1), u.Unit, issuelist.StateText(u.BoardRow))})
		switch {
		case u.State == store.UnitMissing:
			add(layout.Block{Kind: layout.Body, Text: fmt.Sprintf("尚未报送%d年度报告（截止日期%s）。请尽快编制、报送并公开。",
				l.Year, u.Due.Format("2006-01-02"))})
		case len(u.Open) == 0:
			add(layout.Block{Kind: layout.Body, Text: "未发现待修改的问题。"})
		default:
			c := u.Count()
			add(layout.Block{Kind: layout.Body, Text: fmt.Sprintf("待修改的问题 %d 条（错误 %d 条，警告 %d 条，提示 %d 条），请逐条核对修改：",
				c.Errors+c.Warnings+c.Infos, c.Errors, c.Warnings, c.Infos)})
			rows := [][]string{{"序号", "规则", "栏目", "单元格", "应为", "实为", "问题"}}
			for k, it := range u.Open {
				rows = append(rows, []string{strconv.Itoa(k + 1), it.Rule + "（" + issuelist.SeverityLabel(it.Severity) + "）",
					it.Section, it.CellText(), it.Expected, it.Actual, it.Message})
			}
			add(table(findingWidths, rows, 0, 4, 5))
		}
		if len(u.Verified) > 0 {
			add(layout.Block{Kind: layout.Body, Text: fmt.Sprintf("已核实无需修改的事项 %d 条：", len(u.Verified))})
			rows := [][]string{{"规则", "栏目", "问题", "核实说明"}}
			for _, it := range u.Verified {
				rows = append(rows, []string{it.Rule, it.Section, it.Message, it.Note})
			}
			add(table(verifiedWidths, rows))
		}
	}
	return d
}

// table is a grid with a header row; the centred columns (counts, figures) are centred, the
// others (names, sentences) flush left.
func table(widths []float64, rows [][]string, centred ...int) layout.Block {
	g := &layout.Grid{Widths: widths, FontSize: fontSize, LineHeight: lineHeight, MinRowHeight: minRowHeight}
	for r, texts := range rows {
		row := layout.Row{Header: r == 0}
		for c, text := range texts {
			role := layout.RowLabel
			switch {
			case r == 0:
				role = layout.Header
			case slices.Contains(centred, c):
				role = layout.Value
			}
			row.Cells = append(row.Cells, layout.Cell{Col: c, ColSpan: 1, RowSpan: 1, Text: text, Role: role})
		}
		g.Rows = append(g.Rows, row)
	}
	return layout.Block{Kind: layout.TableBlock, Table: g}
}

// ordinal is a small number in Chinese numerals, for （一）（二）…
func ordinal(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	case n < 100:
		return digits[n/10] + "十" + digits[n%10]
	}
	return strconv.Itoa(n)
}
