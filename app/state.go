package app

import (
	"strings"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
	"nianbao/data/store"
)

// document is the report open in the window with everything derived from it: the live checker,
// its findings, and the reviewer's decisions. It knows no widgets; the views call its methods on
// the UI goroutine and redraw what the methods say changed.
type document struct {
	r         *report.Report
	status    report.Status
	checker   *rules.Checker
	env       rules.Env                 // the profile and the day the rules run in
	decisions map[string]store.Decision // by finding ID
	undo      undoHistory               // the user's changes to cells and narrative fields
}

// computedCells are the indexes of the total cells, which a new report computes.
var computedCells = func() []int {
	var out []int
	for _, c := range schema.Cells() {
		if c.Computed {
			out = append(out, c.Index)
		}
	}
	return out
}()

// newDocument derives the document of r; env is the rules' profile and today's date.
func newDocument(r, prev *report.Report, status report.Status, decisions map[string]store.Decision, env rules.Env) *document {
	if decisions == nil {
		decisions = map[string]store.Decision{}
	}
	d := &document{r: r, status: status, decisions: decisions}
	if r.Meta.AutoTotals {
		r.ComputeTotals()
	}
	d.env = env
	d.checker = env.NewChecker(r, prev)
	return d
}

// isComputed reports whether cell i is computed by the app (a total in a new report) and so not
// typed by the user.
func (d *document) isComputed(i int) bool {
	return d.r.Meta.AutoTotals && schema.CellAt(i).Computed
}

// SetCell stores a value the user typed and returns the indexes of every cell whose value changed
// (the cell itself and, in a new report, the totals that sum it). The rules that read them run
// again.
func (d *document) SetCell(i int, v report.Value) []int {
	if d.r.Cells[i] == v {
		return nil
	}
	var changed []int
	d.record(undoStep{typing: typingCell(i), kind: stepTyped}, func() {
		d.r.Cells[i] = v
		if key := schema.CellAt(i).Key; d.r.Source.CellNotes[key] != "" {
			// A value typed over an imported one is the user's own: nothing left to compare.
			delete(d.r.Source.CellNotes, key)
			d.checker.TextChanged(rules.SourceText)
		}
		changed = append([]int{i}, d.updateTotals()...)
	})
	for _, c := range changed {
		d.checker.CellChanged(c)
	}
	return changed
}

// updateTotals recomputes the totals of a new report and returns those that changed.
func (d *document) updateTotals() []int {
	if !d.r.Meta.AutoTotals {
		return nil
	}
	old := make([]report.Value, len(computedCells))
	for k, i := range computedCells {
		old[k] = d.r.Cells[i]
	}
	d.r.ComputeTotals()
	var changed []int
	for k, i := range computedCells {
		if d.r.Cells[i] != old[k] {
			changed = append(changed, i)
		}
	}
	return changed
}

// Recompute replaces the stated totals of an imported report with computed ones (「重算合计」) and
// returns the cells that changed.
func (d *document) Recompute() []int {
	old := append([]report.Value(nil), d.r.Cells...)
	d.record(undoStep{kind: stepRecomputed}, d.r.ComputeTotals)
	return d.changedSince(old)
}

// Apply writes a fix (or 「空格填0」) and returns the cells that changed.
func (d *document) Apply(fix rules.Fix) []int {
	old := append([]report.Value(nil), d.r.Cells...)
	d.record(undoStep{kind: stepFixed, fix: fix.Label}, func() {
		fix.Apply(d.r)
		d.updateTotals()
	})
	if len(fix.Confirm) > 0 {
		d.checker.TextChanged(rules.SourceText)
	}
	return d.changedSince(old)
}

func (d *document) changedSince(old []report.Value) []int {
	var changed []int
	for i, v := range d.r.Cells {
		if v != old[i] {
			changed = append(changed, i)
			d.checker.CellChanged(i)
		}
	}
	return changed
}

// SetText stores a narrative field (s1.intro … s6).
func (d *document) SetText(key, text string) {
	old := d.r.Text(key)
	if old == text {
		return
	}
	d.r.SetText(key, text)
	d.recordText(key, old)
	d.checker.TextChanged(key)
}

// SetOpening stores the paragraph before 一、总体情况.
func (d *document) SetOpening(text string) {
	old := d.r.Meta.Opening
	if old == text {
		return
	}
	d.writeText(openingKey, text)
	d.recordText(openingKey, old)
}

// Deadline is the report's due date in the document's profile.
func (d *document) Deadline() rules.Deadline { return d.env.Deadline(d.r.Meta) }

// SetMeta changes metadata (level, 人民政府, region, publication) and re-runs the rules that read it.
func (d *document) SetMeta(change func(m *report.Meta)) {
	change(&d.r.Meta)
	d.checker.TextChanged("meta")
}

// Findings returns the current findings in section order.
func (d *document) Findings() []rules.Finding { return d.checker.Findings() }

// Verified reports whether the reviewer marked a finding 「已核实」.
func (d *document) Verified(f *rules.Finding) bool {
	_, ok := d.decisions[f.ID]
	return ok
}

// counts is what the header shows.
type counts struct {
	Errors, Warnings, Verified, Blanks int
}

// Counts tallies the open findings (verified ones apart) and the blank cells.
func (d *document) Counts() counts {
	var c counts
	for i := range d.Findings() {
		f := &d.Findings()[i]
		switch {
		case d.Verified(f):
			c.Verified++
		case f.Severity == rules.Error:
			c.Errors++
		case f.Severity == rules.Warning:
			c.Warnings++
		}
	}
	c.Blanks = rules.BlankCells(d.r)
	return c
}

// SectionErrors counts the unverified errors of each section (s1 … s6, meta).
func (d *document) SectionErrors() map[string]int {
	out := map[string]int{}
	for i := range d.Findings() {
		f := &d.Findings()[i]
		if f.Severity == rules.Error && !d.Verified(f) {
			out[f.Section]++
		}
	}
	return out
}

// markKind is what a cell shows about the findings on it, most serious first.
type markKind uint8

const (
	markNone markKind = iota
	markVerified
	markWarning
	markError
)

// cellMark is the mark of one cell and the notes of the findings behind it.
type cellMark struct {
	Kind markKind
	Note string
}

// marksOnCells are the rules whose subject is the cells they list. The others list cells they
// only read (a narrative figure, blank cells counted in the header) and mark none.
func marksOnCells(f *rules.Finding) bool {
	if f.Rule == "CELL-BLANK" || strings.HasPrefix(f.Rule, "TXT-") {
		return false
	}
	return f.Severity == rules.Error || f.Severity == rules.Warning
}

// Marks returns the mark of every cell, indexed by schema cell index.
func (d *document) Marks(out []cellMark) []cellMark {
	out = append(out[:0], make([]cellMark, schema.NumCells())...)
	for i := range d.Findings() {
		f := &d.Findings()[i]
		if !marksOnCells(f) {
			continue
		}
		kind := markWarning
		switch {
		case d.Verified(f):
			kind = markVerified
		case f.Severity == rules.Error:
			kind = markError
		}
		for _, key := range f.Cells {
			c := schema.Index(key)
			if c < 0 {
				continue
			}
			m := &out[c]
			switch {
			case kind > m.Kind:
				m.Kind, m.Note = kind, f.Message
			case kind == m.Kind && !strings.Contains(m.Note, f.Message):
				m.Note += "；" + f.Message
			}
		}
	}
	return out
}
