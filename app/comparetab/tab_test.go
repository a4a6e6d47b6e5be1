package comparetab

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
	"nianbao/widgets/widgetstest"
)

const testAgency = "孟津区西霞院街道办事处"

// copiedS5 is long enough for TXT-SIMILAR and is copied from 2022 into the open 2023 report.
const copiedS5 = "本机关政府信息公开工作仍存在一些不足：一是信息发布的及时性有待提高，二是政策解读的形式较为单一，" +
	"三是工作人员业务水平参差不齐。下一步将加强培训，完善制度，提升公开质量。"

// testReport is a report of the test agency with every cell 0 but those given.
func testReport(year int, vals map[string]int64) *report.Report {
	r := report.New(testAgency, year)
	for i := range r.Cells {
		r.Cells[i] = report.Count(0)
	}
	for k, v := range vals {
		r.Set(k, report.Count(v))
	}
	r.ComputeTotals()
	return r
}

// fixture is a tab on an in-memory store holding 2021 and 2022, with 2023 open (and not
// yet saved), and what the tab asked of the window.
type fixture struct {
	tab      *Tab
	win      fyne.Window
	cur      *report.Report
	inserted map[string]string
	revealed []string
	saved    map[string][]byte
	infos    []string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	widgetstest.NewApp(t)
	st, err := store.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	old := testReport(2021, map[string]int64{"t3.new.natural": 60, "t3.granted.natural": 60})
	prev := testReport(2022, map[string]int64{"t3.new.natural": 74, "t3.granted.natural": 30, "t3.partial.natural": 41,
		"t3.carry_next.natural": 3, "t4.review.upheld": 1})
	prev.SetText("s5", copiedS5)
	for _, r := range []*report.Report{old, prev} {
		if _, err := st.Save(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	f := &fixture{inserted: map[string]string{}, saved: map[string][]byte{}}
	f.cur = testReport(2023, map[string]int64{"t3.new.natural": 81, "t3.carried.natural": 2, "t3.granted.natural": 83,
		"t4.review.upheld": 1})
	f.cur.SetText("s5", copiedS5)
	f.cur.SetText("s1.request", "本年度依申请公开工作平稳有序。")
	f.tab = New(Env{
		Store:      st,
		Ctx:        ctx,
		UI:         func(fn func()) { fn() },
		Background: func(fn func()) { fn() },
		Current:    func() *report.Report { return f.cur.Clone() },
		InsertText: func(key, text string) {
			f.cur.SetText(key, Append(f.cur.Text(key), text))
			f.inserted[key] = text
		},
		Reveal: func(fd rules.Finding) { f.revealed = append(f.revealed, fd.ID) },
		SaveFile: func(name string, write func(io.Writer) error) {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Errorf("export: %v", err)
			}
			f.saved[name] = b.Bytes()
		},
		Confirm:  func(_, _ string, ok func()) { ok() },
		ShowInfo: func(msg string) { f.infos = append(f.infos, msg) },
	})
	f.win = test.NewTempWindow(t, f.tab.item.Content)
	f.win.Resize(fyne.NewSize(1280, 700))
	f.tab.Refresh()
	return f
}

// row finds a row of the figures table by cell key and returns its six cells as shown.
func (f *fixture) row(t *testing.T, key string) []string {
	t.Helper()
	fig := f.tab.figures
	for i, r := range fig.rows {
		if r.Key == key {
			out := make([]string, len(figureColumns))
			for c := range out {
				out[c] = fig.cellText(i, c)
			}
			return out
		}
	}
	t.Fatalf("no row %s among %d", key, len(fig.rows))
	return nil
}

func TestCompareTabDefaultsToOpenReportAndPreviousYear(t *testing.T) {
	f := newFixture(t)
	c := f.tab
	if c.agency.Selected != testAgency || c.yearA.Selected != "2022年" || c.yearB.Selected != "2023年" {
		t.Fatalf("choosers %q %q %q", c.agency.Selected, c.yearA.Selected, c.yearB.Selected)
	}
	if got := strings.Join(c.yearB.Options, " "); got != "2021年 2022年 2023年" {
		t.Errorf("years offered %q (the open 2023 report is not saved yet)", got)
	}
	if c.cmp == nil || c.cmp.Years != [2]int{2022, 2023} {
		t.Fatalf("comparison %+v", c.cmp)
	}
	if !strings.Contains(c.status.Text, "2023年与2022年相比") {
		t.Errorf("status %q", c.status.Text)
	}
}

func TestCompareTabFigures(t *testing.T) {
	f := newFixture(t)
	fig := f.tab.figures
	if len(fig.rows) != 10+10+15 {
		t.Errorf("collapsed: %d rows, want table 2, table 3's ten main rows and table 4", len(fig.rows))
	}
	if got := strings.Join(f.row(t, "t3.new.total"), "|"); got != "表三 一、本年新收政府信息公开申请数量|74|81|+7|+9.46%|↑ 增加" {
		t.Errorf("新收 %s", got)
	}
	if got := strings.Join(f.row(t, "t3.granted.total"), "|"); got != "表三 （一）予以公开|30|83|+53|+176.67%|↑ 增加，大幅变动" {
		t.Errorf("予以公开 %s", got)
	}
	if got := strings.Join(f.row(t, "t3.partial.total"), "|"); !strings.HasSuffix(got, "|41|0|-41|-100.00%|↓ 减少，大幅变动") {
		t.Errorf("部分公开 %s", got)
	}
	if got := strings.Join(f.row(t, "t3.carried.total"), "|"); !strings.HasSuffix(got, "|0|2|+2|—|↑ 增加") {
		t.Errorf("上年结转 from 0: %s", got)
	}
	if got := f.row(t, "t3.denied.total"); got[0] != "表三 （三）不予公开" || got[5] != "持平" {
		t.Errorf("（三）不予公开 %v", got)
	}
	test.Tap(fig.expand)
	if len(fig.rows) != 200 {
		t.Errorf("expanded: %d rows", len(fig.rows))
	}
	if got := f.row(t, "t3.new.natural"); got[0] != "表三 一、本年新收政府信息公开申请数量 · 自然人" || got[3] != "+7" {
		t.Errorf("expanded row %v", got)
	}
	if h := fig.header(1); h != "2022年" {
		t.Errorf("header %q", h)
	}
	f.win.Canvas().Capture() // renders with the bundled font without panicking
}

func TestCompareTabRatiosContinuityAndText(t *testing.T) {
	f := newFixture(t)
	c := f.tab
	var texts []string
	for _, o := range c.ratios.Objects {
		texts = append(texts, o.(*widget.Label).Text)
	}
	joined := strings.Join(texts, "|")
	if !strings.Contains(joined, "公开率|100.00%|100.00%") || !strings.Contains(joined, "行政复议纠错率|0.00%|0.00%") ||
		!strings.Contains(joined, "行政诉讼纠错率|—|—") {
		t.Errorf("ratios %s", joined)
	}

	if len(c.cmp.Continuity) != 2 {
		t.Fatalf("continuity %+v", c.cmp.Continuity)
	}
	c.continuity.chosen("YOY-CARRY/natural")
	if len(f.revealed) != 1 || f.revealed[0] != "YOY-CARRY/natural" {
		t.Errorf("picking a finding of the open year revealed %v", f.revealed)
	}

	s5 := c.texts.items[1]
	if s5.Key != "s5" || !s5.Similar || !strings.Contains(textTitle(s5, true), "重复较多") {
		t.Errorf("copied s5 %+v", s5)
	}
	c.texts.list.Select(1)
	segs := c.texts.later.Segments
	if len(segs) == 0 || !strings.HasPrefix(segs[0].Textual(), repeatedMark) {
		t.Errorf("copied sentences not marked: %v", segs)
	}
	if !strings.Contains(c.texts.headNote.Text, "2023年：2 句，其中 2 句与左侧重复") {
		t.Errorf("note %q", c.texts.headNote.Text)
	}
}

func TestCompareTabActions(t *testing.T) {
	f := newFixture(t)
	a := f.tab.actions
	if a.draft.Disabled() || a.export.Disabled() {
		t.Fatal("actions disabled for the open report and its previous year")
	}
	test.Tap(a.draft)
	got := f.inserted["s1.request"]
	if !strings.HasPrefix(got, "本年度新收政府信息公开申请81件，较上年增长9.46%") {
		t.Errorf("draft written %q", got)
	}
	if !strings.HasPrefix(f.cur.Text("s1.request"), "本年度依申请公开工作平稳有序。\n本年度新收") {
		t.Errorf("field after writing %q", f.cur.Text("s1.request"))
	}

	test.Tap(a.export)
	data := f.saved[testAgency+"2022年与2023年年报对比.xlsx"]
	if len(data) < 100 || string(data[:2]) != "PK" {
		t.Errorf("export wrote %d bytes under %v", len(data), f.saved)
	}

	f.tab.yearA.SetSelected("2021年")
	f.tab.yearB.SetSelected("2022年")
	if f.tab.cmp.Years != [2]int{2021, 2022} || f.tab.cmp.Adjacent != true {
		t.Fatalf("years %v", f.tab.cmp.Years)
	}
	if !a.draft.Disabled() || !strings.Contains(a.note.Text, "2022年") {
		t.Errorf("draft into a year that is not open: disabled %v, note %q", a.draft.Disabled(), a.note.Text)
	}
}

func TestCompareTabTrend(t *testing.T) {
	f := newFixture(t)
	c := f.tab
	c.mode.SetSelected(modes()[1])
	if c.body.Objects[0] != c.trend.content || !c.yearA.Disabled() || !c.actions.export.Disabled() {
		t.Error("trend mode does not show the trend alone")
	}
	if got := c.series.Years(); len(got) != 3 || got[2] != 2023 {
		t.Fatalf("series years %v", got)
	}
	c.trend.figure.SetSelected("新收申请")
	pts := c.trend.points()
	if len(pts) != 3 || pts[0].Value != 60 || pts[2].Value != 81 || pts[2].Label != "2023年" {
		t.Errorf("trend points %+v", pts)
	}
	f.win.Canvas().Capture()
	c.mode.SetSelected(modes()[0])
	if c.body.Objects[0] != c.pairView || c.yearA.Disabled() {
		t.Error("back to two years")
	}
}

func TestCompareTabSingleYear(t *testing.T) {
	f := newFixture(t)
	f.cur = testReport(2023, nil)
	f.cur.Meta.Agency = "新设机关" // open, never saved: its only year
	f.tab.Refresh()
	f.tab.agency.SetSelected("新设机关")
	if f.tab.agency.Selected != "新设机关" || f.tab.cmp != nil || !strings.Contains(f.tab.status.Text, "只有") {
		t.Errorf("single year: agency %q, status %q", f.tab.agency.Selected, f.tab.status.Text)
	}
	if !f.tab.actions.export.Disabled() {
		t.Error("export enabled without a comparison")
	}
}
