package app

import (
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"nianbao/app/internal/ui"
	dockind "nianbao/data/document"
	"nianbao/data/errtext"
	"nianbao/data/export/issuefile"
	"nianbao/data/issuelist"
	"nianbao/data/store"
	"nianbao/widgets"
)

// boardView is a parent agency's 下级单位 board for a year: every unit it rolls up with the
// state of its report (未报, 草稿, 定稿, 已发布; 逾期) and its counts. A double click opens the
// unit's report.
type boardView struct {
	w       *window
	parent  string
	year    int
	rows    []store.BoardRow
	list    *widget.List
	summary *widget.Label
	content fyne.CanvasObject
}

// boardColumns are the widths of the board's columns after the first (单位): 状态, 截止,
// 错误, 警告.
var boardColumns = []float32{80, 150, 70, 70}

// showBoard leaves the open report (saving it) and shows parent's board for year.
func (w *window) showBoard(parent string, year int) {
	w.closeReport(func() {
		b := newBoardView(w, parent, year)
		w.win.SetTitle(lang.L("{{.Agency}} {{.Year}}年 下级单位 - 年报通", map[string]any{"Agency": parent, "Year": strconv.Itoa(year)}))
		w.win.SetContent(b.content)
		w.refreshMenu()
		b.reload()
	})
}

func newBoardView(w *window, parent string, year int) *boardView {
	b := &boardView{w: w, parent: parent, year: year}
	b.list = widget.NewList(
		func() int { return len(b.rows) },
		func() fyne.CanvasObject { return widgets.NewTapRow(newColumnsRow(boardColumns)) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*widgets.TapRow)
			row.OnTapped = func() { b.list.Select(id) }
			row.OnDoubleTapped = func() { b.open(b.rows[id]) }
			fillBoardRow(row.Content().(*fyne.Container), b.rows[id])
		},
	)
	title := widget.NewLabelWithStyle(lang.L("{{.Agency}} {{.Year}}年 · 下级单位报送情况", map[string]any{"Agency": parent, "Year": strconv.Itoa(year)}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	back := widget.NewButtonWithIcon(lang.L("报告列表"), theme.NavigateBackIcon(), w.showHistory)
	edit := widget.NewButtonWithIcon(lang.L("编辑下级单位…"), theme.DocumentCreateIcon(), b.askUnits)
	word := widget.NewButtonWithIcon(lang.L("问题清单（Word）…"), theme.DocumentSaveIcon(), func() { b.exportFindings("docx") })
	excel := widget.NewButtonWithIcon(lang.L("问题清单（Excel）…"), theme.DocumentSaveIcon(), func() { b.exportFindings("xlsx") })
	b.summary = widget.NewLabel("")
	b.summary.Wrapping = fyne.TextWrapWord
	var headers []fyne.CanvasObject
	for _, h := range []string{lang.L("单位"), lang.L("状态"), lang.L("截止"), lang.L("错误"), lang.L("警告")} {
		headers = append(headers, widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	header := container.New(&columnsLayout{widths: boardColumns}, headers...)
	b.content = container.NewBorder(
		container.NewVBox(title, container.NewHBox(back, widget.NewSeparator(), edit, word, excel), b.summary, widget.NewSeparator(), header),
		nil, nil, nil, b.list)
	return b
}

// newColumnsRow is a row of truncating labels laid out by widths (the first takes the rest).
func newColumnsRow(widths []float32) fyne.CanvasObject {
	var cells []fyne.CanvasObject
	for range len(widths) + 1 {
		cells = append(cells, ui.NewTruncatedLabel())
	}
	return container.New(&columnsLayout{widths: widths}, cells...)
}

// unitStateLabel is the board's word for a unit's state.
func unitStateLabel(s store.UnitState) string {
	switch s {
	case store.UnitMissing:
		return lang.L("未报")
	case store.UnitFinal:
		return lang.L("定稿")
	case store.UnitPublished:
		return lang.L("已发布")
	}
	return lang.L("草稿")
}

func fillBoardRow(row *fyne.Container, r store.BoardRow) {
	texts := []string{r.Unit, unitStateLabel(r.State), lateLabel(r.Late, r.Days, r.Published != ""),
		strconv.Itoa(r.Errors), strconv.Itoa(r.Warnings)}
	for i, o := range row.Objects {
		l := o.(*widget.Label)
		l.Importance = widget.MediumImportance
		switch {
		case i == 1 && r.State == store.UnitMissing, i == 2 && r.Late, i == 3 && r.Errors > 0:
			l.Importance = widget.DangerImportance
		case i == 1 && r.State == store.UnitPublished:
			l.Importance = widget.SuccessImportance
		}
		l.SetText(texts[i])
	}
}

// reload reads the board off the UI goroutine and shows it.
func (b *boardView) reload() {
	b.w.sched.background(func() {
		rows, err := b.w.store.Board(b.w.ctx, b.parent, b.year)
		b.w.sched.ui(func() {
			if err != nil {
				b.w.showError(lang.L("无法读取下级单位：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
				return
			}
			b.show(rows)
		})
	})
}

func (b *boardView) show(rows []store.BoardRow) {
	b.rows = rows
	b.list.UnselectAll()
	b.list.Refresh()
	counts := map[store.UnitState]int{}
	late := 0
	for _, r := range rows {
		counts[r.State]++
		if r.Late {
			late++
		}
	}
	if len(rows) == 0 {
		b.summary.SetText(lang.L("还没有下级单位。点「编辑下级单位…」写出各单位名称，或汇总一次。"))
		return
	}
	b.summary.SetText(lang.L("共 {{.All}} 个单位：未报 {{.Missing}}，草稿 {{.Draft}}，定稿 {{.Final}}，已发布 {{.Published}}；逾期 {{.Late}}。双击一行打开该单位的报告。",
		map[string]any{"All": len(rows), "Missing": counts[store.UnitMissing], "Draft": counts[store.UnitDraft],
			"Final": counts[store.UnitFinal], "Published": counts[store.UnitPublished], "Late": late}))
}

// open opens a unit's report; a unit that has not reported has none to open.
func (b *boardView) open(r store.BoardRow) {
	if r.State == store.UnitMissing {
		b.w.showInfo(lang.L("「{{.Unit}}」还没有{{.Year}}年的报告。导入该单位报送的报告后即可打开。",
			map[string]any{"Unit": r.Unit, "Year": strconv.Itoa(b.year)}))
		return
	}
	b.w.open(r.Unit, b.year)
}

// askUnits edits the list of units, one name a line.
func (b *boardView) askUnits() {
	names := make([]string, len(b.rows))
	for i, r := range b.rows {
		names[i] = r.Unit
	}
	entry := widget.NewMultiLineEntry()
	entry.SetText(strings.Join(names, "\n"))
	entry.SetMinRowsVisible(12)
	note := widget.NewLabel(lang.L("每行写一个下级单位的名称。删去的单位不再属于本机关，其报告仍保留在库中。"))
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("编辑下级单位"), lang.L("保存"), lang.L("取消"),
		container.NewBorder(note, nil, nil, nil, entry), func(ok bool) {
			if !ok {
				return
			}
			var units []string
			for _, line := range strings.Split(entry.Text, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					units = append(units, line)
				}
			}
			b.w.sched.background(func() {
				err := b.w.store.SetUnits(b.w.ctx, b.parent, units)
				b.w.sched.ui(func() {
					if err != nil {
						b.w.showError(lang.L("无法保存下级单位：{{.Err}}", map[string]any{"Err": errtext.Of(err)}))
						return
					}
					b.reload()
				})
			})
		}, b.w.win)
	d.Resize(fyne.NewSize(520, 480))
	d.Show()
}

// exportFindings reads the units' findings off the UI goroutine and saves the 问题清单 as a file
// of the document kind named kind.
func (b *boardView) exportFindings(kind string) {
	w := b.w
	w.showBusy(lang.L("正在检查各单位的报告…"))
	w.sched.background(func() {
		l, err := issuelist.Collect(w.ctx, w.store, b.parent, b.year, w.sched.now())
		w.sched.ui(func() {
			w.hideBusy()
			switch {
			case err != nil:
				w.showError(lang.L("无法生成问题清单：{{.Err}}", map[string]any{"Err": err.Error()}))
			case len(l.Units) == 0:
				w.showInfo(lang.L("还没有下级单位。点「编辑下级单位…」写出各单位名称，或汇总一次。"))
			default:
				format, _ := issuefile.Named(kind)
				w.saveAs(l.FileName(dockind.KindNamed(kind).Ext()), format.Kind, func(to io.Writer) error { return format.Write(to, l) })
			}
		})
	})
}
