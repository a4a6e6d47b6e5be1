// Package issuelist builds the 问题清单 a 主管部门 sends back to its units: for a parent agency and a
// year, every unit with the open findings of its report (rule, section, the cells as the form
// prints them, expected and actual, the sentence) and, apart, the findings a reviewer marked
// 已核实 with their notes; and a summary of the units, the counts and the most common problems.
// The exporters (docx, xlsx below this package) write this one model.
package issuelist

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"nianbao/data/document"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/data/store"
)

// Source is what Collect reads: *store.Store implements it.
type Source interface {
	Board(ctx context.Context, parent string, year int) ([]store.BoardRow, error)
	Check(ctx context.Context, agency string, year int) (*report.Report, []rules.Finding, error)
	Decisions(ctx context.Context, agency string, year int) (map[string]store.Decision, error)
}

// Item is one finding as the list prints it.
type Item struct {
	Rule     string
	Severity rules.Severity
	Section  string   // the heading of the section it is in: 「三、收到和处理政府信息公开申请情况」, 「基本信息」
	Cells    []string // the cells it read, labelled as the form prints them
	Expected string   // "" when the rule compares no figures
	Actual   string
	Message  string
	Note     string    // the reviewer's note, for a finding marked 已核实
	Verified time.Time // when it was marked 已核实; zero for an open finding
}

// Unit is one unit and its findings.
type Unit struct {
	store.BoardRow
	Open     []Item // errors first, then warnings, then advice; in section order within each
	Verified []Item
}

// List is the whole 问题清单.
type List struct {
	Parent string
	Year   int
	Made   time.Time // the day it was made, printed on it
	Units  []Unit
}

// Collect reads parent's units (store.Board) and their findings for year from src.
func Collect(ctx context.Context, src Source, parent string, year int, made time.Time) (*List, error) {
	rows, err := src.Board(ctx, parent, year)
	if err != nil {
		return nil, err
	}
	l := &List{Parent: parent, Year: year, Made: made}
	for _, row := range rows {
		u := Unit{BoardRow: row}
		if row.State != store.UnitMissing {
			_, found, err := src.Check(ctx, row.Unit, year)
			if err != nil {
				return nil, err
			}
			decided, err := src.Decisions(ctx, row.Unit, year)
			if err != nil {
				return nil, err
			}
			for _, f := range found {
				it := itemOf(f)
				if d, ok := decided[f.ID]; ok {
					it.Note, it.Verified = d.Note, d.Decided
					u.Verified = append(u.Verified, it)
				} else {
					u.Open = append(u.Open, it)
				}
			}
			slices.SortStableFunc(u.Open, func(a, b Item) int { return severityRank(a.Severity) - severityRank(b.Severity) })
		}
		l.Units = append(l.Units, u)
	}
	return l, nil
}

func severityRank(s rules.Severity) int {
	switch s {
	case rules.Error:
		return 0
	case rules.Warning:
		return 1
	}
	return 2
}

// maxCells is how many cells an item names before it says how many more there are (CELL-BLANK
// may list a whole table).
const maxCells = 4

func itemOf(f rules.Finding) Item {
	it := Item{Rule: f.Rule, Severity: f.Severity, Section: SectionHeading(f.Section), Message: f.Message}
	for i, key := range f.Cells {
		if i == maxCells {
			it.Cells = append(it.Cells, fmt.Sprintf("等共%d个单元格", len(f.Cells)))
			break
		}
		if c := schema.Index(key); c >= 0 {
			it.Cells = append(it.Cells, schema.CellAt(c).Label())
		} else {
			it.Cells = append(it.Cells, key)
		}
	}
	if f.Expected != nil {
		it.Expected = f.Expected.String()
	}
	if f.Actual != nil {
		it.Actual = f.Actual.String()
	}
	return it
}

// SectionHeading is the heading of a finding's section as the report prints it; findings about
// the report's metadata are under 「基本信息」.
func SectionHeading(key string) string {
	if s, ok := schema.SectionByKey(key); ok {
		return s.Heading
	}
	return "基本信息"
}

// SeverityLabel is a severity as the list prints it.
func SeverityLabel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "错误"
	case rules.Warning:
		return "警告"
	}
	return "提示"
}

// Counts tallies the open findings of the list (or of one unit) by severity, and the verified ones.
type Counts struct {
	Errors, Warnings, Infos, Verified int
}

// Count tallies u's findings.
func (u *Unit) Count() Counts {
	var c Counts
	for _, it := range u.Open {
		switch it.Severity {
		case rules.Error:
			c.Errors++
		case rules.Warning:
			c.Warnings++
		default:
			c.Infos++
		}
	}
	c.Verified = len(u.Verified)
	return c
}

// Total tallies the findings of every unit.
func (l *List) Total() Counts {
	var c Counts
	for i := range l.Units {
		u := l.Units[i].Count()
		c.Errors += u.Errors
		c.Warnings += u.Warnings
		c.Infos += u.Infos
		c.Verified += u.Verified
	}
	return c
}

// States counts the units by state, and the late ones.
func (l *List) States() (by map[store.UnitState]int, late int) {
	by = map[store.UnitState]int{}
	for _, u := range l.Units {
		by[u.State]++
		if u.Late {
			late++
		}
	}
	return by, late
}

// Problem is one rule among the most common problems: how many units and findings it has, and
// one of its sentences as an example.
type Problem struct {
	Rule     string
	Severity rules.Severity
	Units    int
	Findings int
	Example  string
}

// Common lists the rules of the open findings by the number of units they concern (then by
// findings, then by id), at most n.
func (l *List) Common(n int) []Problem {
	byRule := map[string]*Problem{}
	for _, u := range l.Units {
		seen := map[string]bool{}
		for _, it := range u.Open {
			p := byRule[it.Rule]
			if p == nil {
				p = &Problem{Rule: it.Rule, Severity: it.Severity, Example: it.Message}
				byRule[it.Rule] = p
			}
			p.Findings++
			if !seen[it.Rule] {
				seen[it.Rule] = true
				p.Units++
			}
		}
	}
	var out []Problem
	for _, p := range byRule {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b Problem) int {
		if a.Units != b.Units {
			return b.Units - a.Units
		}
		if a.Findings != b.Findings {
			return b.Findings - a.Findings
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Title is the list's title: 「某县人民政府2025年度政府信息公开工作年度报告问题清单」.
func (l *List) Title() string {
	return fmt.Sprintf("%s%d年度政府信息公开工作年度报告问题清单", l.Parent, l.Year)
}

// StateText says where a unit stands: 「草稿，已逾期 10 天」, 「已发布于2026-01-20」, 「未报」.
func StateText(u store.BoardRow) string {
	s := u.State.Label()
	if u.Published != "" {
		s += "于" + u.Published
	}
	switch {
	case u.Late && u.Published != "":
		s += fmt.Sprintf("，逾期 %d 天发布", u.Days)
	case u.Late:
		s += fmt.Sprintf("，已逾期 %d 天", u.Days)
	}
	return s
}

// CellText joins an item's cell labels for print.
func (it Item) CellText() string { return strings.Join(it.Cells, "；") }

// FileName is the suggested file name with the given extension (a document kind's Ext), a plain
// name whatever the agency is called.
func (l *List) FileName(ext string) string {
	return document.FileName(fmt.Sprintf("%s%d年度报告问题清单", l.Parent, l.Year), ext)
}

// dateText writes a day as documents do: 2026年1月20日.
func dateText(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

// Intro is the list's opening paragraph.
func (l *List) Intro() string {
	return fmt.Sprintf("现将%d年度政府信息公开工作年度报告的检查情况通知如下。请各单位对照本清单逐条核对修改，"+
		"修改后重新报送；已核实无需修改的事项单独列出，供参考。本清单由年报通于%s生成。", l.Year, dateText(l.Made))
}

// Overview is the summary's sentences: the units by state, and the findings by severity.
func (l *List) Overview() []string {
	by, late := l.States()
	t := l.Total()
	return []string{
		fmt.Sprintf("下级单位共 %d 个：已发布 %d 个，定稿 %d 个，草稿 %d 个，未报 %d 个；逾期 %d 个。",
			len(l.Units), by[store.UnitPublished], by[store.UnitFinal], by[store.UnitDraft], by[store.UnitMissing], late),
		fmt.Sprintf("共发现待修改的问题 %d 条：错误 %d 条，警告 %d 条，提示 %d 条；另有已核实无需修改的 %d 条。",
			t.Errors+t.Warnings+t.Infos, t.Errors, t.Warnings, t.Infos, t.Verified),
	}
}
