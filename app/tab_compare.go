package app

import (
	"context"
	"errors"
	"io"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/compare"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
)

// compareStore is what the 年度对比 tab reads from the history database: the list of stored
// reports, whole reports, and cells across years for the trend. *store.Store implements it.
type compareStore interface {
	List(ctx context.Context) ([]store.Summary, error)
	Load(ctx context.Context, agency string, year int) (*report.Report, store.Info, error)
	Series(ctx context.Context, agency string, keys []string) ([]store.YearValues, error)
}

var _ compareStore = (*store.Store)(nil)

// compareEnv is what the tab needs of the window, as functions, so that the tab is built and
// tested without a report view.
type compareEnv struct {
	store compareStore
	sched scheduler
	ctx   context.Context
	// current returns a copy of the report open in the window; called on the UI goroutine.
	current func() *report.Report
	// insertText adds a paragraph at the end of a narrative field of the open report.
	insertText func(key, text string)
	// reveal shows the cell of a finding in the open report.
	reveal func(f rules.Finding)
	// saveFile asks where to save a file suggested as name, then writes it with write.
	saveFile  func(name string, write func(io.Writer) error)
	confirm   func(title, message string, ok func())
	showError func(msg string)
	showInfo  func(msg string)
}

// compareTab is 年度对比: one agency's two years side by side (figures, ratios, continuity,
// narrative) or all its stored years as a trend. It loads when it is first shown and again each
// time it is shown, so that it compares what the clerk has just typed.
type compareTab struct {
	env  compareEnv
	item *container.TabItem

	agency       *widget.Select
	yearA, yearB *widget.Select
	mode         *widget.RadioGroup
	status       *widget.Label
	filling      bool             // the choosers are being filled in code, not by the user
	years        map[string][]int // stored years (and the open report's) by agency

	cmp    *compare.Comparison
	series *compare.Series
	// loads counts the loads started; a load that finishes after a newer one started is dropped,
	// so quick changes of the choosers never end on an older comparison.
	loads int

	figures    *compareFigures
	ratios     *fyne.Container
	continuity *compareContinuity
	texts      *compareTexts
	trend      *compareTrend
	actions    *compareActions

	pairView *container.AppTabs
	body     *fyne.Container // the pair view or the trend
}

// compareModes are the two views of the tab.
func compareModes() []string {
	return []string{lang.L("两个年度对比"), lang.L("全部年度趋势")}
}

func newCompareTab(env compareEnv) *compareTab {
	c := &compareTab{env: env, years: map[string][]int{}, status: widget.NewLabel("")}
	c.status.Wrapping = fyne.TextWrapWord
	c.agency = widget.NewSelect(nil, func(string) { c.agencyChosen() })
	c.agency.PlaceHolder = lang.L("选择机关")
	c.yearA = widget.NewSelect(nil, func(string) { c.choiceChanged() })
	c.yearA.PlaceHolder = lang.L("基准年度")
	c.yearB = widget.NewSelect(nil, func(string) { c.choiceChanged() })
	c.yearB.PlaceHolder = lang.L("对比年度")
	c.mode = widget.NewRadioGroup(compareModes(), func(string) { c.modeChanged() })
	c.mode.Horizontal = true
	c.mode.Required = true

	c.figures = newCompareFigures()
	c.ratios = container.NewGridWithColumns(4)
	c.continuity = newCompareContinuity(c)
	c.texts = newCompareTexts()
	c.trend = newCompareTrend()
	c.actions = newCompareActions(c)

	c.pairView = container.NewAppTabs(
		container.NewTabItem(lang.L("数据对比"), c.figures.content),
		container.NewTabItem(lang.L("比率"), container.NewVScroll(container.NewPadded(c.ratios))),
		container.NewTabItem(lang.L("年度衔接"), c.continuity.content),
		container.NewTabItem(lang.L("文字重复度"), c.texts.content),
	)
	c.body = container.NewStack(c.pairView)
	c.filling = true
	c.mode.SetSelected(compareModes()[0])
	c.filling = false

	refresh := widget.NewButtonWithIcon(lang.L("刷新"), theme.ViewRefreshIcon(), c.refresh)
	// The agency chooser takes the spare width: agency names are long.
	choosers := container.NewBorder(nil, nil, widget.NewLabel(lang.L("机关")),
		container.NewHBox(widget.NewLabel(lang.L("年度")), c.yearA, widget.NewLabel(lang.L("与")), c.yearB, c.mode, refresh),
		c.agency)
	top := container.NewVBox(choosers, container.NewHBox(c.actions.objects()...), c.status)
	c.item = container.NewTabItem(lang.L("年度对比"), container.NewBorder(top, nil, nil, nil, c.body))
	return c
}

// addCompareTab adds 年度对比 as the last tab of the report and refreshes it whenever it is
// selected.
func (v *reportView) addCompareTab() {
	w := v.win
	cs, _ := w.store.(compareStore)
	c := newCompareTab(compareEnv{
		store: cs, sched: w.sched, ctx: w.ctx,
		current: func() *report.Report { return v.doc.r.Clone() },
		insertText: func(key, text string) {
			if n, ok := v.narratives[key]; ok {
				n.entry.SetText(compareAppend(n.entry.Text, text))
			}
		},
		reveal:    func(f rules.Finding) { v.reveal(&f) },
		saveFile:  w.saveXLSX,
		confirm:   func(title, msg string, ok func()) { compareConfirm(w.win, title, msg, ok) },
		showError: w.showError,
		showInfo:  w.showInfo,
	})
	v.tabs.Append(c.item)
	shown := v.tabs.OnSelected
	v.tabs.OnSelected = func(item *container.TabItem) {
		if shown != nil {
			shown(item)
		}
		if item == c.item {
			c.refresh()
		}
	}
}

// compareAppend adds text as a new paragraph after existing text.
func compareAppend(existing, text string) string {
	if existing == "" {
		return text
	}
	return existing + "\n" + text
}

// compareConfirm asks before doing something to the user's text.
func compareConfirm(win fyne.Window, title, msg string, ok func()) {
	d := dialog.NewConfirm(title, msg, func(yes bool) {
		if yes {
			ok()
		}
	}, win)
	d.SetConfirmText(lang.L("写入"))
	d.SetDismissText(lang.L("取消"))
	d.Show()
}

// compareChosenYear reads a year chooser; 0 when nothing is chosen.
func compareChosenYear(s *widget.Select) int {
	for i, o := range s.Options {
		if o == s.Selected {
			return compareYearOption(s, i)
		}
	}
	return 0
}

func compareYearOption(s *widget.Select, i int) int {
	y, _ := strconv.Atoi(string([]rune(s.Options[i])[:4]))
	return y
}

// refresh reloads the list of agencies and years, then the comparison. It keeps the user's
// choices; the first time it chooses the open report and its previous year.
func (c *compareTab) refresh() {
	if c.env.store == nil {
		c.status.SetText(lang.L("无法读取历年报告：数据库不可用。"))
		return
	}
	var cur *report.Report
	if c.env.current != nil {
		cur = c.env.current()
	}
	c.status.SetText(lang.L("正在读取…"))
	c.env.sched.background(func() {
		list, err := c.env.store.List(c.env.ctx)
		c.env.sched.ui(func() {
			if err != nil {
				c.status.SetText(lang.L("无法读取历年报告：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
				return
			}
			c.fillChoosers(list, cur)
			c.load(cur)
		})
	})
}

// fillChoosers offers every stored agency and year, plus the open report (which may not be saved
// yet), keeping the user's choices where they still exist.
func (c *compareTab) fillChoosers(list []store.Summary, cur *report.Report) {
	years := map[string][]int{}
	for _, s := range list {
		years[s.Agency] = append(years[s.Agency], s.Year)
	}
	if cur != nil && cur.Meta.Agency != "" && !slices.Contains(years[cur.Meta.Agency], cur.Meta.Year) {
		years[cur.Meta.Agency] = append(years[cur.Meta.Agency], cur.Meta.Year)
	}
	agencies := make([]string, 0, len(years))
	for a, ys := range years {
		slices.Sort(ys)
		agencies = append(agencies, a)
	}
	slices.Sort(agencies)
	first := len(c.years) == 0
	c.years = years

	c.filling = true
	defer func() { c.filling = false }()
	c.agency.Options = agencies
	agency := c.agency.Selected
	if first || !slices.Contains(agencies, agency) {
		agency = ""
		if cur != nil && slices.Contains(agencies, cur.Meta.Agency) {
			agency = cur.Meta.Agency
		} else if len(agencies) > 0 {
			agency = agencies[0]
		}
	}
	c.agency.SetSelected(agency)
	c.fillYears(first, cur)
}

// fillYears offers the years of the chosen agency; by default the later year is the open report's
// (or the latest) and the base year the one before it.
func (c *compareTab) fillYears(reset bool, cur *report.Report) {
	ys := c.years[c.agency.Selected]
	opts := make([]string, len(ys))
	for i, y := range ys {
		opts[i] = ui.YearLabel(y)
	}
	a, b := compareChosenYear(c.yearA), compareChosenYear(c.yearB)
	c.yearA.Options, c.yearB.Options = opts, append([]string(nil), opts...)
	if reset || !slices.Contains(ys, a) || !slices.Contains(ys, b) {
		a, b = compareDefaultYears(ys, cur, c.agency.Selected)
	}
	c.yearA.ClearSelected()
	c.yearB.ClearSelected()
	if a != 0 {
		c.yearA.SetSelected(ui.YearLabel(a))
	}
	if b != 0 {
		c.yearB.SetSelected(ui.YearLabel(b))
	}
}

// compareDefaultYears picks the open report's year (or the latest) and the stored year before it.
func compareDefaultYears(ys []int, cur *report.Report, agency string) (a, b int) {
	if len(ys) == 0 {
		return 0, 0
	}
	b = ys[len(ys)-1]
	if cur != nil && cur.Meta.Agency == agency && slices.Contains(ys, cur.Meta.Year) {
		b = cur.Meta.Year
	}
	for _, y := range ys {
		if y < b {
			a = y
		}
	}
	return a, b
}

func (c *compareTab) agencyChosen() {
	if c.filling {
		return
	}
	c.filling = true
	c.fillYears(true, c.currentReport())
	c.filling = false
	c.load(c.currentReport())
}

func (c *compareTab) choiceChanged() {
	if !c.filling {
		c.load(c.currentReport())
	}
}

func (c *compareTab) modeChanged() {
	if c.trendMode() {
		c.yearA.Disable()
		c.yearB.Disable()
		c.body.Objects = []fyne.CanvasObject{c.trend.content}
	} else {
		c.yearA.Enable()
		c.yearB.Enable()
		c.body.Objects = []fyne.CanvasObject{c.pairView}
	}
	c.body.Refresh()
	if !c.filling {
		c.load(c.currentReport())
	}
}

// trendMode reports whether the tab shows all years as a trend.
func (c *compareTab) trendMode() bool { return c.mode.Selected == compareModes()[1] }

func (c *compareTab) currentReport() *report.Report {
	if c.env.current == nil {
		return nil
	}
	return c.env.current()
}

// load reads the chosen years and the agency's series off the UI goroutine and shows them; the
// open report is used as it is on screen rather than as last saved.
func (c *compareTab) load(cur *report.Report) {
	c.loads++
	gen := c.loads
	agency := c.agency.Selected
	a, b := compareChosenYear(c.yearA), compareChosenYear(c.yearB)
	if agency == "" {
		c.show(nil, nil, lang.L("库中还没有报告。保存报告后即可在这里比较各年度。"))
		return
	}
	if a > b {
		a, b = b, a
	}
	pair := !c.trendMode()
	c.env.sched.background(func() {
		series, serr := c.loadSeries(agency, cur)
		var cmp *compare.Comparison
		var msg string
		switch {
		case serr != nil:
			msg = lang.L("无法读取历年数据：{{.Err}}", map[string]any{"Err": errtext.Of(serr)})
		case pair && (a == 0 || a == b):
			msg = lang.L("库中只有“{{.Agency}}”一个年度的报告，请再导入或新建一个年度后比较。", map[string]any{"Agency": agency})
		case pair:
			ra, rerr := c.loadYear(agency, a, cur)
			var rb *report.Report
			if rerr == nil {
				rb, rerr = c.loadYear(agency, b, cur)
			}
			if rerr != nil {
				msg = lang.L("无法读取报告：{{.Err}}", map[string]any{"Err": errtext.Of(rerr)})
				break
			}
			cmp = compare.Compare(ra, rb)
		}
		c.env.sched.ui(func() {
			if gen == c.loads {
				c.show(cmp, series, msg)
			}
		})
	})
}

// loadYear returns one year: the open report as on screen, or the stored one.
func (c *compareTab) loadYear(agency string, year int, cur *report.Report) (*report.Report, error) {
	if cur != nil && cur.Meta.Agency == agency && cur.Meta.Year == year {
		return cur, nil
	}
	r, _, err := c.env.store.Load(c.env.ctx, agency, year)
	return r, err
}

// loadSeries reads the trend figures of every stored year, with the open report's year as on
// screen.
func (c *compareTab) loadSeries(agency string, cur *report.Report) (*compare.Series, error) {
	keys := compare.FigureCells()
	s := compare.NewSeries(keys)
	rows, err := c.env.store.Series(c.env.ctx, agency, keys)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	for _, yv := range rows {
		s.Add(yv.Year, yv.Values)
	}
	if cur != nil && cur.Meta.Agency == agency {
		vals := make([]report.Value, len(keys))
		for i, k := range keys {
			vals[i] = cur.Get(k)
		}
		s.Add(cur.Meta.Year, vals)
	}
	return s, nil
}

// show puts a comparison (nil when there is none, with msg saying why) and a series on screen.
func (c *compareTab) show(cmp *compare.Comparison, series *compare.Series, msg string) {
	c.cmp, c.series = cmp, series
	switch {
	case msg != "":
		c.status.SetText(msg)
	case cmp != nil:
		c.status.SetText(lang.L("{{.Agency}}：{{.B}}与{{.A}}相比。↑ 增加，↓ 减少；「大幅变动」为增减 50% 以上且至少 10。",
			map[string]any{"Agency": cmp.Agency, "A": ui.YearLabel(cmp.Years[0]), "B": ui.YearLabel(cmp.Years[1])}))
	default:
		c.status.SetText(lang.L("各年度的趋势。"))
	}
	c.figures.set(cmp)
	c.showRatios()
	c.continuity.set(cmp)
	c.texts.set(cmp)
	c.trend.set(series)
	c.actions.update()
}

// showRatios lays out the ratios of both years.
func (c *compareTab) showRatios() {
	c.ratios.Objects = nil
	if c.cmp == nil {
		c.ratios.Refresh()
		return
	}
	bold := func(s string) fyne.CanvasObject { return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, ui.Bold) }
	c.ratios.Add(bold(lang.L("指标")))
	c.ratios.Add(bold(ui.YearLabel(c.cmp.Years[0])))
	c.ratios.Add(bold(ui.YearLabel(c.cmp.Years[1])))
	c.ratios.Add(bold(lang.L("计算方法")))
	for _, r := range c.cmp.Ratios {
		c.ratios.Add(widget.NewLabel(r.Label))
		c.ratios.Add(widget.NewLabel(comparePercent(r.Values[0])))
		c.ratios.Add(widget.NewLabel(comparePercent(r.Values[1])))
		f := widget.NewLabel(r.Formula)
		f.Wrapping = fyne.TextWrapWord
		c.ratios.Add(f)
	}
	c.ratios.Refresh()
}

// comparePercent writes a percentage with 2 decimals, or 「—」 where there is none.
func comparePercent(p *float64) string {
	if p == nil {
		return "—"
	}
	return strconv.FormatFloat(*p, 'f', 2, 64) + "%"
}
