package assemble

import (
	"reflect"
	"testing"
)

// Sub-items as reports write them, for every document kind alike.
func TestSubItems(t *testing.T) {
	for _, c := range []struct {
		text string
		cur  int
		want []SubItemPart
	}{
		{"（一）主动公开。全年发布信息。", 0, []SubItemPart{{1, "全年发布信息。"}}},
		{"(二) 依申请公开：收到申请3件。", 1, []SubItemPart{{2, "收到申请3件。"}}},
		{"（四）信息公开平台建设方面", 3, []SubItemPart{{4, ""}}},
		{"（四）平台载体建设方面。优化网站。", 3, []SubItemPart{{4, "优化网站。"}}},
		{"（四）平台建设情况：优化网站。", 3, []SubItemPart{{4, "平台建设情况：优化网站。"}}},
		{"（五）无", 4, []SubItemPart{{5, "无"}}},
		{"本年发布信息。（二）依申请公开：收到申请3件。", 1, []SubItemPart{{1, "本年发布信息。"}, {2, "收到申请3件。"}}},
		{"依据第二十条第（一）项公开。", 1, []SubItemPart{{1, "依据第二十条第（一）项公开。"}}},
	} {
		if got := SubItems(c.text, c.cur); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SubItems(%q, %d) = %+v, want %+v", c.text, c.cur, got, c.want)
		}
	}
}
