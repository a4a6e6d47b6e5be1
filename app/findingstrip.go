package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// stripMaxHeight is how tall the findings strip under a form grows before it scrolls, in Fyne
// units whatever the text size, so that the form keeps most of a 768-pixel-high screen.
const stripMaxHeight = 160

// findingStrip lists the findings of one section under its form, each with its fixes and the
// 「已核实」 decision, so that the clerk can act without leaving the tab.
type findingStrip struct {
	v       *reportView
	section string // s1 … s6, or "meta" for the 基本信息 tab
	title   *widget.Label
	rows    *fyne.Container
	content *fyne.Container
	// parent is the tab's container, laid out again when the strip shows or hides so that the
	// form takes the room.
	parent *fyne.Container
	// layout says which findings are shown with which buttons; while it stays the same the rows
	// are kept and only their texts change, which is what most keystrokes need.
	layout string
	shown  []stripRow
}

// stripRow is the part of a finding's row whose text follows the finding.
type stripRow struct {
	msg   *widget.Label
	fixes []*widget.Button
}

func newFindingStrip(v *reportView, key string) *findingStrip {
	if key == tabBasic {
		key = "meta"
	}
	s := &findingStrip{v: v, section: key, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, ui.Bold),
		rows: container.NewVBox()}
	scroll := container.NewVScroll(s.rows)
	s.content = container.New(&cappedLayout{inner: s.rows, max: stripMaxHeight},
		container.NewBorder(container.NewVBox(widget.NewSeparator(), s.title), nil, nil, nil, scroll))
	s.content.Hide()
	return s
}

// update shows the section's current findings, rebuilding the rows only when findings came or
// went or their buttons changed.
func (s *findingStrip) update() {
	var mine []*rules.Finding
	var layout strings.Builder
	fs := s.v.doc.Findings()
	for i := range fs {
		f := &fs[i]
		if f.Section != s.section {
			continue
		}
		mine = append(mine, f)
		fmt.Fprintf(&layout, "%s\x00%t\x00%d\x01", f.ID, s.v.doc.Verified(f), len(s.v.offeredFixes(f)))
	}
	if layout.String() == s.layout {
		for i, f := range mine {
			s.v.showFindingText(s.shown[i], f)
		}
		return
	}
	s.layout = layout.String()
	if len(mine) == 0 {
		s.shown = nil
		s.setVisible(false)
		return
	}
	s.title.SetText(lang.L("本部分的问题（{{.Count}}）", map[string]any{"Count": len(mine)}))
	s.shown = s.shown[:0]
	var rows []fyne.CanvasObject
	for _, f := range mine {
		obj, row := s.v.findingRow(f)
		rows = append(rows, obj)
		s.shown = append(s.shown, row)
	}
	s.rows.Objects = rows
	s.rows.Refresh()
	s.setVisible(true)
}

// setVisible shows or hides the strip and, when that changes, lays the tab out again so that
// the form takes or gives the room. (Only then: refreshing the tab redraws every cell of it.)
func (s *findingStrip) setVisible(on bool) {
	if s.content.Visible() == on {
		if on {
			s.content.Refresh()
		}
		return
	}
	if on {
		s.content.Show()
	} else {
		s.content.Hide()
	}
	if s.parent != nil {
		s.parent.Refresh()
	}
}

// findingRow is one finding with its icon, message, fixes and decision. Its buttons act on the
// finding as it is when pressed, so the row can stay while the figures change.
func (v *reportView) findingRow(f *rules.Finding) (fyne.CanvasObject, stripRow) {
	icon := widget.NewIcon(severityIcon(f.Severity))
	verified := v.doc.Verified(f)
	if verified {
		icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	}
	row := stripRow{msg: widget.NewLabel("")}
	row.msg.Wrapping = fyne.TextWrapWord
	var buttons []fyne.CanvasObject
	fid := f.ID
	for k := range v.offeredFixes(f) {
		b := widget.NewButton("", func() {
			if f, ok := v.findingByID(fid); ok {
				if fixes := v.offeredFixes(f); k < len(fixes) {
					v.applyFix(fixes[k])
				}
			}
		})
		row.fixes = append(row.fixes, b)
		buttons = append(buttons, b)
	}
	v.showFindingText(row, f)
	goTo := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if f, ok := v.findingByID(fid); ok {
			v.reveal(f)
		}
	})
	buttons = append(buttons, goTo)
	switch {
	case verified:
		buttons = append(buttons, widget.NewButton(lang.L("取消核实"), func() { v.win.clearDecision(fid) }))
	case f.Severity != rules.Error:
		buttons = append(buttons, widget.NewButton(lang.L("已核实…"), func() {
			if f, ok := v.findingByID(fid); ok {
				v.win.askDecision(fid, f.Message)
			}
		}))
	}
	return container.NewBorder(nil, nil, icon, container.NewHBox(buttons...), row.msg), row
}

// showFindingText writes a finding's message and fix labels into its row.
func (v *reportView) showFindingText(row stripRow, f *rules.Finding) {
	text := f.Message
	if v.doc.Verified(f) {
		text = lang.L("已核实：{{.Message}}", map[string]any{"Message": f.Message})
		if note := v.doc.decisions[f.ID].Note; note != "" {
			text += lang.L("（说明：{{.Note}}）", map[string]any{"Note": note})
		}
	}
	setText(row.msg, text)
	for k, fix := range v.offeredFixes(f) {
		if k < len(row.fixes) && row.fixes[k].Text != fix.Label {
			row.fixes[k].SetText(fix.Label)
		}
	}
}

// offeredFixes are a finding's fixes as the strip offers them: without the totals the app
// computes (the recomputation after the fix sets them), and none that would only set such a
// total.
func (v *reportView) offeredFixes(f *rules.Finding) []rules.Fix {
	var out []rules.Fix
	for _, fix := range f.Fixes {
		typed := rules.Fix{Label: fix.Label, Set: map[string]report.Value{}}
		for key, val := range fix.Set {
			if i := schema.Index(key); i >= 0 && v.doc.isComputed(i) {
				continue
			}
			typed.Set[key] = val
		}
		if len(typed.Set) > 0 {
			out = append(out, typed)
		}
	}
	return out
}

// findingByID finds a current finding; the one a button was made for may be gone by the time it
// is pressed.
func (v *reportView) findingByID(id string) (*rules.Finding, bool) {
	fs := v.doc.Findings()
	for i := range fs {
		if fs[i].ID == id {
			return &fs[i], true
		}
	}
	return nil, false
}

func severityIcon(s rules.Severity) fyne.Resource {
	switch s {
	case rules.Error:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case rules.Warning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewPrimaryThemedResource(theme.InfoIcon())
}

// cappedLayout gives its object the height of inner's content, up to max, so a short list
// takes little room and a long one scrolls.
type cappedLayout struct {
	inner fyne.CanvasObject
	max   float32
}

func (l *cappedLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *cappedLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	s.Height = min(s.Height+l.inner.MinSize().Height, l.max)
	return s
}
