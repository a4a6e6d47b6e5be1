package app

import (
	"cmp"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"nianbao/data/report"
	"nianbao/data/store"
	"nianbao/widgets"
)

// historyColumn is a column of the start screen's list and how it orders the reports.
type historyColumn struct {
	title string
	// compare orders two reports in the column's natural direction: names by pinyin, years and
	// counts from the largest, so that one click brings the units with most errors to the top.
	compare func(a, b store.Summary, names report.AgencyOrder) int
	desc    bool // the natural direction is from the largest
}

var historyColumnDefs = []historyColumn{
	{"机关", func(a, b store.Summary, names report.AgencyOrder) int { return names.Compare(a.Agency, b.Agency) }, false},
	{"年度", func(a, b store.Summary, _ report.AgencyOrder) int { return cmp.Compare(b.Year, a.Year) }, true},
	{"状态", func(a, b store.Summary, _ report.AgencyOrder) int {
		return cmp.Compare(statusRank(a.Status), statusRank(b.Status))
	}, false},
	{"错误", func(a, b store.Summary, _ report.AgencyOrder) int { return cmp.Compare(b.Errors, a.Errors) }, true},
	{"警告", func(a, b store.Summary, _ report.AgencyOrder) int { return cmp.Compare(b.Warnings, a.Warnings) }, true},
	{"空格", func(a, b store.Summary, _ report.AgencyOrder) int { return cmp.Compare(b.Blanks, a.Blanks) }, true},
	{"截止", func(a, b store.Summary, _ report.AgencyOrder) int { return cmp.Compare(lateRank(b), lateRank(a)) }, true},
	{"最后修改", func(a, b store.Summary, _ report.AgencyOrder) int { return b.Updated.Compare(a.Updated) }, true},
}

// historySort is the order of the start screen's list, chosen by clicking a column title; a
// second click on the same title turns the order round.
type historySort struct {
	column  int
	reverse bool
	titles  []*widget.Label
	header  fyne.CanvasObject
}

func newHistorySort(changed func()) *historySort {
	s := &historySort{}
	var cells []fyne.CanvasObject
	for i, c := range historyColumnDefs {
		l := widget.NewLabelWithStyle(lang.L(c.title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		s.titles = append(s.titles, l)
		cell := widgets.NewTapRow(l)
		cell.OnTapped = func() {
			s.reverse = s.column == i && !s.reverse
			s.column = i
			s.mark()
			changed()
		}
		cells = append(cells, cell)
	}
	s.header = container.New(&columnsLayout{widths: historyColumns}, cells...)
	s.mark()
	return s
}

// mark shows on the chosen column which way it is ordered: ▲ from the smallest, ▼ from the largest.
func (s *historySort) mark() {
	for i, l := range s.titles {
		text := lang.L(historyColumnDefs[i].title)
		if i == s.column {
			if historyColumnDefs[i].desc != s.reverse {
				text += " ▼"
			} else {
				text += " ▲"
			}
		}
		l.SetText(text)
	}
}

// apply orders items by the chosen column; ties go by agency (by pinyin), then newest year first.
func (s *historySort) apply(items []store.Summary) {
	by, names := historyColumnDefs[s.column].compare, report.NewAgencyOrder()
	slices.SortStableFunc(items, func(a, b store.Summary) int {
		c := by(a, b, names)
		if s.reverse {
			c = -c
		}
		if c != 0 {
			return c
		}
		return cmp.Or(names.Compare(a.Agency, b.Agency), cmp.Compare(b.Year, a.Year))
	})
}

// statusRank puts drafts, still to be worked on, before final reports.
func statusRank(s report.Status) int {
	if s == report.StatusFinal {
		return 1
	}
	return 0
}

// lateRank orders by urgency: the most days late first, then the fewest days left; published
// reports last.
func lateRank(s store.Summary) int {
	if s.Published != "" && !s.Late {
		return math.MinInt
	}
	return s.Days
}
