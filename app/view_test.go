package app

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/data/schema"
	"nianbao/widgets"
)

// cell focuses a cell of the open report through its grid, as a click would, and returns it.
func (h *harness) cell(key string) *widgets.CellEntry {
	h.t.Helper()
	v := h.w.view
	p := v.places[schema.MustIndex(key)]
	v.tabs.Select(v.sections[schema.SectionOf(key)].item)
	p.grid.FocusCell(p.row, p.col)
	c, ok := h.w.win.Canvas().Focused().(*widgets.CellEntry)
	if !ok {
		h.t.Fatalf("focus on %s: %T", key, h.w.win.Canvas().Focused())
	}
	return c
}

// typeInto types text into a cell; arriving in a cell selects its text, so typing replaces it.
func (h *harness) typeInto(key, text string) {
	h.t.Helper()
	test.Type(h.cell(key), text)
}

// unbalanceTable3 types a 自然人 column of table 3 that does not balance (3 new, 1 granted,
// nothing carried either way), so that the report has a T3-BALANCE error.
func (h *harness) unbalanceTable3() {
	h.t.Helper()
	h.typeInto("t3.new.natural", "3")
	h.typeInto("t3.carried.natural", "0")
	h.typeInto("t3.granted.natural", "1")
	h.typeInto("t3.carry_next.natural", "0")
}

// shown is the text a cell shows.
func (h *harness) shown(key string) string {
	p := h.w.view.places[schema.MustIndex(key)]
	return p.grid.Text(p.row, p.col)
}

// checkRows are the rows of the 检查 list, each with the ID of its finding. The list shows the
// items in the order given (they come grouped by section), so its nth clickable row is the nth
// item.
func checkRows(v *reportView) map[string]fyne.Tappable {
	rows := map[string]fyne.Tappable{}
	n := 0
	for _, o := range test.LaidOutObjects(v.check.list) {
		if t, ok := o.(fyne.Tappable); ok && n < len(v.check.items) {
			rows[v.check.items[n].ID] = t
			n++
		}
	}
	return rows
}

// checkIDs are the finding IDs the 检查 tab lists.
func checkIDs(v *reportView) []string {
	var ids []string
	for id := range checkRows(v) {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func TestTypingTable3UpdatesTotalsCountsAndCheckList(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	blanks := v.doc.Counts().Blanks

	h.typeInto("t3.new.natural", "１２") // full-width digits are accepted
	if got := v.doc.r.Get("t3.new.natural"); got != report.Count(12) {
		t.Fatalf("model = %+v", got)
	}
	if got := h.shown("t3.new.total"); got != "12" {
		t.Errorf("row total shows %q, want 12", got)
	}
	// The typed cell and its computed total are no longer blank.
	if want := "空格 " + strconv.Itoa(blanks-2); v.header.blanks.Text != want {
		t.Errorf("header = %q, want %q", v.header.blanks.Text, want)
	}

	// 一 + 二 = 12 but 三（七）+ 四 = 10: T3-BALANCE fails in the 自然人 and 总计 columns.
	h.typeInto("t3.carried.natural", "0")
	h.typeInto("t3.granted.natural", "10")
	h.typeInto("t3.carry_next.natural", "0")
	if got := v.header.errors.Text; got != "错误 2" {
		t.Errorf("header errors = %q, want 错误 2", got)
	}
	if got := v.sections["s3"].item.Text; got != "三 依申请公开（2）" {
		t.Errorf("tab title = %q", got)
	}
	v.tabs.Select(v.check.item)
	if ids := checkIDs(v); !slices.Contains(ids, "T3-BALANCE/natural") || !slices.Contains(ids, "T3-BALANCE/total") {
		t.Errorf("检查 lists %v, want the balance findings", ids)
	}

	// Correcting the figure clears the findings at once.
	h.typeInto("t3.granted.natural", "12")
	v.tabs.Select(v.check.item)
	if ids := checkIDs(v); slices.Contains(ids, "T3-BALANCE/natural") {
		t.Errorf("finding still listed after the correction: %v", ids)
	}
	if got := v.header.errors.Text; got != "错误 0" {
		t.Errorf("header errors = %q", got)
	}
}

// What a cell shows is what the report stores: text that is no value stays as typed and is an
// error, a minus makes a negative number (never 「/」), a fraction in a count stays a fraction;
// each is counted, blocks 定稿 and is shown again after reopening.
func TestWhatIsTypedIsStored(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  report.Value
		rule  string
	}{
		{"1.5", report.Num(1500000), "CELL-NOT-INTEGER"},
		{"-3", report.Count(-3), "CELL-NEGATIVE"},
		{"5x", report.InvalidText("5x"), "CELL-INVALID"},
		{"abc", report.InvalidText("abc"), "CELL-INVALID"},
	} {
		t.Run(c.typed, func(t *testing.T) {
			h := newHarness(t)
			v := h.openNew("测试县民政局", 2024)
			h.typeInto("t3.new.natural", "5")
			cell := h.cell("t3.new.natural")
			test.Type(cell, c.typed)
			if cell.Err() == nil {
				t.Errorf("%q not marked", c.typed)
			}
			if got := v.doc.r.Get("t3.new.natural"); got != c.want {
				t.Errorf("model holds %+v, want %+v", got, c.want)
			}
			if got := v.header.errors.Text; got == "错误 0" {
				t.Errorf("header = %q", got)
			}
			v.tabs.Select(v.check.item)
			if ids := checkIDs(v); !slices.Contains(ids, c.rule+"/t3.new.natural") {
				t.Errorf("检查 lists %v, want %s", ids, c.rule)
			}
			if v.setStatus(report.StatusFinal) {
				t.Error("marked 定稿 with an invalid cell")
			}
			h.w.quit()
			if got := h.stored("测试县民政局", 2024).Get("t3.new.natural"); got != c.want {
				t.Errorf("stored %+v, want %+v", got, c.want)
			}
			h2 := &harness{t: t, app: h.app, st: h.st, clock: h.clock}
			h2.w = newWindow(h.app, newTestWindow(t), h.st, h.clock.scheduler())
			h2.w.files = &fakeFiles{}
			h2.w.open("测试县民政局", 2024)
			if got := h2.shown("t3.new.natural"); got != c.typed {
				t.Errorf("reopened cell shows %q, want %q", got, c.typed)
			}
			if p := h2.w.view.places[schema.MustIndex("t3.new.natural")]; p.grid.Text(p.row, p.col) != c.typed {
				t.Errorf("grid text %q", p.grid.Text(p.row, p.col))
			}
		})
	}
}

// Money takes decimals and 0 is a number, not blank.
func TestFeesAndZero(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t2.fees.amount", "1.25")
	if got := v.doc.r.Get("t2.fees.amount"); got != report.Num(1250000) {
		t.Errorf("fee = %+v", got)
	}
	h.typeInto("t3.new.commercial", "0")
	if got := v.doc.r.Get("t3.new.commercial"); got != report.Count(0) {
		t.Errorf("0 must be a number, not blank: %+v", got)
	}
}

// A pasted block keeps what it holds too: a value that is not one is stored as pasted.
func TestPasteKeepsInvalidText(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	c := h.cell("t3.new.natural")
	clip := test.NewClipboard()
	clip.SetContent("1\t2x\t-3\n")
	c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	for key, want := range map[string]report.Value{"t3.new.natural": report.Count(1),
		"t3.new.commercial": report.InvalidText("2x"), "t3.new.research": report.Count(-3)} {
		if got := v.doc.r.Get(key); got != want {
			t.Errorf("%s = %+v, want %+v", key, got, want)
		}
	}
	if got := h.shown("t3.new.commercial"); got != "2x" {
		t.Errorf("grid shows %q", got)
	}
}

func TestFailingRelationMarksItsCells(t *testing.T) {
	h := newHarness(t)
	r := report.New("测试县民政局", 2024)
	r.Meta.AutoTotals = false // an imported report keeps its stated totals
	r.Set("t4.review.upheld", report.Count(2))
	r.Set("t4.review.corrected", report.Count(1))
	r.Set("t4.review.other", report.Count(0))
	r.Set("t4.review.pending", report.Count(0))
	r.Set("t4.review.total", report.Count(4))
	h.w.create(r)
	v := h.w.view
	for _, key := range []string{"t4.review.total", "t4.review.upheld", "t4.review.pending"} {
		if m := v.marks[schema.MustIndex(key)]; m.Kind != markError {
			t.Errorf("%s mark = %v, want error", key, m.Kind)
		}
	}
	total := h.cell("t4.review.total")
	if total.Mark() != widgets.MarkError || total.Hint() == "" {
		t.Errorf("total cell shows mark %v hint %q", total.Mark(), total.Hint())
	}
	if total.ReadOnly() {
		t.Error("a stated total of an imported report must stay editable")
	}
	// The strip under the table offers to set the total to the sum; pressing it clears the marks.
	strip := v.sections["s4"].strip
	var fix *widget.Button
	for _, row := range strip.shown {
		for _, b := range row.fixes {
			if strings.Contains(b.Text, "设为3") {
				fix = b
			}
		}
	}
	if fix == nil {
		t.Fatal("no fix button setting the total to 3")
	}
	test.Tap(fix)
	if got := h.shown("t4.review.total"); got != "3" {
		t.Errorf("total after fix = %q", got)
	}
	if total.Mark() != widgets.MarkNone {
		t.Errorf("mark after fix = %v", total.Mark())
	}
}

func TestComputedTotalsAreReadOnly(t *testing.T) {
	h := newHarness(t)
	h.openNew("测试县民政局", 2024)
	if !h.cell("t3.result_total.natural").ReadOnly() || !h.cell("t4.direct.total").ReadOnly() {
		t.Error("totals of a new report must be computed, read-only cells")
	}
	if h.cell("t3.granted.natural").ReadOnly() {
		t.Error("input cell is read-only")
	}
}

func TestPasteFillsTheGrid(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	c := h.cell("t3.new.natural")
	clip := test.NewClipboard()
	clip.SetContent("1\t2\t3\n4\t5\t6\n")
	c.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	for key, want := range map[string]int64{"t3.new.natural": 1, "t3.new.research": 3, "t3.carried.natural": 4, "t3.carried.research": 6, "t3.new.total": 6, "t3.carried.total": 15} {
		if got := v.doc.r.Get(key); got != report.Count(want) {
			t.Errorf("%s = %+v, want %d", key, got, want)
		}
	}
	if got := h.shown("t3.carried.commercial"); got != "5" {
		t.Errorf("grid shows %q", got)
	}
}

func TestClickingAFindingFocusesItsCell(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.unbalanceTable3()
	v.tabs.Select(v.check.item)
	row, ok := checkRows(v)["T3-BALANCE/natural"]
	if !ok {
		t.Fatalf("no row for the finding: %v", checkIDs(v))
	}
	test.Tap(row)
	if v.tabs.Selected() != v.sections["s3"].item {
		t.Fatalf("tab %q selected", v.tabs.Selected().Text)
	}
	want := v.places[schema.MustIndex("t3.new.natural")]
	r, c, ok := want.grid.FocusedCell()
	if !ok || r != want.row || c != want.col {
		t.Errorf("focused cell %d,%d (%v), want %d,%d", r, c, ok, want.row, want.col)
	}
}

func TestNarrativeFindingFocusesItsField(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	f, ok := v.findingByID("S1-MISSING/s1.platform")
	if !ok {
		t.Fatal("no S1-MISSING finding for an empty report")
	}
	v.reveal(f)
	if h.w.win.Canvas().Focused() != v.narratives["s1.platform"].entry {
		t.Errorf("focus on %T", h.w.win.Canvas().Focused())
	}
}

func TestInsertSummary(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "3")
	h.typeInto("t3.granted.natural", "3")
	v.insertSummary("s1.request", "本年度共收到政府信息公开申请3件，上年结转0件；办结3件，其中予以公开3件；结转下年度继续办理0件。")
	if got := v.doc.r.Text("s1.request"); got == "" {
		t.Fatal("summary not written into the model")
	}
	n := v.narratives["s1.request"]
	if n.count.Text == "0 字" {
		t.Errorf("count not updated: %q", n.count.Text)
	}
}

// TestTable3LastRowReachableAtLargestText checks that at 特大 in the default window table 3's
// last cell can be reached and shows inside the window, the content needing no larger window.
func TestTable3LastRowReachableAtLargestText(t *testing.T) {
	h := newHarness(t)
	applyTextSize(h.app, textSizes[len(textSizes)-1].scale)
	v := h.openNew("测试县民政局", 2024)
	v.tabs.Select(v.sections["s3"].item)
	t3 := v.places[schema.MustIndex("t3.new.natural")].grid
	last := cellPlace{}
	for _, p := range v.places {
		if p.grid == t3 && (p.row > last.row || p.row == last.row && p.col > last.col) {
			last = p
		}
	}
	t3.FocusCell(last.row, last.col)
	cnv := h.w.win.Canvas()
	f := cnv.Focused()
	if f == nil {
		t.Fatal("no cell focused")
	}
	o := f.(fyne.CanvasObject)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	if end := pos.Add(o.Size()); pos.X < 0 || pos.Y < 0 || end.X > cnv.Size().Width+0.5 || end.Y > cnv.Size().Height+0.5 {
		t.Errorf("last cell of 表三 (row %d) at %v–%v, outside the window %v", last.row, pos, end, cnv.Size())
	}
	if min := h.w.win.Content().MinSize(); min.Width > windowSize.Width || min.Height > windowSize.Height {
		t.Errorf("at 特大 the window needs %v, more than the default %v", min, windowSize)
	}
}
