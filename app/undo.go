package app

import (
	"maps"
	"strconv"

	"nianbao/data/report"
	"nianbao/data/rules"
)

// undoLimit bounds the steps the report keeps to undo; the oldest go first.
const undoLimit = 500

// cellEdit is a cell's value before and after a step.
type cellEdit struct {
	index    int
	old, new report.Value
}

// openingKey names the paragraph before 一、总体情况 (Meta.Opening) among the narrative fields, as
// the rules name it.
const openingKey = "opening"

// textOf is the text of a narrative field or of the opening paragraph.
func (d *document) textOf(key string) string {
	if key == openingKey {
		return d.r.Meta.Opening
	}
	return d.r.Text(key)
}

// writeText stores the text of a narrative field or of the opening paragraph and re-runs the
// rules that read it.
func (d *document) writeText(key, text string) {
	if key == openingKey {
		d.r.Meta.Opening = text
	} else {
		d.r.SetText(key, text)
	}
	d.checker.TextChanged(key)
}

// textEdit is a narrative field's text before and after a step.
type textEdit struct {
	key, old, new string
}

// stepKind is the kind of action a step undoes, for the 编辑 menu to name it.
type stepKind uint8

const (
	stepTyped      stepKind = iota // typing into a cell
	stepPasted                     // a block pasted into a table
	stepFixed                      // a fix button or 空格填0: the step's fix names it
	stepRecomputed                 // 重算合计
	stepWritten                    // typing into a narrative field, or an inserted sentence
)

// undoStep is what one action of the user changed: the cells (with the totals that follow them),
// the narrative fields, and the importer's notes on cells (Source.CellNotes), which typing over a
// cell or 「已核对」 removes.
type undoStep struct {
	cells              []cellEdit
	texts              []textEdit
	notes              bool // the step changed the notes: oldNotes and newNotes hold them
	oldNotes, newNotes map[string]string
	// typing names the cell or field being typed into ("" once sealed): the next keystroke there
	// extends this step, so that one cell edit is one step, not one per key.
	typing string
	kind   stepKind
	fix    string // the label of the fix applied, for stepFixed
}

// undoHistory is the report's undo and redo stacks. A group (begin … end) makes every change in
// it one step, for actions that change many cells (a pasted block).
type undoHistory struct {
	done, undone []*undoStep
	group        *undoStep
	depth        int
}

// begin opens a group of the given kind: the changes until the matching end are one step.
func (d *document) begin(kind stepKind) {
	if d.undo.depth == 0 {
		d.undo.group = &undoStep{kind: kind}
	}
	d.undo.depth++
}

// end closes a group and records its step, unless nothing changed.
func (d *document) end() {
	d.undo.depth--
	if d.undo.depth > 0 {
		return
	}
	s := d.undo.group
	d.undo.group = nil
	if !s.empty() {
		d.push(s)
	}
}

// sealTyping ends the typing step of a cell or field the user left: typing there again later is
// a new step.
func (d *document) sealTyping() {
	if n := len(d.undo.done); n > 0 {
		d.undo.done[n-1].typing = ""
	}
}

// CanUndo says whether there is a step to undo.
func (d *document) CanUndo() bool { return len(d.undo.done) > 0 }

// CanRedo says whether there is an undone step to redo.
func (d *document) CanRedo() bool { return len(d.undo.undone) > 0 }

// NextUndo is the step Undo would take back, or nil.
func (d *document) NextUndo() *undoStep { return last(d.undo.done) }

// NextRedo is the step Redo would do again, or nil.
func (d *document) NextRedo() *undoStep { return last(d.undo.undone) }

func last(steps []*undoStep) *undoStep {
	if len(steps) == 0 {
		return nil
	}
	return steps[len(steps)-1]
}

// record runs change, which edits cells or the cell notes, and records what it changed as a step
// like as (its kind, and the cell typed into for typing).
func (d *document) record(as undoStep, change func()) {
	oldCells := append([]report.Value(nil), d.r.Cells...)
	oldNotes := maps.Clone(d.r.Source.CellNotes)
	change()
	s := &as
	for i, v := range d.r.Cells {
		if v != oldCells[i] {
			s.cells = append(s.cells, cellEdit{index: i, old: oldCells[i], new: v})
		}
	}
	if !maps.Equal(oldNotes, d.r.Source.CellNotes) {
		s.notes, s.oldNotes, s.newNotes = true, oldNotes, maps.Clone(d.r.Source.CellNotes)
	}
	d.add(s)
}

// recordText records that field key changed from old to its text now, typed by the user.
func (d *document) recordText(key, old string) {
	d.add(&undoStep{typing: "text:" + key, kind: stepWritten, texts: []textEdit{{key: key, old: old, new: d.textOf(key)}}})
}

// add puts a change into the open group, into the typing step it continues, or on the stack as a
// step of its own. Any new change drops what was undone.
func (d *document) add(s *undoStep) {
	if s.empty() {
		return
	}
	d.undo.undone = nil
	switch {
	case d.undo.group != nil:
		d.undo.group.merge(s)
	case s.typing != "" && len(d.undo.done) > 0 && d.undo.done[len(d.undo.done)-1].typing == s.typing:
		d.undo.done[len(d.undo.done)-1].merge(s)
	default:
		d.sealTyping()
		d.push(s)
	}
}

func (d *document) push(s *undoStep) {
	d.undo.done = append(d.undo.done, s)
	if len(d.undo.done) > undoLimit {
		d.undo.done = d.undo.done[1:]
	}
}

func (s *undoStep) empty() bool { return len(s.cells) == 0 && len(s.texts) == 0 && !s.notes }

// merge adds the later change t to s: a cell or field both changed keeps the old value of s and
// the new one of t.
func (s *undoStep) merge(t *undoStep) {
next:
	for _, e := range t.cells {
		for k := range s.cells {
			if s.cells[k].index == e.index {
				s.cells[k].new = e.new
				continue next
			}
		}
		s.cells = append(s.cells, e)
	}
nextText:
	for _, e := range t.texts {
		for k := range s.texts {
			if s.texts[k].key == e.key {
				s.texts[k].new = e.new
				continue nextText
			}
		}
		s.texts = append(s.texts, e)
	}
	if t.notes {
		if !s.notes {
			s.oldNotes = t.oldNotes
		}
		s.notes, s.newNotes = true, t.newNotes
	}
}

// Undo takes back the last step and returns it (nil when there is none), for the views to redraw
// its cells and fields.
func (d *document) Undo() *undoStep {
	return d.replay(&d.undo.done, &d.undo.undone, false)
}

// Redo does the last undone step again and returns it (nil when there is none).
func (d *document) Redo() *undoStep {
	return d.replay(&d.undo.undone, &d.undo.done, true)
}

// replay moves the last step of from onto to, writing its new values (redo) or old ones (undo).
func (d *document) replay(from, to *[]*undoStep, redo bool) *undoStep {
	n := len(*from)
	if n == 0 {
		return nil
	}
	s := (*from)[n-1]
	*from = (*from)[:n-1]
	s.typing = ""
	*to = append(*to, s)
	for _, e := range s.cells {
		d.r.Cells[e.index] = pick(redo, e.new, e.old)
		d.checker.CellChanged(e.index)
	}
	for _, e := range s.texts {
		d.writeText(e.key, pick(redo, e.new, e.old))
	}
	if s.notes {
		d.r.Source.CellNotes = maps.Clone(pick(redo, s.newNotes, s.oldNotes))
		d.checker.TextChanged(rules.SourceText)
	}
	return s
}

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}

// cellIndexes are the cells a step changed.
func (s *undoStep) cellIndexes() []int {
	out := make([]int, len(s.cells))
	for k, e := range s.cells {
		out[k] = e.index
	}
	return out
}

// typingCell is the typing mark of cell i.
func typingCell(i int) string { return "cell:" + strconv.Itoa(i) }
