package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	"nianbao/data/docio"
	"nianbao/data/errtext"
	"nianbao/data/report"
	"nianbao/data/store"
	"nianbao/widgets"
)

// historyView is the start screen: every stored report by agency and year with its status and
// finding counts, and what can be done with them.
type historyView struct {
	w        *window
	all      []store.Summary // every stored report, in list order
	items    []store.Summary // those the filter keeps, as listed
	filter   *historyFilter
	order    *historySort
	selected int
	list     *widget.List
	empty    *widget.Label
	actions  []*widget.Button // those that need a selection
	content  fyne.CanvasObject
}

// historyColumns are the widths of the list's columns after the first (机关), which takes the
// rest: 年度, 状态, 错误, 警告, 空格, 截止, 最后修改.
var historyColumns = []float32{80, 70, 80, 80, 80, 130, 150}

func newHistoryView(w *window) *historyView {
	h := &historyView{w: w, selected: -1}
	h.filter = newHistoryFilter(h.applyFilter)
	h.order = newHistorySort(func() {
		h.order.apply(h.all)
		h.applyFilter()
	})
	h.list = widget.NewList(
		func() int { return len(h.items) },
		func() fyne.CanvasObject { return widgets.NewTapRow(newHistoryRow()) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*widgets.TapRow)
			row.OnTapped = func() { h.list.Select(id) }
			row.OnDoubleTapped = func() {
				h.list.Select(id)
				w.open(h.items[id].Agency, h.items[id].Year)
			}
			fillHistoryRow(row.Content().(*fyne.Container), h.items[id])
		},
	)
	h.list.OnSelected = func(id widget.ListItemID) { h.selected = id; h.enableActions() }
	h.list.OnUnselected = func(widget.ListItemID) { h.selected = -1; h.enableActions() }

	open := widget.NewButtonWithIcon(lang.L("打开"), theme.FolderOpenIcon(), func() {
		if s, ok := h.current(); ok {
			w.open(s.Agency, s.Year)
		}
	})
	open.Importance = widget.HighImportance
	next := widget.NewButtonWithIcon(lang.L("新建下一年度"), theme.ContentAddIcon(), func() {
		if s, ok := h.current(); ok {
			w.newYear(s.Agency, s.Year)
		}
	})
	revisions := widget.NewButtonWithIcon(lang.L("历史版本"), theme.HistoryIcon(), func() {
		if s, ok := h.current(); ok {
			w.showRevisions(s.Agency, s.Year)
		}
	})
	rename := widget.NewButtonWithIcon(lang.L("更名…"), theme.HomeIcon(), func() {
		if s, ok := h.current(); ok {
			w.askRename(s.Agency)
		}
	})
	del := widget.NewButtonWithIcon(lang.L("删除"), theme.DeleteIcon(), func() {
		if s, ok := h.current(); ok {
			w.askDelete(s.Agency, s.Year)
		}
	})
	board := widget.NewButtonWithIcon(lang.L("下级单位"), theme.GridIcon(), func() {
		if s, ok := h.current(); ok {
			w.showBoard(s.Agency, s.Year)
		}
	})
	h.actions = []*widget.Button{open, next, revisions, rename, del, board}
	create := widget.NewButtonWithIcon(lang.L("新建报告"), theme.DocumentCreateIcon(), w.askNewReport)
	imp := widget.NewButtonWithIcon(lang.L("导入…"), theme.UploadIcon(), w.askImport)
	impFolder := widget.NewButtonWithIcon(lang.L("导入文件夹…"), theme.FolderIcon(), w.askImportFolder)
	rollUp := widget.NewButtonWithIcon(lang.L("汇总…"), theme.ListIcon(), w.askRollUp)
	exportList := widget.NewButtonWithIcon(lang.L("导出列表…"), theme.DocumentSaveIcon(), w.askExportUnits)

	title := widget.NewLabelWithStyle(lang.L("年报通 · 政府信息公开工作年度报告"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	toolbar := container.NewHBox(create, imp, impFolder, rollUp, exportList, widget.NewSeparator(), open, next, board, revisions, rename, del)
	h.empty = widget.NewLabel(emptyHistoryText())
	h.empty.Wrapping = fyne.TextWrapWord
	h.content = container.NewBorder(container.NewVBox(title, toolbar, h.filter.bar, widget.NewSeparator(), h.order.header), nil, nil, nil,
		container.NewStack(h.list, container.NewVBox(h.empty)))
	h.enableActions()
	return h
}

func (h *historyView) current() (store.Summary, bool) {
	if h.selected < 0 || h.selected >= len(h.items) {
		return store.Summary{}, false
	}
	return h.items[h.selected], true
}

func (h *historyView) enableActions() {
	_, ok := h.current()
	for _, b := range h.actions {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// reload reads the list from the store and shows it.
func (h *historyView) reload() { h.w.withList(h.show) }

// withList reads the list of stored reports off the UI goroutine and hands it to then on the UI
// goroutine; a failure is shown instead.
func (w *window) withList(then func([]store.Summary)) {
	w.sched.background(func() {
		items, err := w.store.List(w.ctx)
		w.sched.ui(func() {
			if err != nil {
				w.showError(lang.L("无法读取报告列表：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
				return
			}
			then(items)
		})
	})
}

// show lists items in the chosen order: by agency, newest year first within an agency, unless a
// column title was clicked.
func (h *historyView) show(items []store.Summary) {
	h.order.apply(items)
	h.all = items
	h.filter.setYears(items)
	h.applyFilter()
}

// applyFilter lists the reports the filter keeps and drops the selection.
func (h *historyView) applyFilter() {
	h.items = h.items[:0:0]
	for _, s := range h.all {
		if h.filter.keep(s) {
			h.items = append(h.items, s)
		}
	}
	h.selected = -1
	h.list.UnselectAll()
	h.list.Refresh()
	switch {
	case len(h.all) == 0:
		h.empty.SetText(emptyHistoryText())
	case len(h.items) == 0:
		h.empty.SetText(lang.L("没有符合筛选条件的报告。"))
	}
	h.empty.Hidden = len(h.items) > 0
	h.empty.Refresh()
	h.enableActions()
}

// emptyHistoryText is what the start screen says while the history holds no report.
func emptyHistoryText() string {
	return lang.L("库中还没有报告。点「新建报告」开始填写本机关的年度报告，或点「导入…」读入已发布的报告（{{.Kinds}}）；「导入文件夹…」一次读入一个文件夹中的全部报告，如下级单位报送的报告。",
		map[string]any{"Kinds": docio.KindsText()})
}

func newHistoryRow() fyne.CanvasObject { return newColumnsRow(historyColumns) }

func fillHistoryRow(row *fyne.Container, s store.Summary) {
	texts := []string{s.Agency, ui.YearLabel(s.Year), statusLabel(s.Status),
		strconv.Itoa(s.Errors), strconv.Itoa(s.Warnings), strconv.Itoa(s.Blanks), lateLabel(s.Late, s.Days, s.Published != ""),
		s.Updated.Format("2006-01-02 15:04")}
	for i, o := range row.Objects {
		l := o.(*widget.Label)
		l.Importance = widget.MediumImportance
		if (i == 3 && s.Errors > 0) || (i == 6 && s.Late) {
			l.Importance = widget.DangerImportance
		}
		if i == 2 && s.Status == report.StatusFinal {
			l.Importance = widget.SuccessImportance
		}
		l.SetText(texts[i])
	}
}

// columnsLayout lays objects out in a row: the first takes what the fixed widths of the others
// leave (scaled with the text size).
type columnsLayout struct {
	widths []float32
}

func (l *columnsLayout) scaled() []float32 {
	th := fyne.CurrentApp().Settings().Theme()
	scale := th.Size(theme.SizeNameText) / theme.DefaultTheme().Size(theme.SizeNameText)
	out := make([]float32, len(l.widths))
	for i, w := range l.widths {
		out[i] = w * scale
	}
	return out
}

func (l *columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	widths := l.scaled()
	fixed := float32(0)
	for _, w := range widths {
		fixed += w
	}
	x := float32(0)
	for i, o := range objects {
		w := size.Width - fixed
		if i > 0 && i-1 < len(widths) {
			w = widths[i-1]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (l *columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	w := float32(200)
	for _, x := range l.scaled() {
		w += x
	}
	return fyne.NewSize(w, h)
}

// askDelete deletes a report after the user confirms.
func (w *window) askDelete(agency string, year int) {
	msg := lang.L("删除「{{.Agency}} {{.Year}}年」的报告及其全部历史版本？删除后不能恢复。", map[string]any{"Agency": agency, "Year": strconv.Itoa(year)})
	w.confirm(lang.L("删除报告"), msg, lang.L("删除"), func() {
		w.sched.background(func() {
			err := w.store.Delete(w.ctx, agency, year)
			w.sched.ui(func() {
				if err != nil {
					w.showError(err.Error())
				}
				w.history.reload()
			})
		})
	})
}

// newYear creates next year's report from a stored one (carry-over) and opens it.
func (w *window) newYear(agency string, year int) {
	w.sched.background(func() {
		r, _, err := w.store.NewYear(w.ctx, agency, year)
		w.sched.ui(func() {
			if err != nil {
				w.showError(err.Error())
				return
			}
			w.open(r.Meta.Agency, r.Meta.Year)
		})
	})
}
