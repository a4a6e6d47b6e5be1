package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func sampleFindings() []FindingItem {
	return []FindingItem{
		{ID: "T3-ROW-SUM/new", Group: "三、收到和处理政府信息公开申请情况", Severity: SeverityError,
			Text: "一、本年新收：总计应为 14069，实为 14070", Detail: "T3-ROW-SUM"},
		{ID: "S6-FEE", Group: "六、其他需要报告的事项", Severity: SeverityInfo, Text: "发出收费通知但未报告收费"},
		{ID: "YOY-CARRY/natural", Group: "三、收到和处理政府信息公开申请情况", Severity: SeverityWarning,
			Text: "上年结转与去年的结转下年度不一致", Verified: true},
	}
}

func TestFindingsListGroupsAndSelects(t *testing.T) {
	newInternalTestApp(t, 1)
	l := NewFindingsList()
	var picked []string
	l.OnSelected = func(id string) { picked = append(picked, id) }
	l.SetItems(sampleFindings())
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(480, 320))

	var order []string
	for _, r := range l.rows {
		order = append(order, r.item.ID)
	}
	if want := "[T3-ROW-SUM/new YOY-CARRY/natural S6-FEE]"; fmtList(order) != want {
		t.Errorf("rows %v, want %s (grouped, groups in order of appearance)", order, want)
	}
	if n := len(l.box.Objects); n != 5 {
		t.Errorf("%d objects, want 2 headings + 3 findings", n)
	}

	test.Tap(l.rows[2])
	w.Canvas().Focus(l.rows[0])
	l.rows[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if w.Canvas().Focused() != l.rows[1] {
		t.Fatal("Down did not move to the next finding")
	}
	l.rows[1].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	l.rows[1].TypedRune(' ')
	if want := "[S6-FEE YOY-CARRY/natural YOY-CARRY/natural]"; fmtList(picked) != want {
		t.Errorf("picked %v, want %s", picked, want)
	}
	if l.selected != "YOY-CARRY/natural" {
		t.Errorf("selected %q", l.selected)
	}
}

func fmtList(s []string) string {
	out := "["
	for i, v := range s {
		if i > 0 {
			out += " "
		}
		out += v
	}
	return out + "]"
}

func TestFindingsListEmptyState(t *testing.T) {
	newInternalTestApp(t, 1)
	l := NewFindingsList()
	l.SetEmptyText("未发现问题")
	test.NewTempWindow(t, l)
	if lbl, ok := l.box.Objects[0].(*widget.Label); !ok || lbl.Text != "未发现问题" || len(l.box.Objects) != 1 {
		t.Fatalf("empty list shows %v", l.box.Objects)
	}
	l.SetItems(sampleFindings()[:1])
	l.SetEmptyText("没有")
	if len(l.rows) != 1 {
		t.Errorf("setting the empty text of a non-empty list changed its rows: %d", len(l.rows))
	}
	l.SetItems(nil)
	if lbl := l.box.Objects[0].(*widget.Label); lbl.Text != "没有" {
		t.Errorf("empty again: %q", lbl.Text)
	}
}

func TestFindingsListRendering(t *testing.T) {
	newInternalTestApp(t, 1)
	l := NewFindingsList()
	l.SetItems(sampleFindings())
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(420, 300))
	test.Tap(l.rows[0])
	test.AssertRendersToMarkup(t, "findings/grouped.xml", w.Canvas())
}
