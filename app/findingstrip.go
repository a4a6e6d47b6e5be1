package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
	shown  string // signature of what is shown, to rebuild only on change
}

func newFindingStrip(v *reportView, key string) *findingStrip {
	if key == tabBasic {
		key = "meta"
	}
	s := &findingStrip{v: v, section: key, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, boldStyle),
		rows: container.NewVBox()}
	scroll := container.NewVScroll(s.rows)
	s.content = container.New(&cappedLayout{inner: s.rows, max: stripMaxHeight},
		container.NewBorder(container.NewVBox(widget.NewSeparator(), s.title), nil, nil, nil, scroll))
	s.content.Hide()
	return s
}

// update rebuilds the strip when the section's findings changed.
func (s *findingStrip) update() {
	var mine []*rules.Finding
	var sig strings.Builder
	fs := s.v.doc.Findings()
	for i := range fs {
		f := &fs[i]
		if f.Section != s.section {
			continue
		}
		mine = append(mine, f)
		sig.WriteString(f.ID + "\x00" + f.Message + "\x00")
		if s.v.doc.Verified(f) {
			sig.WriteString("v")
		}
		sig.WriteString("\x01")
	}
	if sig.String() == s.shown {
		return
	}
	s.shown = sig.String()
	if len(mine) == 0 {
		s.content.Hide()
		s.relayout()
		return
	}
	s.title.SetText(lang.L("本部分的问题（{{.Count}}）", map[string]any{"Count": len(mine)}))
	var rows []fyne.CanvasObject
	for _, f := range mine {
		rows = append(rows, s.v.findingRow(f))
	}
	s.rows.Objects = rows
	s.rows.Refresh()
	s.content.Show()
	s.relayout()
}

func (s *findingStrip) relayout() {
	if s.parent != nil {
		s.parent.Refresh()
	}
}

// findingRow is one finding with its icon, message, fixes and decision.
func (v *reportView) findingRow(f *rules.Finding) fyne.CanvasObject {
	icon := widget.NewIcon(severityIcon(f.Severity))
	text := f.Message
	verified := v.doc.Verified(f)
	if verified {
		icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		text = lang.L("已核实：{{.Message}}", map[string]any{"Message": f.Message})
		if note := v.doc.decisions[f.ID].Note; note != "" {
			text += lang.L("（说明：{{.Note}}）", map[string]any{"Note": note})
		}
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	var buttons []fyne.CanvasObject
	fid := f.ID
	for _, fix := range f.Fixes {
		if fix, ok := v.typedPart(fix); ok {
			buttons = append(buttons, widget.NewButton(fix.Label, func() { v.applyFix(fix) }))
		}
	}
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
		buttons = append(buttons, widget.NewButton(lang.L("已核实…"), func() { v.win.askDecision(fid, f.Message) }))
	}
	return container.NewBorder(nil, nil, icon, container.NewHBox(buttons...), msg)
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

// typedPart drops from a fix the totals the app computes (the recomputation after the fix sets
// them); ok is false when nothing is left, as for a fix that would only set a computed total.
func (v *reportView) typedPart(fix rules.Fix) (rules.Fix, bool) {
	out := rules.Fix{Label: fix.Label, Set: map[string]report.Value{}}
	for key, val := range fix.Set {
		if i := schema.Index(key); i >= 0 && v.doc.isComputed(i) {
			continue
		}
		out.Set[key] = val
	}
	return out, len(out.Set) > 0
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
