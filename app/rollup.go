package app

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/store"
)

// rollUpForm is the 汇总 dialog: which agency's report for which year takes the sum of which of
// the stored units' tables.
type rollUpForm struct {
	w         *window
	items     []store.Summary
	parent    *widget.SelectEntry
	year      *widget.Select
	units     *widget.CheckGroup
	hint      *widget.Label
	ok        *widget.Button
	dialog    dialog.Dialog
	checked   map[string]bool // the units ticked, kept while the year changes
	checkedOf string          // the parent checked belongs to: another name starts from its remembered units
	missing   []string        // remembered units with no report for the year, named before summing
}

// askRollUp opens the 汇总 dialog on a fresh list of the stored reports.
func (w *window) askRollUp() { w.withList(w.showRollUp) }

// showRollUp opens the 汇总 dialog, starting from the open or selected report's agency and year.
func (w *window) showRollUp(items []store.Summary) {
	f := &rollUpForm{w: w, items: items, checked: map[string]bool{}}
	if len(f.items) == 0 {
		w.showInfo(lang.L("库中还没有报告。先导入下级单位的报告（可用「导入文件夹…」一次导入），再汇总。"))
		return
	}
	agencySet, yearSet := map[string]bool{}, map[string]bool{}
	for _, s := range f.items {
		agencySet[s.Agency], yearSet[strconv.Itoa(s.Year)] = true, true
	}
	agencies := slices.SortedFunc(maps.Keys(agencySet), report.CompareAgencies)
	years := slices.Sorted(maps.Keys(yearSet))
	slices.Reverse(years)
	f.parent = widget.NewSelectEntry(agencies)
	f.parent.SetPlaceHolder(lang.L("例如：某某县人民政府"))
	f.year = widget.NewSelect(years, nil)
	f.units = widget.NewCheckGroup(nil, func(ticked []string) {
		for _, u := range f.units.Options {
			f.checked[u] = slices.Contains(ticked, u)
		}
		f.validate()
	})
	f.hint = widget.NewLabel("")
	f.hint.Wrapping = fyne.TextWrapBreak
	f.hint.Importance = widget.WarningImportance

	all := widget.NewButton(lang.L("全选"), func() { f.units.SetSelected(f.units.Options) })
	none := widget.NewButton(lang.L("全不选"), func() { f.units.SetSelected(nil) })
	scroll := container.NewVScroll(f.units)
	scroll.SetMinSize(fyne.NewSize(480, 240))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("本机关"), f.parent),
		widget.NewFormItem(lang.L("年度"), f.year),
	)
	intro := widget.NewLabel(lang.L("把下级单位该年度报告的表二至表四逐格相加，写入本机关该年度的报告。本机关报告的文字部分保留；已有的表格数据会被替换，原内容保留在历史版本中。"))
	intro.Wrapping = fyne.TextWrapBreak
	cancel := widget.NewButton(lang.L("取消"), func() { f.dialog.Hide() })
	f.ok = widget.NewButton(lang.L("汇总"), f.submit)
	f.ok.Importance = widget.HighImportance
	body := container.NewBorder(
		container.NewVBox(intro, form, container.NewHBox(widget.NewLabel(lang.L("下级单位")), all, none)),
		container.NewVBox(f.hint, container.NewHBox(layout.NewSpacer(), cancel, f.ok)),
		nil, nil, scroll)
	f.dialog = dialog.NewCustomWithoutButtons(lang.L("汇总下级单位数据"), body, w.win)

	f.year.SetSelected(years[0])
	if w.view != nil {
		f.parent.SetText(w.view.doc.r.Meta.Agency)
		f.year.SetSelected(strconv.Itoa(w.view.doc.r.Meta.Year))
	} else if s, ok := w.history.current(); ok {
		f.parent.SetText(s.Agency)
		f.year.SetSelected(strconv.Itoa(s.Year))
	}
	f.parent.OnChanged = func(string) { f.refreshUnits() }
	f.year.OnChanged = func(string) { f.refreshUnits() }
	f.refreshUnits()
	f.dialog.Resize(fyne.NewSize(640, 560))
	f.dialog.Show()
}

// refreshUnits offers the agencies with a report for the chosen year, other than the parent,
// ticking those rolled up into the parent last time (read off the UI goroutine).
func (f *rollUpForm) refreshUnits() {
	parent := strings.TrimSpace(f.parent.Text)
	year, _ := strconv.Atoi(f.year.Selected)
	var options []string
	for _, s := range f.items {
		if s.Year == year && s.Agency != parent {
			options = append(options, s.Agency)
		}
	}
	slices.SortFunc(options, report.CompareAgencies)
	f.units.Options = options
	f.units.Refresh()
	f.w.sched.background(func() {
		remembered, _ := f.w.store.Units(f.w.ctx, parent)
		f.w.sched.ui(func() {
			if strings.TrimSpace(f.parent.Text) != parent {
				return // typed on since; the answer for the current name is on its way
			}
			if parent != f.checkedOf {
				f.checked, f.checkedOf = map[string]bool{}, parent
			}
			f.missing = f.missing[:0]
			for _, u := range remembered {
				if _, seen := f.checked[u]; !seen {
					f.checked[u] = true
				}
				if !slices.Contains(f.units.Options, u) {
					f.missing = append(f.missing, u)
				}
			}
			var ticked []string
			for _, u := range f.units.Options {
				if f.checked[u] {
					ticked = append(ticked, u)
				}
			}
			f.units.SetSelected(ticked)
			f.validate()
		})
	})
}

// validate enables 汇总 when the form is complete and says what is missing otherwise.
func (f *rollUpForm) validate() {
	_, nameErr := report.CheckAgency(f.parent.Text)
	switch {
	case strings.TrimSpace(f.parent.Text) == "":
		f.hint.SetText(lang.L("请填写本机关名称。"))
	case nameErr != nil:
		f.hint.SetText(nameErr.Error())
	case len(f.units.Options) == 0:
		f.hint.SetText(lang.L("库中没有其他单位的{{.Year}}报告可以汇总。", map[string]any{"Year": ui.YearLabel(f.chosenYear())}))
	case len(f.units.Selected) == 0:
		f.hint.SetText(lang.L("请勾选要汇总的下级单位。"))
	default:
		text := lang.L("将汇总 {{.Count}} 个单位。", map[string]any{"Count": len(f.units.Selected)})
		if len(f.missing) > 0 {
			text += lang.L("以下 {{.Count}} 个下级单位还没有{{.Year}}报告，不会计入：{{.Units}}",
				map[string]any{"Count": len(f.missing), "Year": ui.YearLabel(f.chosenYear()), "Units": strings.Join(f.missing, "、")})
		}
		f.hint.SetText(text)
		f.ok.Enable()
		return
	}
	f.ok.Disable()
}

func (f *rollUpForm) chosenYear() int {
	y, _ := strconv.Atoi(f.year.Selected)
	return y
}

// submit runs the roll-up off the UI goroutine and opens the parent's report with its notes.
func (f *rollUpForm) submit() {
	w := f.w
	parent, year, units := strings.TrimSpace(f.parent.Text), f.chosenYear(), slices.Clone(f.units.Selected)
	f.dialog.Hide()
	w.closeReport(func() {
		w.showBusy(lang.L("正在汇总…"))
		w.sched.background(func() {
			r, _, _, err := w.store.RollUp(w.ctx, parent, year, units)
			w.sched.ui(func() {
				w.hideBusy()
				if err != nil {
					w.showError(lang.L("汇总失败：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
					return
				}
				w.open(parent, year)
				w.showInfo(lang.L("汇总完成，表格已写入本机关的报告。请核对：\n{{.Notes}}", map[string]any{
					"Notes": strings.Join(clipLines(r.Source.ImportNotes, 12), "\n")}))
			})
		})
	})
}
