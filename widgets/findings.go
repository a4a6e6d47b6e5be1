package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Severity is how serious a finding is.
type Severity int

const (
	// SeverityError is a finding that must be fixed.
	SeverityError Severity = iota
	// SeverityWarning is a finding the clerk should look at.
	SeverityWarning
	// SeverityInfo is a finding for information.
	SeverityInfo
)

// icon is the icon drawn beside a finding of severity s; each severity has its own shape as well
// as its own colour.
func (s Severity) icon() fyne.Resource {
	switch s {
	case SeverityError:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case SeverityWarning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewPrimaryThemedResource(theme.InfoIcon())
}

// FindingItem is one entry of a FindingsList. Items with the same Group are listed together
// under it, groups in the order they first appear. Detail, if any, is shown under Text in
// smaller type; a Verified item (one the clerk confirmed) carries a check mark and is dimmed.
type FindingItem struct {
	ID       string
	Group    string
	Severity Severity
	Text     string
	Detail   string
	Verified bool
}

var _ fyne.Widget = (*FindingsList)(nil)

// FindingsList shows findings grouped under headings; clicking one (or Enter or Space on it)
// reports its ID through OnSelected.
type FindingsList struct {
	widget.BaseWidget

	// OnSelected is called with the ID of the finding the user picks.
	OnSelected func(id string)

	items     []FindingItem
	emptyText string
	selected  string

	box    *fyne.Container
	scroll *container.Scroll
	rows   []*findingRow
}

// NewFindingsList returns an empty list.
func NewFindingsList() *FindingsList {
	l := &FindingsList{box: container.NewVBox()}
	l.scroll = container.NewVScroll(l.box)
	l.ExtendBaseWidget(l)
	l.rebuild()
	return l
}

// SetItems replaces the findings shown.
func (l *FindingsList) SetItems(items []FindingItem) {
	l.items = append([]FindingItem(nil), items...)
	l.rebuild()
}

// SetEmptyText sets what the list says when it has no findings (such as 「未发现问题」).
func (l *FindingsList) SetEmptyText(text string) {
	l.emptyText = text
	if len(l.items) == 0 {
		l.rebuild()
	}
}

// rebuild recreates the rows: headings in order of first appearance, each followed by its items.
func (l *FindingsList) rebuild() {
	l.rows = l.rows[:0]
	var objects []fyne.CanvasObject
	if len(l.items) == 0 {
		empty := widget.NewLabel(l.emptyText)
		empty.Wrapping = fyne.TextWrapBreak
		objects = append(objects, empty)
	}
	var groups []string
	byGroup := map[string][]FindingItem{}
	for _, it := range l.items {
		if _, seen := byGroup[it.Group]; !seen {
			groups = append(groups, it.Group)
		}
		byGroup[it.Group] = append(byGroup[it.Group], it)
	}
	for _, g := range groups {
		if g != "" {
			heading := widget.NewRichText(&widget.TextSegment{Text: g, Style: widget.RichTextStyleSubHeading})
			heading.Wrapping = fyne.TextWrapBreak
			objects = append(objects, heading)
		}
		for _, it := range byGroup[g] {
			row := newFindingRow(l, it)
			l.rows = append(l.rows, row)
			objects = append(objects, row)
		}
	}
	l.box.Objects = objects
	l.box.Refresh()
}

// choose marks the item id as selected and reports it.
func (l *FindingsList) choose(id string) {
	l.selected = id
	for _, r := range l.rows {
		r.Refresh()
	}
	if l.OnSelected != nil {
		l.OnSelected(id)
	}
}

// focusRow moves keyboard focus from row to the one delta rows away, if any.
func (l *FindingsList) focusRow(from *findingRow, delta int) {
	for i, r := range l.rows {
		if r != from {
			continue
		}
		j := i + delta
		if j < 0 || j >= len(l.rows) {
			return
		}
		if cnv := fyne.CurrentApp().Driver().CanvasForObject(from); cnv != nil {
			cnv.Focus(l.rows[j])
		}
		return
	}
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (l *FindingsList) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	return widget.NewSimpleRenderer(l.scroll)
}

var (
	_ fyne.Widget        = (*findingRow)(nil)
	_ fyne.Tappable      = (*findingRow)(nil)
	_ fyne.Focusable     = (*findingRow)(nil)
	_ desktop.Hoverable  = (*findingRow)(nil)
	_ desktop.Cursorable = (*findingRow)(nil)
)

// findingRow is one finding: severity icon, text and detail, highlighted when hovered, focused or
// selected.
type findingRow struct {
	widget.BaseWidget
	list    *FindingsList
	item    FindingItem
	hovered bool
	focused bool
}

func newFindingRow(l *FindingsList, it FindingItem) *findingRow {
	r := &findingRow{list: l, item: it}
	r.ExtendBaseWidget(r)
	return r
}

// Tapped picks the finding.
func (r *findingRow) Tapped(*fyne.PointEvent) { r.list.choose(r.item.ID) }

// FocusGained highlights the row for keyboard use.
func (r *findingRow) FocusGained() { r.focused = true; r.Refresh() }

// FocusLost removes the keyboard highlight.
func (r *findingRow) FocusLost() { r.focused = false; r.Refresh() }

// TypedRune picks the finding on Space.
func (r *findingRow) TypedRune(ch rune) {
	if ch == ' ' {
		r.list.choose(r.item.ID)
	}
}

// TypedKey picks the finding on Enter and moves between findings with Up and Down.
func (r *findingRow) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		r.list.choose(r.item.ID)
	case fyne.KeyUp:
		r.list.focusRow(r, -1)
	case fyne.KeyDown:
		r.list.focusRow(r, 1)
	}
}

// MouseIn highlights the row under the pointer.
func (r *findingRow) MouseIn(*desktop.MouseEvent) { r.hovered = true; r.Refresh() }

// MouseMoved is part of desktop.Hoverable.
func (r *findingRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the hover highlight.
func (r *findingRow) MouseOut() { r.hovered = false; r.Refresh() }

// Cursor shows the row is clickable.
func (r *findingRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (r *findingRow) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	it := r.item
	text := widget.NewLabel(it.Text)
	text.Wrapping = fyne.TextWrapBreak
	lines := container.NewVBox(text)
	if it.Detail != "" {
		detail := widget.NewRichText(&widget.TextSegment{Text: it.Detail, Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, Inline: true,
		}})
		detail.Wrapping = fyne.TextWrapBreak
		lines.Add(detail)
	}
	icons := container.NewHBox(widget.NewIcon(it.Severity.icon()))
	if it.Verified {
		icons.Add(widget.NewIcon(MarkVerified.icon()))
		text.Importance = widget.LowImportance
	}
	bg := &canvas.Rectangle{}
	rr := &findingRowRenderer{r: r, bg: bg, content: container.NewBorder(nil, nil, container.NewCenter(icons), nil, lines)}
	rr.Refresh()
	return rr
}

type findingRowRenderer struct {
	r       *findingRow
	bg      *canvas.Rectangle
	content *fyne.Container
}

var _ fyne.WidgetRenderer = (*findingRowRenderer)(nil)

func (rr *findingRowRenderer) Destroy() {}

func (rr *findingRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.bg, rr.content}
}

func (rr *findingRowRenderer) MinSize() fyne.Size { return rr.content.MinSize() }

func (rr *findingRowRenderer) Layout(size fyne.Size) {
	rr.bg.Resize(size)
	rr.content.Resize(size)
}

func (rr *findingRowRenderer) Refresh() {
	th := rr.r.Theme()
	r := rr.r
	switch {
	case r.list.selected == r.item.ID:
		rr.bg.FillColor = themeColor(th, theme.ColorNameSelection)
	case r.focused:
		rr.bg.FillColor = themeColor(th, theme.ColorNameFocus)
	case r.hovered:
		rr.bg.FillColor = themeColor(th, theme.ColorNameHover)
	default:
		rr.bg.FillColor = color.Transparent
	}
	rr.bg.Refresh()
	rr.content.Refresh()
}
