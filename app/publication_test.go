package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
)

// entryWithPlaceHolder finds the entry of a form by its placeholder.
func entryWithPlaceHolder(t *testing.T, o fyne.CanvasObject, hint string) *widget.Entry {
	t.Helper()
	for _, c := range test.LaidOutObjects(o) {
		if e, ok := c.(*widget.Entry); ok && strings.HasPrefix(e.PlaceHolder, hint) {
			return e
		}
	}
	t.Fatalf("no entry %q", hint)
	return nil
}

// labelContaining finds a label whose text contains part.
func labelContaining(o fyne.CanvasObject, part string) *widget.Label {
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && strings.Contains(l.Text, part) {
			return l
		}
	}
	return nil
}

// 基本信息 shows the due date and takes the 发布日期 and URL; the start screen says where each
// report stands against its due date.
func TestPublicationInBasicTab(t *testing.T) {
	h := newHarness(t) // the clock reads 2025-01-20
	v := h.openNew("测试县民政局", 2024)
	basic := v.tabs.Items[0].Content
	if l := labelContaining(basic, "2025-01-31（《中华人民共和国政府信息公开条例》第四十九条）· 距截止 11 天"); l == nil {
		t.Fatal("basic tab does not show the due date and the days left")
	}
	date := entryWithPlaceHolder(t, basic, "例如：2026-01-20")
	test.Type(date, "2025年1月2")
	if got := v.doc.r.Meta.Published; got != "2025-01-02" {
		t.Fatalf("发布日期 %q while typing 2025年1月2", got)
	}
	test.Type(date, "x")
	if got := v.doc.r.Meta.Published; got != "2025-01-02" || date.Validate() == nil {
		t.Fatalf("text that is no date: stored %q, entry valid", got)
	}
	date.SetText("2025-01-25")
	test.Type(entryWithPlaceHolder(t, basic, "发布报告的网页地址"), "https://example.gov.cn/nb.html")
	if l := labelContaining(basic, "按期发布"); l == nil {
		t.Error("the due-date line does not say the report was published in time")
	}
	h.w.showHistory()
	stored := h.stored("测试县民政局", 2024)
	if stored.Meta.Published != "2025-01-25" || stored.Meta.URL != "https://example.gov.cn/nb.html" {
		t.Fatalf("stored %q %q", stored.Meta.Published, stored.Meta.URL)
	}
	if l := labelContaining(h.w.win.Canvas().Content(), "按期发布"); l == nil {
		t.Error("the start screen does not say the report was published in time")
	}

	late := report.New("测试县财政局", 2020)
	h.storeReports(late)
	h.w.showHistory()
	if l := labelContaining(h.w.win.Canvas().Content(), "已逾期"); l == nil || l.Importance != widget.DangerImportance {
		t.Errorf("an unpublished report of 2020 is not shown overdue: %v", l)
	}
}
