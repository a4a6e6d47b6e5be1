package compare

import (
	"slices"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Figure is a figure the trend chart offers, summed from one or more cells.
type Figure struct {
	Key   string // the cell key, or t4.litigation.total for the sum of both court groups
	Label string // short Chinese name for a chooser: 新收申请 …
	Cells []string
	Money bool // an amount in 万元
}

// figures are the trend figures in chooser order.
var figures = []Figure{
	{"t3.new.total", "新收申请", []string{"t3.new.total"}, false},
	{"t3.carried.total", "上年结转", []string{"t3.carried.total"}, false},
	{"t3.result_total.total", "办结（办理结果总计）", []string{"t3.result_total.total"}, false},
	{"t3.granted.total", "予以公开", []string{"t3.granted.total"}, false},
	{"t3.carry_next.total", "结转下年度", []string{"t3.carry_next.total"}, false},
	{"t4.review.total", "行政复议", []string{"t4.review.total"}, false},
	{"t4.litigation.total", "行政诉讼（直接起诉＋复议后起诉）", []string{"t4.direct.total", "t4.after_review.total"}, false},
	{"t2.normative.issued", "制发行政规范性文件", []string{"t2.normative.issued"}, false},
	{"t2.license.decisions", "行政许可决定", []string{"t2.license.decisions"}, false},
	{"t2.penalty.decisions", "行政处罚决定", []string{"t2.penalty.decisions"}, false},
	{"t2.fees.amount", "行政事业性收费（万元）", []string{"t2.fees.amount"}, true},
}

// Figures returns the figures the trend chart offers.
func Figures() []Figure { return figures }

// FigureByKey finds a figure by key; any cell key of tables 2–4 is a figure of its own.
func FigureByKey(key string) (Figure, bool) {
	for _, f := range figures {
		if f.Key == key {
			return f, true
		}
	}
	if c, ok := schema.Lookup(key); ok {
		return Figure{Key: key, Label: c.Label(), Cells: []string{key}, Money: c.Kind == schema.Money}, true
	}
	return Figure{}, false
}

// FigureCells returns every cell the trend figures read, to ask the store for in one query.
func FigureCells() []string {
	var keys []string
	for _, f := range figures {
		for _, k := range f.Cells {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// Series is the values of a set of cells across the stored years of one agency, as the store's
// series query returns them.
type Series struct {
	keys   []string
	years  []int
	values map[int]map[string]report.Value
}

// NewSeries starts a series of the given cell keys.
func NewSeries(keys []string) *Series {
	return &Series{keys: keys, values: map[int]map[string]report.Value{}}
}

// Add records one year's values, in the order of the series' keys.
func (s *Series) Add(year int, values []report.Value) {
	if _, ok := s.values[year]; !ok {
		s.years = append(s.years, year)
		slices.Sort(s.years)
	}
	m := make(map[string]report.Value, len(s.keys))
	for i, k := range s.keys {
		if i < len(values) {
			m[k] = values[i]
		}
	}
	s.values[year] = m
}

// Years returns the years of the series in ascending order.
func (s *Series) Years() []int { return s.years }

// Point is one year of a trend.
type Point struct {
	Year  int
	Value report.Value // blank when the year's report left the figure blank
}

// Trend returns a figure (see FigureByKey) in every year of the series, in ascending order; a
// year whose report lacks a number has a blank or not-applicable Value, for the chart to show as a
// gap. An unknown figure gives nil.
func Trend(s *Series, key string) []Point {
	f, ok := FigureByKey(key)
	if !ok {
		return nil
	}
	out := make([]Point, len(s.years))
	for i, y := range s.years {
		out[i] = Point{Year: y, Value: sumOf(yearValues(s.values[y]), f.Cells)}
	}
	return out
}

// yearValues reads one year of a series by key.
type yearValues map[string]report.Value

// Get returns the value of a cell key (blank when the series does not hold it).
func (v yearValues) Get(key string) report.Value { return v[key] }
