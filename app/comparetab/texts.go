package comparetab

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/compare"
)

// repeatedMark precedes a sentence that repeats last year's text, so the marking reads without
// colour.
const repeatedMark = "〔重复〕"

// textPanel is the narrative part of 年度对比: how much of each section and field repeats the
// base year, and the two texts side by side with the later year's repeated sentences marked.
type textPanel struct {
	items     []compare.TextComparison // the three sections, then the eight fields
	laterYear int
	list      *widget.List
	chosen    int
	base      *widget.Label
	later     *widget.RichText
	baseHead  *widget.Label
	headNote  *widget.Label
	content   fyne.CanvasObject
}

func newTextPanel() *textPanel {
	t := &textPanel{base: widget.NewLabel(""), later: widget.NewRichText(),
		baseHead: widget.NewLabelWithStyle("", fyne.TextAlignLeading, ui.Bold),
		headNote: widget.NewLabelWithStyle("", fyne.TextAlignLeading, ui.Bold)}
	t.base.Wrapping = fyne.TextWrapBreak
	t.later.Wrapping = fyne.TextWrapBreak
	t.headNote.Wrapping = fyne.TextWrapWord
	t.list = widget.NewList(
		func() int { return len(t.items) },
		func() fyne.CanvasObject { return ui.NewTruncatedLabel() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Text = textTitle(t.items[id], id < 3)
			l.TextStyle = fyne.TextStyle{Bold: t.items[id].Similar}
			l.Importance = widget.MediumImportance
			if t.items[id].Similar {
				l.Importance = widget.WarningImportance
			}
			l.Refresh()
		})
	t.list.OnSelected = func(id widget.ListItemID) { t.chosen = id; t.showChosen() }
	sides := container.NewGridWithColumns(2,
		container.NewBorder(t.baseHead, nil, nil, nil, container.NewVScroll(t.base)),
		container.NewBorder(t.headNote, nil, nil, nil, container.NewVScroll(t.later)))
	split := container.NewHSplit(t.list, sides)
	split.Offset = 0.28
	t.content = split
	return t
}

// textTitle is a line of the list: heading, similarity and, past the threshold, a warning in
// words.
func textTitle(tc compare.TextComparison, section bool) string {
	s := tc.Heading
	if section {
		s = lang.L("【整节】") + s
	}
	s += "  " + strconv.FormatFloat(tc.Similarity*100, 'f', 0, 64) + "%"
	if tc.Similar {
		s += lang.L("  重复较多，请重写")
	}
	return s
}

// set shows the narrative comparison of cmp.
func (t *textPanel) set(cmp *compare.Comparison) {
	t.items = nil
	if cmp != nil {
		t.items = append(append(t.items, cmp.Sections...), cmp.Fields...)
	}
	if t.chosen >= len(t.items) {
		t.chosen = 0
	}
	t.list.Refresh()
	if len(t.items) > 0 {
		t.list.Select(t.chosen)
		t.baseHead.SetText(ui.YearLabel(cmp.Years[0]))
		t.laterYear = cmp.Years[1]
	}
	t.showChosen()
}

// showChosen puts the chosen section or field side by side.
func (t *textPanel) showChosen() {
	if t.chosen >= len(t.items) {
		t.base.SetText("")
		t.later.Segments = nil
		t.later.Refresh()
		t.headNote.SetText("")
		return
	}
	tc := t.items[t.chosen]
	t.base.SetText(orNone(tc.Texts[0]))
	repeated := 0
	var segs []widget.RichTextSegment
	for _, s := range tc.Sentences {
		if s.Repeated {
			repeated++
			segs = append(segs, &widget.TextSegment{Text: repeatedMark + s.Text,
				Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}}})
			continue
		}
		segs = append(segs, &widget.TextSegment{Text: s.Text, Style: widget.RichTextStyleParagraph})
	}
	if len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: orNone(""), Style: widget.RichTextStyleParagraph})
	}
	t.later.Segments = segs
	t.later.Refresh()
	t.headNote.SetText(lang.L("{{.Year}}：{{.Count}} 句，其中 {{.Repeated}} 句与左侧重复（标“{{.Mark}}”）", map[string]any{
		"Year": ui.YearLabel(t.laterYear), "Count": len(tc.Sentences), "Repeated": repeated, "Mark": repeatedMark}))
}

func orNone(s string) string {
	if s == "" {
		return lang.L("（未填写）")
	}
	return s
}
