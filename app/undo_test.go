package app

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/widgets"
)

// reportState is what undo must bring back: every cell and narrative field.
type reportState struct {
	cells []report.Value
	texts map[string]string
}

// stateOf is r's cells and non-empty texts (a field emptied again reads as one never written).
func stateOf(r *report.Report) reportState {
	texts := maps.Clone(r.Narrative)
	maps.DeleteFunc(texts, func(_, text string) bool { return text == "" })
	return reportState{cells: slices.Clone(r.Cells), texts: texts}
}

// assertState checks that the model and the screen both hold want.
func assertState(t *testing.T, v *reportView, want reportState, when string) {
	t.Helper()
	for i, c := range v.doc.r.Cells {
		key := schema.CellAt(i).Key
		if c != want.cells[i] {
			t.Errorf("%s: %s = %q, want %q", when, key, c.String(), want.cells[i].String())
		}
		if p := v.places[i]; p.grid != nil && p.grid.Text(p.row, p.col) != want.cells[i].String() {
			t.Errorf("%s: %s shows %q, want %q", when, key, p.grid.Text(p.row, p.col), want.cells[i].String())
		}
	}
	for key, n := range v.narratives {
		if got := v.doc.r.Text(key); got != want.texts[key] {
			t.Errorf("%s: text %s = %q, want %q", when, key, got, want.texts[key])
		}
		if n.entry.Text != want.texts[key] {
			t.Errorf("%s: field %s shows %q, want %q", when, key, n.entry.Text, want.texts[key])
		}
	}
}

// menuItem finds an item of the main menu by its label.
func (h *harness) menuItem(menu, label string) *fyne.MenuItem {
	h.t.Helper()
	for _, m := range h.w.win.MainMenu().Items {
		if m.Label != lang.L(menu) {
			continue
		}
		for _, item := range m.Items {
			if item.Label == lang.L(label) {
				return item
			}
		}
	}
	h.t.Fatalf("no menu item %s › %s", menu, label)
	return nil
}

// typeText types into a narrative field, focused as a click would.
func (h *harness) typeText(key, text string) *widgets.TextEntry {
	v := h.w.view
	e := v.narratives[key].entry
	v.tabs.Select(v.sections[schema.SectionOf(key)].item)
	h.w.focus(e)
	test.Type(e, text)
	return e
}

func TestUndoRedoSteps(t *testing.T) {
	h := newHarness(t)
	r := report.New("测试县民政局", 2024)
	r.Meta.AutoTotals = false // as imported: 重算合计 and the fixes of stated totals apply
	h.w.create(r)
	v := h.w.view
	undoItem, redoItem := h.menuItem("编辑", "撤销"), h.menuItem("编辑", "重做")
	if !undoItem.Disabled || !redoItem.Disabled {
		t.Fatalf("撤销/重做 enabled with nothing done: %v %v", undoItem.Disabled, redoItem.Disabled)
	}
	for _, label := range []string{"复制", "粘贴", "全选"} {
		if item := h.menuItem("编辑", label); item.Disabled || item.Action == nil {
			t.Errorf("编辑 › %s not usable", label)
		}
	}

	states := []reportState{stateOf(v.doc.r)}
	step := func(name string, do func()) {
		t.Helper()
		do()
		s := stateOf(v.doc.r)
		if slices.Equal(s.cells, states[len(states)-1].cells) && maps.Equal(s.texts, states[len(states)-1].texts) {
			t.Fatalf("%s changed nothing", name)
		}
		states = append(states, s)
	}
	step("type a cell", func() { h.typeInto("t3.new.natural", "12") }) // two keys, one step
	if undoItem.Disabled || !redoItem.Disabled {
		t.Errorf("after typing: 撤销 disabled %v, 重做 disabled %v", undoItem.Disabled, redoItem.Disabled)
	}
	step("type another cell", func() { h.typeInto("t3.new.legal", "3") })
	step("paste a block", func() { h.pasteInto("t3.new.commercial", "0\t0\t0\n") })
	step("paste a wide block", func() { h.pasteInto("t4.review.upheld", "1\t2\t0\t0\t5\t0\t1\t0\t1\t2\t4\t0\t0\t0\t4\n") })
	if undoItem.Label != "撤销：粘贴" {
		t.Errorf("after a paste: %q", undoItem.Label)
	}
	step("type a cell of the row", func() { h.typeInto("t3.new.other", "0") })
	step("type a stated total", func() { h.typeInto("t3.new.total", "20") })
	step("apply a fix", func() {
		for _, f := range v.doc.Findings() {
			if len(f.Fixes) > 0 && slices.Contains(f.Cells, "t3.new.total") {
				v.applyFix(f.Fixes[0])
				return
			}
		}
		t.Fatalf("no fix for t3.new.total in %v", v.doc.Findings())
	})
	if want := "撤销：" + v.doc.NextUndo().fix; undoItem.Label != want || !strings.HasPrefix(want, "撤销：将") {
		t.Errorf("after a fix: %q, want %q", undoItem.Label, want)
	}
	step("重算合计", v.recomputeTotals)
	if undoItem.Label != "撤销：重算合计" {
		t.Errorf("after 重算合计: %q", undoItem.Label)
	}
	step("空格填0", func() { v.applyFix(rules.FillBlanks(v.doc.r, "t2")) })
	step("type a narrative field", func() { h.typeText("s1.active", "全年公开") })
	step("type a cell again", func() { h.typeInto("t3.new.natural", "7") })

	// Undo from another tab, with nothing focused, through the menu.
	v.tabs.Select(v.sections[tabBasic].item)
	h.w.win.Canvas().Unfocus()
	undos := []func(){
		undoItem.Action,
		func() { h.cell("t2.rules.issued").TypedShortcut(&fyne.ShortcutUndo{}) },
		func() { v.narratives["s1.active"].entry.TypedShortcut(&fyne.ShortcutUndo{}) },
		func() { h.w.win.Canvas().Unfocus(); h.w.historyShortcut(&fyne.ShortcutUndo{}) },
	}
	for k := len(states) - 2; k >= 0; k-- {
		undos[k%len(undos)]()
		if k == len(states)-2 {
			if v.tabs.Selected() != v.sections["s3"].item {
				t.Errorf("undo of a cell of 表三 from 基本信息 shows %q", v.tabs.Selected().Text)
			}
			p := v.places[schema.MustIndex("t3.new.natural")]
			if r, c, ok := p.grid.FocusedCell(); !ok || r != p.row || c != p.col {
				t.Errorf("focus after undo on 表三: %d,%d,%v", r, c, ok)
			}
		}
		assertState(t, v, states[k], "undo to step "+states2name(k))
	}
	if undoItem.Label != "撤销" || redoItem.Label != "重做：输入" {
		t.Errorf("after undoing all: %q, %q", undoItem.Label, redoItem.Label)
	}
	if !undoItem.Disabled || redoItem.Disabled {
		t.Errorf("after undoing all: 撤销 disabled %v, 重做 disabled %v", undoItem.Disabled, redoItem.Disabled)
	}
	undoItem.Action() // nothing left: no change
	assertState(t, v, states[0], "undo past the first step")

	redos := []func(){
		redoItem.Action,
		func() { h.cell("t3.new.natural").TypedShortcut(&fyne.ShortcutRedo{}) },
		func() {
			h.cell("t3.new.legal").TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		},
	}
	for k := 1; k < len(states); k++ {
		redos[k%len(redos)]()
		assertState(t, v, states[k], "redo to step "+states2name(k))
	}

	// An undone step is saved like any edit.
	h.w.historyShortcut(&fyne.ShortcutUndo{})
	if err := v.saver.SaveAndWait(); err != nil {
		t.Fatal(err)
	}
	if got := h.stored("测试县民政局", 2024).Get("t3.new.natural"); got != report.Count(12) {
		t.Errorf("stored after undo: %v, want 12", got)
	}
	// A new edit drops what was undone.
	h.typeInto("t3.new.legal", "9")
	if !redoItem.Disabled {
		t.Error("重做 still enabled after a new edit")
	}
}

func states2name(k int) string {
	return []string{"0 (opened)", "1 (typed)", "2 (typed)", "3 (paste)", "4 (paste)", "5 (typed)", "6 (total)", "7 (fix)",
		"8 (重算合计)", "9 (填零)", "10 (narrative)", "11 (typed again)"}[k]
}

// TestUndoTypingInOneCell: keys typed into one cell are one step; leaving the cell and coming
// back starts another.
func TestUndoTypingInOneCell(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "123")
	h.typeInto("t3.new.legal", "4")
	h.typeInto("t3.new.natural", "5")
	for _, want := range []string{"123", "123", ""} {
		h.w.historyShortcut(&fyne.ShortcutUndo{})
		if got := v.doc.r.Get("t3.new.natural").String(); got != want {
			t.Errorf("after undo: %q, want %q", got, want)
		}
	}
	if got := h.shown("t3.new.total"); got != v.doc.r.Get("t3.new.total").String() {
		t.Errorf("total shows %q, model %q", got, v.doc.r.Get("t3.new.total"))
	}
}

// TestUndoOpening: the opening paragraph on 基本信息 is undone like the narrative fields.
func TestUndoOpening(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	v.tabs.Select(v.sections[tabBasic].item)
	h.w.focus(v.opening)
	test.Type(v.opening, "本报告")
	h.typeInto("t3.new.natural", "5")
	h.cell("t3.new.legal").TypedShortcut(&fyne.ShortcutUndo{})
	if v.doc.r.Get("t3.new.natural").String() != "" || v.doc.r.Meta.Opening != "本报告" {
		t.Errorf("first undo: cell %q, opening %q", v.doc.r.Get("t3.new.natural"), v.doc.r.Meta.Opening)
	}
	h.cell("t3.new.legal").TypedShortcut(&fyne.ShortcutUndo{}) // from 表三
	if v.tabs.Selected() != v.sections[tabBasic].item || h.w.win.Canvas().Focused() != v.opening {
		t.Errorf("undo of the opening shows %q, focus on %T", v.tabs.Selected().Text, h.w.win.Canvas().Focused())
	}
	if v.doc.r.Meta.Opening != "" || v.opening.Text != "" {
		t.Errorf("after undo: %q, shown %q", v.doc.r.Meta.Opening, v.opening.Text)
	}
	v.opening.TypedShortcut(&fyne.ShortcutRedo{})
	if v.doc.r.Meta.Opening != "本报告" || v.opening.Text != "本报告" {
		t.Errorf("after redo: %q, shown %q", v.doc.r.Meta.Opening, v.opening.Text)
	}
}

// TestUndoInsertedSentence: a sentence inserted into a field is a step apart from the typing
// before it.
func TestUndoInsertedSentence(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeText("s1.active", "全年")
	typed := v.doc.r.Text("s1.active")
	v.insertSummary("s1.active", "本年主动公开政府信息12条。")
	if v.doc.r.Text("s1.active") == typed {
		t.Fatal("nothing inserted")
	}
	for _, want := range []string{typed, ""} {
		v.narratives["s1.active"].entry.TypedShortcut(&fyne.ShortcutUndo{})
		if got := v.doc.r.Text("s1.active"); got != want {
			t.Errorf("after undo: %q, want %q", got, want)
		}
	}
}

// TestEditMenuActsOnFocusedField: 复制, 粘贴 and 全选 do what their keys do in the focused cell;
// with nothing focused, the window's Ctrl+Z and Ctrl+Shift+Z undo and redo the report.
func TestEditMenuActsOnFocusedField(t *testing.T) {
	h := newHarness(t)
	v := h.openNew("测试县民政局", 2024)
	h.typeInto("t3.new.natural", "5")
	h.cell("t3.new.natural")
	h.menuItem("编辑", "全选").Action()
	h.menuItem("编辑", "复制").Action()
	if got := h.app.Clipboard().Content(); got != "5" {
		t.Errorf("clipboard = %q, want 5", got)
	}
	h.cell("t3.new.legal")
	h.menuItem("编辑", "粘贴").Action()
	if got := v.doc.r.Get("t3.new.legal").String(); got != "5" {
		t.Errorf("pasted %q, want 5", got)
	}

	h.w.win.Canvas().Unfocus()
	keys := h.w.win.Canvas().(fyne.Shortcutable)
	keys.TypedShortcut(&fyne.ShortcutUndo{})
	if got := v.doc.r.Get("t3.new.legal").String(); got != "" {
		t.Errorf("after Ctrl+Z: %q, want blank", got)
	}
	keys.TypedShortcut(widgets.RedoAlternative())
	if got := h.shown("t3.new.legal"); got != "5" {
		t.Errorf("after Ctrl+Shift+Z shows %q, want 5", got)
	}
}

// TestUndoRandomEdits: after any sequence of typed cells, fixes, 重算合计 and text edits, undoing
// every step gives the report as opened (findings too) and redoing every step the report as left.
func TestUndoRandomEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 4))
	keys := []string{"t3.new.natural", "t3.new.legal", "t3.new.total", "t3.granted.natural", "t4.review.upheld", "t4.review.total", "t2.rules.issued"}
	texts := []string{"s1.active", "s5"}
	for run := range 40 {
		r := report.New("测试县民政局", 2024)
		r.Meta.AutoTotals = run%2 == 0
		d := newDocument(r, nil, report.StatusDraft, nil, rules.Env{})
		start, startFindings := stateOf(d.r), len(d.Findings())
		steps := 0
		for range 1 + rng.IntN(30) {
			switch rng.IntN(6) {
			case 0, 1:
				i := schema.MustIndex(keys[rng.IntN(len(keys))])
				if d.isComputed(i) {
					continue
				}
				d.SetCell(i, report.ReadCell([]string{"", "0", "3", "12", "/", "-1", "x"}[rng.IntN(7)]))
			case 2:
				d.Apply(rules.FillBlanks(d.r, []string{"t2", "t3", "t4"}[rng.IntN(3)]))
			case 3:
				d.Recompute()
			case 4:
				key := texts[rng.IntN(len(texts))]
				d.SetText(key, d.r.Text(key)+"字")
			case 5:
				d.sealTyping()
			}
			steps++
		}
		end := stateOf(d.r)
		for d.CanUndo() {
			d.Undo()
		}
		if got := stateOf(d.r); !slices.Equal(got.cells, start.cells) || !maps.Equal(got.texts, start.texts) {
			t.Fatalf("run %d: undoing all did not restore the report: %v / %v", run, got.texts, start.texts)
		}
		if n := len(d.Findings()); n != startFindings {
			t.Errorf("run %d: %d findings after undoing all, %d when opened", run, n, startFindings)
		}
		for d.CanRedo() {
			d.Redo()
		}
		if got := stateOf(d.r); !slices.Equal(got.cells, end.cells) || !maps.Equal(got.texts, end.texts) {
			t.Fatalf("run %d: redoing all did not restore the edits (%d actions)", run, steps)
		}
	}
}
