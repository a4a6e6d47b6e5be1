package docio

import (
	"bytes"
	"strings"
	"testing"

	"nianbao/data/export"
	"nianbao/data/report"
	"nianbao/data/schema"
)

// hostile is a report whose agency and text hold what markup languages interpret: HTML tags
// and entities, Markdown emphasis, headings, links, tables and escapes, and whose 总体情况
// leaves some sub-items empty.
func hostile(t *testing.T) *report.Report {
	t.Helper()
	r := seed(t)
	r.Meta.Agency = `A&B<局>"测试"办公室`
	r.Meta.Level = report.LevelCounty
	r.Meta.Year = 2025
	r.Meta.Opening = `根据《条例》规定编制本报告。<script>alert("x")</script>`
	text := map[string]string{
		"s1.intro":      `全年工作 &amp; 成效：*重点* 与 _要点_，见[附件](http://x.gov.cn) \*不是强调\*。`,
		"s1.active":     "# 不是标题的一行\n1. 不是列表\n> 不是引用\n| 甲 | 乙 |\n反斜杠 \\ 与 `代码` 和 <b>粗</b> &lt;标签&gt; ~~删~~",
		"s1.request":    "",
		"s1.management": "",
		"s1.platform":   "- 不是列表项\n+ 也不是\n---\n===\n![图](x.png) <!-- 注释 --> &#x4e00; a\\*b",
		"s1.oversight":  "",
		"s5":            "问题一：`命令` 与 **加粗**；改进：<a href=\"x\">链接</a>。",
		"s6":            "",
	}
	keys := map[string]bool{}
	for _, n := range schema.Narratives() {
		keys[n.Key] = true
	}
	for k, v := range text {
		if !keys[k] {
			t.Fatalf("no narrative %s", k)
		}
		r.SetText(k, v)
	}
	return r
}

// TestRoundTripKeepsTheReport writes a hostile report in every export format and reads it back:
// agency, level, year and every narrative come back exactly, empty sub-items empty.
func TestRoundTripKeepsTheReport(t *testing.T) {
	r := hostile(t)
	for _, f := range export.Formats() {
		t.Run(f.Name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.Write(&buf, r); err != nil {
				t.Fatal(err)
			}
			got, err := Decode(&buf, "报告"+f.Ext)
			if err != nil {
				t.Fatal(err)
			}
			if got.Meta.Agency != r.Meta.Agency || got.Meta.Level != r.Meta.Level || got.Meta.Year != r.Meta.Year {
				t.Errorf("agency %q level %q year %d, want %q %q %d", got.Meta.Agency, got.Meta.Level, got.Meta.Year,
					r.Meta.Agency, r.Meta.Level, r.Meta.Year)
			}
			same := func(a, b string) bool { return a == b }
			if f.Name == "pdf" {
				// A PDF's text layer keeps no space beside Chinese text, and the reader cannot tell
				// a typed one from the gaps of justified lines: PDF text is compared without spaces.
				same = func(a, b string) bool {
					return strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")
				}
			}
			if !same(got.Meta.Opening, r.Meta.Opening) {
				t.Errorf("opening %q, want %q", got.Meta.Opening, r.Meta.Opening)
			}
			for _, n := range schema.Narratives() {
				if g, w := got.Text(n.Key), r.Text(n.Key); !same(g, w) {
					t.Errorf("%s: %q, want %q", n.Key, g, w)
				}
			}
			for i := range r.Cells {
				if got.Cells[i] != r.Cells[i] {
					t.Errorf("cell %s: %v, want %v", schema.Cells()[i].Key, got.Cells[i], r.Cells[i])
				}
			}
		})
	}
}
