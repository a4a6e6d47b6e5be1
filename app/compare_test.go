package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
)

// onlyStore is a history database that offers nothing but the Store interface, as any other
// implementation of it would.
type onlyStore struct{ Store }

// The window's 年度对比 reads the history through Store alone: on a store that is nothing more
// than Store it compares the open report with the year before, rather than saying the database
// is not available.
func TestCompareTabReadsThroughStore(t *testing.T) {
	h := newHarness(t)
	h.w.store = onlyStore{h.st}
	h.storeReports(report.New("测试县民政局", 2023))
	v := h.openNew("测试县民政局", 2024)
	item := v.tabs.Items[len(v.tabs.Items)-1]
	if item.Text != "年度对比" {
		t.Fatalf("last tab %q", item.Text)
	}
	v.tabs.Select(item)
	var texts []string
	for _, o := range test.LaidOutObjects(h.w.win.Content()) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	if all := strings.Join(texts, "\n"); !strings.Contains(all, "测试县民政局：2024年与2023年相比") {
		t.Errorf("年度对比 shows:\n%s", all)
	}
}
