package app

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/data/store"
)

// firstYear is the first report year of the 2019/2021 formats the app accepts.
const firstYear = 2019

// askNewReport asks for the agency, year and level of a new report, creates it in the store and
// opens it.
func (w *window) askNewReport() {
	agency := widget.NewEntry()
	agency.SetPlaceHolder(lang.L("例如：孟津区西霞院街道办事处"))
	agency.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.L("请填写机关名称"))
		}
		_, err := report.CheckAgency(s)
		return err
	}
	// Reports are written early in the year for the year just ended.
	defaultYear := w.sched.now().Year() - 1
	year := widget.NewEntry()
	year.SetText(strconv.Itoa(defaultYear))
	year.Validator = func(s string) error { _, err := parseYear(s, w.sched.now()); return err }

	levels := make([]string, len(report.Levels))
	for i, l := range report.Levels {
		levels[i] = string(l)
	}
	level := widget.NewSelect(levels, nil)
	level.PlaceHolder = lang.L("请选择")
	government := widget.NewCheck(lang.L("本机关是人民政府"), nil)
	levelTouched := false
	level.OnChanged = func(string) { levelTouched = true }
	agency.OnChanged = func(s string) {
		if !levelTouched {
			level.SetSelected(string(report.GuessLevel(s)))
			levelTouched = false
		}
		government.SetChecked(strings.Contains(s, "人民政府"))
	}

	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("机关名称"), agency),
		widget.NewFormItem(lang.L("报告年度"), year),
		widget.NewFormItem(lang.L("机关层级"), level),
		widget.NewFormItem("", government),
	}
	d := dialog.NewForm(lang.L("新建报告"), lang.L("新建"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		y, _ := parseYear(year.Text, w.sched.now())
		r := report.New(strings.TrimSpace(agency.Text), y)
		r.Meta.Level = report.Level(level.Selected)
		r.Meta.Government = government.Checked
		w.create(r)
	}, w.win)
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
	w.focus(agency)
}

// parseYear checks a report year as typed.
func parseYear(s string, now time.Time) (int, error) {
	y, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || y < firstYear || y > now.Year() {
		return 0, errors.New(lang.L("年度应为 {{.First}} 至 {{.Last}} 之间的四位数字", map[string]any{"First": firstYear, "Last": now.Year()}))
	}
	return y, nil
}

// create stores a new report, refusing to replace one that exists, and opens it.
func (w *window) create(r *report.Report) {
	agency, year := r.Meta.Agency, r.Meta.Year
	w.sched.background(func() {
		_, _, err := w.store.Load(w.ctx, agency, year)
		switch {
		case err == nil:
			err = errors.New(lang.L("库中已有「{{.Agency}} {{.Year}}年」的报告，请在列表中打开它。", map[string]any{"Agency": agency, "Year": strconv.Itoa(year)}))
		case errors.Is(err, store.ErrNotFound):
			_, err = w.store.Save(w.ctx, r)
		}
		w.sched.ui(func() {
			if err != nil {
				w.showError(err.Error())
				return
			}
			w.open(agency, year)
		})
	})
}
