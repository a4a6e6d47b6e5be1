package schema

import "testing"

func TestNearestRow(t *testing.T) {
	t2, _ := TableByKey("t2")
	t3, _ := TableByKey("t3")
	for _, c := range []struct {
		t          *Table
		label, sub string
		want       string // row key, "" for no match
	}{
		{t2, "行政许司", "", "license"},                  // a wrong character
		{t2, "行政事业收费", "", "fees"},                   // one missing
		{t2, "行政处可", "", ""},                         // halfway between 行政许可 and 行政处罚
		{t2, "其它", "", ""},                           // too short to tell
		{t2, "行政许可", "", ""},                         // exact: MatchRow's business, not a near match
		{t3, "1.本机关不掌握相关政府信", "", "unable.not_held"}, // OCR lost the last character
		{t3, "2.没有现成信息需要另行制做", "", "unable.needs_creation"},
		{t3, "一、本年新收政府信息公开申请数", "", "new"},
		{t3, "总计", "", ""},
		{t3, "申请人无正当理由逾期不补正、行政机关不再处里其政府信息公开申请", "（六）其他处理", "other.no_correction"},
		{t3, "这是一段与表格无关的很长的说明文字，不是任何一行", "", ""},
	} {
		_, row, ok := NearestRow(c.t, c.label, c.sub)
		got := ""
		if ok {
			got = row.Key
		}
		if got != c.want {
			t.Errorf("NearestRow(%s, %q) = %q, want %q", c.t.Key, c.label, got, c.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"行政许可", "行政许可", 3, 0},
		{"行政许司", "行政许可", 3, 1},
		{"行政事业收费", "行政事业性收费", 3, 1},
		{"abc", "xyz", 1, 2},
		{"a", "abcdefgh", 2, 3},
	} {
		if got := editDistance([]rune(c.a), []rune(c.b), c.limit); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}
