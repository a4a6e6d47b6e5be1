package assemble

import (
	"reflect"
	"strings"
	"testing"

	"nianbao/data/document"
	"nianbao/data/report"
)

func TestTrialFormatPhrases(t *testing.T) {
	got := TrialFormatPhrases("依据《年度报告格式 (试行)》，第二十条第(九)项")
	want := []string{"第二十条第（九）项", "年度报告格式（试行）"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := TrialFormatPhrases("第二十条第（八）项"); got != nil {
		t.Errorf("2021 text: %q", got)
	}
}

// Spans far beyond any report table cannot make the grid large.
func TestGridBounds(t *testing.T) {
	var rows [][]document.Cell
	for range 2000 {
		rows = append(rows, []document.Cell{{Text: "1", RowSpan: 65534, ColSpan: 1000}, {Text: "2", ColSpan: 999999999}})
	}
	g := gridOf(rows)
	cells, width := 0, 0
	for _, row := range g.rows {
		cells += len(row)
		width = max(width, len(row))
	}
	if len(g.rows) > maxGridRows || width > maxGridCols || cells > maxGridCells+maxSpan*maxGridCols {
		t.Errorf("grid %d rows × %d columns, %d cells", len(g.rows), width, cells)
	}
}

// Headings worded as reports word them are read; a numbered list inside 总体情况 is not taken
// for the next section.
func TestHeadingVariants(t *testing.T) {
	var h Headings
	for _, c := range []struct {
		text, key string
	}{
		{"一、总体情况", "s1"},
		{"二、主动公开工作不断深化", ""},
		{"二、主动公开政府信息情况", "s2"},
		{"三、收到和处理政府信息公开申请情况", "s3"},
		{"四、政府信息公开行政复议、行政诉讼情况", "s4"},
		{"五、政府信息公开工作存在的主要问题及改进情况", "s5"},
		{"六、其他事项", "s6"},
	} {
		s, _, ok := h.Match(c.text)
		if got := map[bool]string{true: s.Key}[ok]; got != c.key {
			t.Errorf("%q: section %q, want %q", c.text, got, c.key)
		}
	}
}

// A row label with a character wrong is read by the clearly nearest label, with a note; one
// halfway between two labels is not read at all.
func TestNearLabels(t *testing.T) {
	doc := &document.Document{Name: "a.docx", Kind: "Word 文档"}
	doc.AddPara("测试县民政局2024年政府信息公开工作年度报告", document.LevelTitle, document.Pos{})
	doc.AddPara("二、主动公开政府信息情况", document.LevelBody, document.Pos{})
	doc.AddTable(&document.Table{Rows: [][]document.Cell{
		{{Text: "第二十条第（五）项"}},
		{{Text: "信息内容"}, {Text: "本年处理决定数量"}},
		{{Text: "行政许司", Pos: document.Pos{Page: 2}}, {Text: "4", Pos: document.Pos{Page: 2}}},
		{{Text: "行政处可"}, {Text: "5"}},
	}})
	r, err := Assemble(doc)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Get("t2.license.decisions"); got != report.Count(4) {
		t.Errorf("行政许可 = %v, want 4", got)
	}
	if r.Get("t2.penalty.decisions").State != report.Blank {
		t.Errorf("行政处罚 = %v, want blank", r.Get("t2.penalty.decisions"))
	}
	if n := r.Source.CellNotes; len(n) != 1 || !strings.Contains(n["t2.license.decisions"], "最接近") {
		t.Errorf("cell notes %q", n)
	}
	notes := strings.Join(r.Source.ImportNotes, "\n")
	if !strings.Contains(notes, "表二第3行（行政许司，第2页）：行名“行政许司”与格式中的“行政许可”最接近") || !strings.Contains(notes, "行政处可") {
		t.Errorf("notes:\n%s", notes)
	}
}
