package layout

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// numbered is a report whose every cell holds its own index, so a value found in a grid names
// the cell it came from; two cells are blank and not applicable.
func numbered() *report.Report {
	r := report.New("测试市人民政府", 2025)
	for i := range r.Cells {
		r.Cells[i] = report.Count(int64(i))
	}
	r.Set("t2.rules.issued", report.Value{})
	r.Set("t2.rules.repealed", report.Value{State: report.NotApplicable})
	return r
}

func grids(t *testing.T) map[string]*Grid {
	t.Helper()
	out := map[string]*Grid{}
	for _, b := range Build(numbered()).Blocks {
		if b.Kind == TableBlock {
			out[b.Table.Key] = b.Table
		}
	}
	if len(out) != 3 {
		t.Fatalf("want tables t2, t3, t4, got %d", len(out))
	}
	return out
}

func TestGridsCoverEveryPositionOnce(t *testing.T) {
	for key, g := range grids(t) {
		seen := make([][]int, len(g.Rows))
		for r := range seen {
			seen[r] = make([]int, len(g.Widths))
		}
		for r, row := range g.Rows {
			for _, c := range row.Cells {
				if c.ColSpan < 1 || c.RowSpan < 1 || c.Col+c.ColSpan > len(g.Widths) || r+c.RowSpan > len(g.Rows) {
					t.Fatalf("%s row %d: cell %q out of the grid: %+v", key, r, c.Text, c)
				}
				for rr := r; rr < r+c.RowSpan; rr++ {
					for cc := c.Col; cc < c.Col+c.ColSpan; cc++ {
						seen[rr][cc]++
					}
				}
			}
		}
		for r := range seen {
			for c, n := range seen[r] {
				if n != 1 {
					t.Errorf("%s: position row %d col %d covered %d times", key, r, c, n)
				}
			}
		}
		sum := 0.0
		for _, w := range g.Widths {
			sum += w
		}
		if math.Abs(sum-TextWidthMM) > 1e-9 {
			t.Errorf("%s: widths sum to %.3f mm, want %.0f", key, sum, TextWidthMM)
		}
	}
}

func TestGridsHoldEveryValueInItsPlace(t *testing.T) {
	r := numbered()
	found := map[string]string{}
	for _, g := range grids(t) {
		for _, row := range g.Rows {
			for _, c := range row.Cells {
				if c.Role == Value {
					found[c.Key] = c.Text
				}
			}
		}
	}
	for _, c := range schema.Cells() {
		if got, want := found[c.Key], r.Cells[c.Index].String(); got != want {
			t.Errorf("%s: grid holds %q, want %q", c.Key, got, want)
		}
	}
	if found["t2.rules.issued"] != "" || found["t2.rules.repealed"] != "/" {
		t.Errorf("blank and not applicable: got %q and %q, want empty and /", found["t2.rules.issued"], found["t2.rules.repealed"])
	}
}

func TestGridsHoldEveryLabel(t *testing.T) {
	texts := map[string]bool{}
	for _, g := range grids(t) {
		for _, row := range g.Rows {
			for _, c := range row.Cells {
				texts[c.Text] = true
			}
		}
	}
	want := []string{schema.InfoContent, schema.Applicants, schema.Litigation}
	for _, tb := range schema.Tables() {
		if tb.Note != "" {
			want = append(want, tb.Note)
		}
		for _, b := range tb.Blocks {
			if b.Heading != "" {
				want = append(want, b.Heading)
			}
			for _, c := range b.Columns {
				want = append(want, c.Label)
				if c.Group != "" {
					want = append(want, c.Group)
				}
			}
			for _, row := range b.Rows {
				want = append(want, row.Label)
				for _, l := range []string{row.Group, row.Sub} {
					if l != "" {
						want = append(want, l)
					}
				}
			}
		}
	}
	for _, l := range want {
		if !texts[l] {
			t.Errorf("label %q is missing", l)
		}
	}
}

// TestOfficialMerges checks the merges of the official layout (clean-layout-2025.html and the
// 国办 template): table 3's result group spans 22 rows, its sub-groups 8, 3, 5 and 3.
func TestOfficialMerges(t *testing.T) {
	g := grids(t)
	spans := func(key string) (rows, cols []string) {
		for _, row := range g[key].Rows {
			for _, c := range row.Cells {
				if c.RowSpan > 1 {
					rows = append(rows, c.Text+"↓"+strconv.Itoa(c.RowSpan))
				}
				if c.ColSpan > 1 {
					cols = append(cols, c.Text+"→"+strconv.Itoa(c.ColSpan))
				}
			}
		}
		return rows, cols
	}
	rows, _ := spans("t3")
	wantRows := []string{schema.Tables()[1].Note + "↓3", "自然人↓2", "总计↓2", "三、本年度办理结果↓22",
		"（三）不予公开↓8", "（四）无法提供↓3", "（五）不予处理↓5", "（六）其他处理↓3"}
	if !slices.Equal(rows, wantRows) {
		t.Errorf("table 3 row spans:\n got %v\nwant %v", rows, wantRows)
	}
	_, cols := spans("t2")
	// 4 block headings, 3 one-column headers and 4 values span the value columns, as in the official layout.
	if len(cols) != 4+3+4 || !strings.HasPrefix(cols[0], "第二十条第（一）项→4") {
		t.Errorf("table 2 column spans: %v", cols)
	}
	rows, cols = spans("t4")
	if len(rows) != 5 || len(cols) != 4 {
		t.Errorf("table 4 spans: rows %v cols %v", rows, cols)
	}
	if n := g["t3"].HeaderRows(); n != 3 {
		t.Errorf("table 3 has %d header rows, want 3", n)
	}
}

func TestBuildKeepsEveryHeading(t *testing.T) {
	r := report.New("某县某局", 2024)
	r.SetText("s1.active", "第一段。\n\n　　第二\x00段。\r\n")
	d := Build(r)
	var got []string
	for _, b := range d.Blocks {
		if b.Kind != TableBlock {
			got = append(got, b.Text)
		}
	}
	// Empty fields stay empty: nothing the agency did not write (「无。」) is put under a heading.
	// The level (guessed from 某县 as 县级) is stated first, so that importing the file gives it back.
	want := []string{"机关层级：县级", "一、总体情况", "（一）主动公开", "第一段。", "第二段。", "（二）依申请公开",
		"（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障",
		"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
		"五、存在的主要问题及改进情况", "六、其他需要报告的事项"}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\n got %q\nwant %q", got, want)
	}
}

func TestTitleLines(t *testing.T) {
	short := Build(report.New("某局", 2024)).TitleLines()
	if !slices.Equal(short, []string{"某局2024年政府信息公开工作年度报告"}) {
		t.Errorf("short title: %q", short)
	}
	long := Build(report.New("孟津区西霞院街道办事处", 2023)).TitleLines()
	if !slices.Equal(long, []string{"孟津区西霞院街道办事处", "2023年政府信息公开工作年度报告"}) {
		t.Errorf("long title: %q", long)
	}
}

func TestLinesOfCentredCells(t *testing.T) {
	want := map[string][]string{
		"商业企业":      {"商业", "企业"},
		"社会公益组织":    {"社会公", "益组织"},
		"（三）不予公开":   {"（三）", "不予公开"},
		"结果维持":      {"结果", "维持"},
		"三、本年度办理结果": {"三、", "本年", "度办", "理结", "果"},
		"申请人情况":     {"申请人情况"},
		"第二十条第（一）项": {"第二十条第（一）项"},
	}
	seen := map[string]bool{}
	for _, g := range grids(t) {
		for _, row := range g.Rows {
			for i := range row.Cells {
				c := &row.Cells[i]
				lines := g.Lines(c)
				if strings.Join(lines, "") != c.Text {
					t.Errorf("%q broken into %q loses text", c.Text, lines)
				}
				for _, l := range lines[1:] {
					if r := []rune(l)[0]; NoLineStart(r) {
						t.Errorf("%q: line %q starts with %q", c.Text, l, r)
					}
				}
				if w, ok := want[c.Text]; ok {
					seen[c.Text] = true
					if !slices.Equal(lines, w) {
						t.Errorf("%q: lines %q, want %q", c.Text, lines, w)
					}
				}
			}
		}
	}
	if len(seen) != len(want) {
		t.Errorf("cells not found: saw %v", seen)
	}
}
