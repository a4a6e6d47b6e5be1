package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/widgets"
)

// cellPlace is where a cell of tables 2–4 is shown: a grid and its row and column.
type cellPlace struct {
	grid     *widgets.Grid
	row, col int
}

// section tabs, in order; "basic" holds the metadata (and the findings about it, section "meta").
const (
	tabBasic = "basic"
	tabCheck = "check"
)

// reportView is the open report: the header, the tabs and everything that redraws when the model
// changes. All its methods run on the UI goroutine.
type reportView struct {
	win   *window
	doc   *document
	saver *autosaver

	places     []cellPlace // by schema cell index
	marks      []cellMark  // as shown
	nextMarks  []cellMark
	narratives map[string]*narrativeField
	opening    *widgets.TextEntry     // the paragraph before 一、总体情况, on 基本信息
	sections   map[string]*sectionTab // by section key (s1 … s6) and tabBasic
	check      *checkTab
	header     *headerBar

	tabs    *container.AppTabs
	content fyne.CanvasObject
}

// sectionTab is one tab of the form, with the strip of its findings at the bottom.
type sectionTab struct {
	item  *container.TabItem
	title string // without the error count
	strip *findingStrip
	// focusFirst puts the keyboard focus on the first field of the tab, for findings about the
	// section as a whole.
	focusFirst func()
}

func newReportView(w *window, doc *document, saver *autosaver) *reportView {
	v := &reportView{
		win: w, doc: doc, saver: saver,
		places:     make([]cellPlace, schema.NumCells()),
		marks:      make([]cellMark, schema.NumCells()),
		narratives: map[string]*narrativeField{},
		sections:   map[string]*sectionTab{},
	}
	v.header = newHeaderBar(v)
	items := []*container.TabItem{
		v.addSection(tabBasic, lang.L("基本信息"), v.basicTab()),
		v.addSection("s1", lang.L("一 总体情况"), v.overviewTab()),
		v.addSection("s2", lang.L("二 主动公开"), v.table2Tab()),
		v.addSection("s3", lang.L("三 依申请公开"), v.table3Tab()),
		v.addSection("s4", lang.L("四 复议诉讼"), v.table4Tab()),
		v.addSection("s5", lang.L("五 问题及改进"), v.problemsTab()),
		v.addSection("s6", lang.L("六 其他事项"), v.otherTab()),
	}
	v.check = newCheckTab(v)
	items = append(items, v.check.item)
	v.tabs = container.NewAppTabs(items...)
	v.tabs.OnSelected = func(item *container.TabItem) {
		if item == v.check.item {
			v.check.update()
		}
	}
	v.addCompareTab()
	v.fillCells()
	v.refreshFindings()
	v.content = container.NewBorder(v.header.content, nil, nil, nil, v.tabs)
	return v
}

// addSection wraps a tab's form with the strip of the section's findings.
func (v *reportView) addSection(key, title string, form *sectionForm) *container.TabItem {
	s := &sectionTab{title: title, strip: newFindingStrip(v, key), focusFirst: form.focusFirst}
	s.strip.parent = container.NewBorder(nil, s.strip.content, nil, nil, form.content)
	s.item = container.NewTabItem(title, s.strip.parent)
	v.sections[key] = s
	return s.item
}

// sectionForm is what a tab file builds: the form and how to focus its first field.
type sectionForm struct {
	content    fyne.CanvasObject
	focusFirst func()
}

// fillCells shows every cell's value and which cells are computed.
func (v *reportView) fillCells() {
	for i, p := range v.places {
		if p.grid == nil {
			continue
		}
		p.grid.SetText(p.row, p.col, v.doc.r.Cells[i].String())
		p.grid.SetReadOnly(p.row, p.col, v.doc.isComputed(i))
	}
}

// cellTyped takes what the user typed into cell i into the report, as typed: text that is no value
// is kept as an invalid cell, which the rules report (CELL-INVALID).
func (v *reportView) cellTyped(i int, text string) {
	changed := v.doc.SetCell(i, report.ReadCell(text))
	if changed == nil {
		return
	}
	v.showCells(changed, i)
	v.edited()
}

// showCells redraws the values of changed cells, except the one being typed into (its text is the
// user's, which may be written differently from the value, such as full-width digits).
func (v *reportView) showCells(changed []int, typing int) {
	for _, c := range changed {
		if c == typing {
			continue
		}
		if p := v.places[c]; p.grid != nil {
			p.grid.SetText(p.row, p.col, v.doc.r.Cells[c].String())
		}
	}
}

// applyFix writes a fix (or 空格填0) into the model and the grids.
func (v *reportView) applyFix(fix rules.Fix) {
	changed := v.doc.Apply(fix)
	if len(changed) == 0 && len(fix.Confirm) == 0 {
		return
	}
	v.showCells(changed, -1)
	v.edited()
}

// recomputeTotals is 「重算合计」 of an imported report.
func (v *reportView) recomputeTotals() {
	changed := v.doc.Recompute()
	if len(changed) == 0 {
		return
	}
	v.showCells(changed, -1)
	v.edited()
}

// pasteAsOneStep runs the edits of a pasted block as one step to undo.
func (v *reportView) pasteAsOneStep(change func()) {
	v.doc.begin(stepPasted)
	defer v.doc.end()
	change()
}

// undo takes back the user's last change to the report (Ctrl+Z, 编辑 › 撤销), whichever tab it
// was made in.
func (v *reportView) undo() { v.replayed(v.doc.Undo()) }

// redo does the last undone change again (Ctrl+Y, Ctrl+Shift+Z, 编辑 › 重做).
func (v *reportView) redo() { v.replayed(v.doc.Redo()) }

// replayed redraws the cells and fields of an undone or redone step, then the findings, and has
// the result saved.
func (v *reportView) replayed(s *undoStep) {
	if s == nil {
		return
	}
	v.revealStep(s)
	v.showCells(s.cellIndexes(), -1)
	for _, e := range s.texts {
		if n, ok := v.narratives[e.key]; ok {
			n.entry.SetText(v.doc.r.Text(e.key))
			n.showCount()
		} else if e.key == openingKey && v.opening != nil {
			v.opening.SetText(v.doc.r.Meta.Opening)
		}
	}
	v.edited()
}

// revealStep goes to the tab of an undone or redone step when none of it is on the tab in view,
// so that the user sees what changed, and puts the focus on the first changed cell or field there
// (the focus must not stay in a field of the tab left behind, where typing would go unseen).
func (v *reportView) revealStep(s *undoStep) {
	var keys []string
	for _, e := range s.cells {
		keys = append(keys, schema.CellAt(e.index).Key)
	}
	for _, e := range s.texts {
		keys = append(keys, e.key)
	}
	var first *sectionTab
	firstKey := ""
	for _, key := range keys {
		section := schema.SectionOf(key)
		if key == openingKey {
			section = tabBasic
		}
		sec, ok := v.sections[section]
		if !ok {
			continue
		}
		if sec.item == v.tabs.Selected() {
			return
		}
		if first == nil {
			first, firstKey = sec, key
		}
	}
	if first == nil {
		return
	}
	v.tabs.Select(first.item)
	switch {
	case firstKey == openingKey && v.opening != nil:
		v.win.focus(v.opening)
	case v.narratives[firstKey] != nil:
		v.win.focus(v.narratives[firstKey].entry)
	default:
		if i := schema.Index(firstKey); i >= 0 && v.places[i].grid != nil {
			p := v.places[i]
			p.grid.FocusCell(p.row, p.col)
		} else {
			v.win.win.Canvas().Unfocus()
		}
	}
}

// edited redraws what depends on the findings and starts the autosave countdown.
func (v *reportView) edited() {
	v.refreshFindings()
	v.saver.Edited()
	v.win.refreshHistoryItems()
}

// refreshFindings redraws the marks, counts, tab titles and finding lists.
func (v *reportView) refreshFindings() {
	v.nextMarks = v.doc.Marks(v.nextMarks)
	for i, m := range v.nextMarks {
		if m == v.marks[i] {
			continue
		}
		v.marks[i] = m
		if p := v.places[i]; p.grid != nil {
			p.grid.SetMark(p.row, p.col, widgetMark(m.Kind), m.Note)
		}
	}
	v.header.update()
	errs := v.doc.SectionErrors()
	errs[tabBasic] = errs["meta"]
	for key, s := range v.sections {
		title := s.title
		if n := errs[key]; n > 0 {
			title = lang.L("{{.Title}}（{{.Count}}）", map[string]any{"Title": s.title, "Count": n})
		}
		if s.item.Text != title {
			s.item.Text = title
			if v.tabs != nil {
				v.tabs.Refresh()
			}
		}
		s.strip.update()
	}
	v.check.changed()
}

func widgetMark(k markKind) widgets.Mark {
	switch k {
	case markError:
		return widgets.MarkError
	case markWarning:
		return widgets.MarkWarning
	case markVerified:
		return widgets.MarkVerified
	}
	return widgets.MarkNone
}

// tabOf is the tab that shows a finding's subject.
func (v *reportView) tabOf(f *rules.Finding) *sectionTab {
	if s, ok := v.sections[f.Section]; ok {
		return s
	}
	return v.sections[tabBasic]
}

// reveal switches to the tab of a finding and puts the focus on its subject: the first of its
// cells that is shown (preferring one the user can type into), or the narrative field it is about.
func (v *reportView) reveal(f *rules.Finding) {
	s := v.tabOf(f)
	v.tabs.Select(s.item)
	if p, ok := v.placeOf(f); ok {
		p.grid.FocusCell(p.row, p.col)
		return
	}
	if n, ok := v.narratives[narrativeOf(f)]; ok {
		v.win.focus(n.entry)
		return
	}
	if s.focusFirst != nil {
		s.focusFirst()
	}
}

func (v *reportView) placeOf(f *rules.Finding) (cellPlace, bool) {
	if narrativeOf(f) != "" {
		return cellPlace{}, false
	}
	var first cellPlace
	for _, key := range f.Cells {
		i := schema.Index(key)
		if i < 0 || v.places[i].grid == nil {
			continue
		}
		if !v.doc.isComputed(i) {
			return v.places[i], true
		}
		if first.grid == nil {
			first = v.places[i]
		}
	}
	return first, first.grid != nil
}

// narrativeOf is the narrative field a finding is about, or "" when it is about cells. The rules
// name it in the finding ID (S1-MISSING/s1.active, TXT-YEAR/s5/2022); section-wide text findings
// (S5-EMPTY, S6-FEE, TXT-SIMILAR/s5) are about the section's only field.
func narrativeOf(f *rules.Finding) string {
	for _, part := range strings.Split(f.ID, "/") {
		if _, ok := schema.NarrativeByKey(part); ok {
			return part
		}
	}
	switch f.Rule {
	case "S5-EMPTY", "S6-FEE", "T3-FEE-NOTICE", "T4-CORRECTED":
		return f.Section
	case "TXT-SIMILAR":
		if _, ok := schema.NarrativeByKey(f.Section); ok {
			return f.Section
		}
	}
	return ""
}

// setStatus changes 草稿/定稿; 定稿 is refused while the report has errors.
func (v *reportView) setStatus(status report.Status) bool {
	if status == report.StatusFinal {
		if n := v.doc.Counts().Errors; n > 0 {
			v.win.showError(lang.L("还有 {{.Count}} 处错误，改正后才能定稿。", map[string]any{"Count": n}))
			return false
		}
	}
	v.doc.status = status
	v.win.setStatus(v.doc.r.Meta.Agency, v.doc.r.Meta.Year, status)
	return true
}
