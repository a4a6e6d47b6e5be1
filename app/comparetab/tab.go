// Package comparetab is the 年度对比 tab of a report: one agency's two years side by side (figures,
// ratios, continuity, narrative) or all its stored years as a trend, read from the history store
// and from the report open in the window, which it reaches only through Env.
package comparetab

import (
	"context"
	"errors"
	"io"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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

// Store is what the 年度对比 tab reads from the history database: the list of stored
// reports, whole reports, and cells across years for the trend. *store.Store implements it.
type Store interface {
	List(ctx context.Context) ([]store.Summary, error)
	Load(ctx context.Context, agency string, year int) (*report.Report, store.Info, error)
	Series(ctx context.Context, agency string, keys []string) ([]store.YearValues, error)
}

var _ Store = (*store.Store)(nil)

// Env is what the tab needs of the window it sits in, as functions, so that the tab is built and
// tested without a report view. Current, InsertText and Reveal may be nil (no report open: the
// tab then compares stored years only); the others are required.
type Env struct {
	Store Store
	Ctx   context.Context
	// UI runs f on the Fyne goroutine; Background runs f off it (the store is read there).
	UI         func(f func())
	Background func(f func())
	// Current returns a copy of the report open in the window; called on the UI goroutine.
	Current func() *report.Report
	// InsertText adds a paragraph at the end of a narrative field of the open report (see Append).
	InsertText func(key, text string)
	// Reveal shows the cell of a finding in the open report.
	Reveal func(f rules.Finding)
	// SaveFile asks where to save a file suggested as name, then writes it with write.
	SaveFile func(name string, write func(io.Writer) error)
	// Confirm asks before the tab writes into the user's text, and calls ok when the user agrees.
	Confirm func(title, message string, ok func())
	// ShowInfo tells the user something that needs no answer.
	ShowInfo func(msg string)
}

// Tab is 年度对比: one agency's two years side by side (figures, ratios, continuity,
// narrative) or all its stored years as a trend.
type Tab struct {
	env  Env
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

	figures    *figureTable
	ratios     *fyne.Container
	continuity *continuityList
	texts      *textPanel
	trend      *trendChart
	actions    *actionBar

	pairView *container.AppTabs
	body     *fyne.Container // the pair view or the trend
}

// modes are the two views of the tab.
func modes() []string {
	return []string{lang.L("两个年度对比"), lang.L("全部年度趋势")}
}

// New builds the tab; it reads nothing until Refresh.
func New(env Env) *Tab {
	c := &Tab{env: env, years: map[string][]int{}, status: widget.NewLabel("")}
	c.status.Wrapping = fyne.TextWrapWord
	c.agency = widget.NewSelect(nil, func(string) { c.agencyChosen() })
	c.agency.PlaceHolder = lang.L("选择机关")
	c.yearA = widget.NewSelect(nil, func(string) { c.choiceChanged() })
	c.yearA.PlaceHolder = lang.L("基准年度")
	c.yearB = widget.NewSelect(nil, func(string) { c.choiceChanged() })
	c.yearB.PlaceHolder = lang.L("对比年度")
	c.mode = widget.NewRadioGroup(modes(), func(string) { c.modeChanged() })
	c.mode.Horizontal = true
	c.mode.Required = true

	c.figures = newFigureTable()
	c.ratios = container.NewGridWithColumns(4)
	c.continuity = newContinuityList(c)
	c.texts = newTextPanel()
	c.trend = newTrendChart()
	c.actions = newActionBar(c)

	c.pairView = container.NewAppTabs(
		container.NewTabItem(lang.L("数据对比"), c.figures.content),
		container.NewTabItem(lang.L("比率"), container.NewVScroll(container.NewPadded(c.ratios))),
		container.NewTabItem(lang.L("年度衔接"), c.continuity.content),
		container.NewTabItem(lang.L("文字重复度"), c.texts.content),
	)
	c.body = container.NewStack(c.pairView)
	c.filling = true
	c.mode.SetSelected(modes()[0])
	c.filling = false

	refresh := widget.NewButtonWithIcon(lang.L("刷新"), theme.ViewRefreshIcon(), c.Refresh)
	// The agency chooser takes the spare width: agency names are long.
	choosers := container.NewBorder(nil, nil, widget.NewLabel(lang.L("机关")),
		container.NewHBox(widget.NewLabel(lang.L("年度")), c.yearA, widget.NewLabel(lang.L("与")), c.yearB, c.mode, refresh),
		c.agency)
	top := container.NewVBox(choosers, container.NewHBox(c.actions.objects()...), c.status)
	c.item = container.NewTabItem(lang.L("年度对比"), container.NewBorder(top, nil, nil, nil, c.body))
	return c
}

// Item is the tab, to add to the report's tabs.
func (c *Tab) Item() *container.TabItem { return c.item }

// Append adds text as a new paragraph after existing text.
func Append(existing, text string) string {
	if existing == "" {
		return text
	}
	return existing + "\n" + text
}

// chosenYear reads a year chooser; 0 when nothing is chosen.
func chosenYear(s *widget.Select) int {
	for i, o := range s.Options {
		if o == s.Selected {
			return yearOption(s, i)
		}
	}
	return 0
}

func yearOption(s *widget.Select, i int) int {
	y, _ := strconv.Atoi(string([]rune(s.Options[i])[:4]))
	return y
}

// Refresh reloads the list of agencies and years, then the comparison. It keeps the user's
// choices; the first time it chooses the open report and its previous year. The window calls it
// each time the tab is shown, so that the tab compares what the clerk has just typed.
func (c *Tab) Refresh() {
	var cur *report.Report
	if c.env.Current != nil {
		cur = c.env.Current()
	}
	c.status.SetText(lang.L("正在读取…"))
	c.env.Background(func() {
		list, err := c.env.Store.List(c.env.Ctx)
		c.env.UI(func() {
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
func (c *Tab) fillChoosers(list []store.Summary, cur *report.Report) {
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
func (c *Tab) fillYears(reset bool, cur *report.Report) {
	ys := c.years[c.agency.Selected]
	opts := make([]string, len(ys))
	for i, y := range ys {
		opts[i] = ui.YearLabel(y)
	}
	a, b := chosenYear(c.yearA), chosenYear(c.yearB)
	c.yearA.Options, c.yearB.Options = opts, append([]string(nil), opts...)
	if reset || !slices.Contains(ys, a) || !slices.Contains(ys, b) {
		a, b = defaultYears(ys, cur, c.agency.Selected)
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

// defaultYears picks the open report's year (or the latest) and the stored year before it.
func defaultYears(ys []int, cur *report.Report, agency string) (a, b int) {
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

func (c *Tab) agencyChosen() {
	if c.filling {
		return
	}
	c.filling = true
	c.fillYears(true, c.currentReport())
	c.filling = false
	c.load(c.currentReport())
}

func (c *Tab) choiceChanged() {
	if !c.filling {
		c.load(c.currentReport())
	}
}

func (c *Tab) modeChanged() {
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
func (c *Tab) trendMode() bool { return c.mode.Selected == modes()[1] }

func (c *Tab) currentReport() *report.Report {
	if c.env.Current == nil {
		return nil
	}
	return c.env.Current()
}

// load reads the chosen years and the agency's series off the UI goroutine and shows them; the
// open report is used as it is on screen rather than as last saved.
func (c *Tab) load(cur *report.Report) {
	c.loads++
	gen := c.loads
	agency := c.agency.Selected
	a, b := chosenYear(c.yearA), chosenYear(c.yearB)
	if agency == "" {
		c.show(nil, nil, lang.L("库中还没有报告。保存报告后即可在这里比较各年度。"))
		return
	}
	if a > b {
		a, b = b, a
	}
	pair := !c.trendMode()
	c.env.Background(func() {
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
		c.env.UI(func() {
			if gen == c.loads {
				c.show(cmp, series, msg)
			}
		})
	})
}

// loadYear returns one year: the open report as on screen, or the stored one.
func (c *Tab) loadYear(agency string, year int, cur *report.Report) (*report.Report, error) {
	if cur != nil && cur.Meta.Agency == agency && cur.Meta.Year == year {
		return cur, nil
	}
	r, _, err := c.env.Store.Load(c.env.Ctx, agency, year)
	return r, err
}

// loadSeries reads the trend figures of every stored year, with the open report's year as on
// screen.
func (c *Tab) loadSeries(agency string, cur *report.Report) (*compare.Series, error) {
	keys := compare.FigureCells()
	s := compare.NewSeries(keys)
	rows, err := c.env.Store.Series(c.env.Ctx, agency, keys)
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
func (c *Tab) show(cmp *compare.Comparison, series *compare.Series, msg string) {
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
func (c *Tab) showRatios() {
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
		c.ratios.Add(widget.NewLabel(percent(r.Values[0])))
		c.ratios.Add(widget.NewLabel(percent(r.Values[1])))
		f := widget.NewLabel(r.Formula)
		f.Wrapping = fyne.TextWrapWord
		c.ratios.Add(f)
	}
	c.ratios.Refresh()
}

// percent writes a percentage with 2 decimals, or 「—」 where there is none.
func percent(p *float64) string {
	if p == nil {
		return "—"
	}
	return strconv.FormatFloat(*p, 'f', 2, 64) + "%"
}
