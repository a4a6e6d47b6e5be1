package app

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/store"
)

// historyFilter narrows the start screen's list by a part of the agency's name and by year, for
// a reviewer whose history holds hundreds of units over many years.
type historyFilter struct {
	text *widget.Entry
	year *widget.Select
	bar  fyne.CanvasObject
}

func newHistoryFilter(changed func()) *historyFilter {
	f := &historyFilter{text: widget.NewEntry()}
	f.text.SetPlaceHolder(lang.L("按机关名称筛选，如“镇”“教育局”"))
	f.text.ActionItem = widget.NewIcon(theme.SearchIcon())
	f.text.OnChanged = func(string) { changed() }
	f.year = widget.NewSelect([]string{allYearsLabel()}, nil)
	f.year.SetSelectedIndex(0)
	f.year.OnChanged = func(string) { changed() }
	f.bar = container.NewBorder(nil, nil, nil, f.year, f.text)
	return f
}

func allYearsLabel() string { return lang.L("全部年度") }

// setYears offers the years among items, newest first, keeping the chosen one if it is still there.
func (f *historyFilter) setYears(items []store.Summary) {
	var years []int
	for _, s := range items {
		if !slices.Contains(years, s.Year) {
			years = append(years, s.Year)
		}
	}
	slices.Sort(years)
	slices.Reverse(years)
	options := []string{allYearsLabel()}
	for _, y := range years {
		options = append(options, ui.YearLabel(y))
	}
	chosen := f.year.Selected
	f.year.Options = options
	if !slices.Contains(options, chosen) {
		chosen = options[0]
	}
	f.year.Selected = chosen
	f.year.Refresh()
}

// keep reports whether s passes the filter.
func (f *historyFilter) keep(s store.Summary) bool {
	if f.year.Selected != allYearsLabel() && f.year.Selected != ui.YearLabel(s.Year) {
		return false
	}
	text := strings.TrimSpace(f.text.Text)
	return text == "" || strings.Contains(s.Agency, text) || strconv.Itoa(s.Year) == text
}
