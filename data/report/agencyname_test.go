package report

import (
	"strings"
	"testing"
)

func TestCheckAgency(t *testing.T) {
	for _, tc := range []struct{ in, want, problem string }{
		{"  孟津区西霞院街道办事处 ", "孟津区西霞院街道办事处", ""},
		{"中共某某县委办公室（县政府办公室）", "中共某某县委办公室（县政府办公室）", ""},
		{"AT&T <研究院> \"测试\"", "AT&T <研究院> \"测试\"", ""},
		{"", "", "不能为空"},
		{"　\t ", "", "不能为空"},
		{"../../x", "", "斜杠"},
		{`某局\办公室`, "", "斜杠"},
		{"某局\x00", "", "控制字符"},
		{"某局\n办公室", "", "第 3 个字是控制字符"},
		{"某局\u202e室公办", "", "格式字符（U+202E）"},
		{"某\u200b局", "", "格式字符"},
		{"某局\u2028办公室", "", "格式字符"},
		{"某局\xff", "", "UTF-8"},
		{strings.Repeat("局", 101), "", "101 个字"},
		{strings.Repeat("局", 100), strings.Repeat("局", 100), ""},
	} {
		got, err := CheckAgency(tc.in)
		if tc.problem == "" {
			if err != nil || got != tc.want {
				t.Errorf("CheckAgency(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.problem) {
			t.Errorf("CheckAgency(%q) error %v; want one naming %q", tc.in, err, tc.problem)
		}
	}
}
