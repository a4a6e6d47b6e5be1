package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/errtext"
	"nianbao/data/report"
)

// headerBar is the line over the tabs: which report is open, its status, the live counts of
// errors, warnings and blank cells, and whether everything is saved.
type headerBar struct {
	v        *reportView
	title    *widget.Label
	status   *widget.Select
	errors   *widget.Label
	warnings *widget.Label
	blanks   *widget.Label
	saved    *widget.Label
	content  fyne.CanvasObject
}

// statusLabels are the status names shown, in the order of the chooser.
func statusLabels() []string { return []string{lang.L("草稿"), lang.L("定稿")} }

// statusLabel is a status in the UI's language.
func statusLabel(s report.Status) string { return lang.L(s.Label()) }

func newHeaderBar(v *reportView) *headerBar {
	m := v.doc.r.Meta
	h := &headerBar{v: v,
		title: widget.NewLabelWithStyle(lang.L("{{.Agency}} {{.Year}}年", map[string]any{
			"Agency": m.Agency, "Year": strconv.Itoa(m.Year)}), fyne.TextAlignLeading, ui.Bold),
		errors: widget.NewLabel(""), warnings: widget.NewLabel(""), blanks: widget.NewLabel(""),
		saved: widget.NewLabel(lang.L("已保存")),
	}
	h.title.Truncation = fyne.TextTruncateEllipsis
	h.status = widget.NewSelect(statusLabels(), nil)
	h.status.SetSelected(statusLabel(v.doc.status))
	h.status.OnChanged = func(s string) {
		want := report.StatusDraft
		if s == lang.L("定稿") {
			want = report.StatusFinal
		}
		if want == v.doc.status {
			return
		}
		if !v.setStatus(want) {
			h.status.SetSelected(statusLabel(v.doc.status))
		}
	}
	list := widget.NewButtonWithIcon(lang.L("报告列表"), theme.ListIcon(), func() { v.win.showHistory() })
	export := widget.NewButtonWithIcon(lang.L("导出"), theme.DocumentSaveIcon(), nil)
	export.OnTapped = func() { v.win.showExportMenu(export) }
	counts := container.NewHBox(
		widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon())), h.errors,
		widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), h.warnings,
		widget.NewIcon(theme.NewPrimaryThemedResource(theme.CheckButtonIcon())), h.blanks,
		widget.NewSeparator(), h.saved)
	left := container.NewHBox(list, h.status)
	right := container.NewHBox(counts, export)
	h.content = container.NewVBox(container.NewBorder(nil, nil, left, right, h.title), widget.NewSeparator())
	return h
}

// update shows the current counts.
func (h *headerBar) update() {
	n := h.v.doc.Counts()
	setText(h.errors, lang.L("错误 {{.Count}}", map[string]any{"Count": n.Errors}))
	setText(h.warnings, lang.L("警告 {{.Count}}", map[string]any{"Count": n.Warnings}))
	setText(h.blanks, lang.L("空格 {{.Count}}", map[string]any{"Count": n.Blanks}))
	importance := widget.MediumImportance
	if n.Errors > 0 {
		importance = widget.DangerImportance
	}
	if h.errors.Importance != importance {
		h.errors.Importance = importance
		h.errors.Refresh()
	}
}

// showSave shows the autosave state: 「已保存 10:32」, 「正在保存…」, 「有修改未保存」 or the error.
func (h *headerBar) showSave(s saveState) {
	var text string
	switch {
	case s.Err != nil:
		text = lang.L("保存失败：{{.Err}}", map[string]any{"Err": errtext.Of(s.Err)})
	case s.Saving:
		text = lang.L("正在保存…")
	case s.Dirty:
		text = lang.L("有修改未保存")
	case !s.At.IsZero():
		text = lang.L("已保存 {{.Time}}", map[string]any{"Time": s.At.Format("15:04")})
	default:
		text = lang.L("已保存")
	}
	h.saved.Importance = widget.MediumImportance
	if s.Err != nil {
		h.saved.Importance = widget.DangerImportance
	}
	setText(h.saved, text)
}

// setText changes a label's text only when it differs, to spare a redraw on every keystroke.
func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}
