// Package compare sets two years of one agency's report side by side: every cell with its change,
// the main rows of table 3, the ratios reviewers use, continuity between the years and how much of
// the narrative was carried over. It answers 「与上年相比」 for the app tab, the CLI and the
// Excel export; it is pure computation and reads no store.
package compare

import (
	"math"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// Thresholds of a big swing: a change that reviewers ask about. Both must be reached, so that
// 2 → 4 (+100 %) on a small count is not flagged.
const (
	// BigSwingPct is the change in per cent, up or down, from which a change is big.
	BigSwingPct = 50.0
	// BigSwingDelta is the absolute change from which a change is big.
	BigSwingDelta = 10
)

// Direction says which way a figure moved.
type Direction int8

// Directions of a change.
const (
	// Uncomparable: one of the two values is blank or not applicable.
	Uncomparable Direction = iota
	// Same: both values are equal.
	Same
	// Up: the later year is higher.
	Up
	// Down: the later year is lower.
	Down
)

// Row is one figure in both years.
type Row struct {
	Key    string          // cell key, or for a computed group sum t3.<group>.total (see MainRows)
	Label  string          // Chinese human name
	Values [2]report.Value // base year, later year
	Delta  *report.Fixed   // later − base; nil unless both are numbers
	// Pct is the change in per cent of the base, rounded to 2 decimals; nil when the base is 0,
	// blank or not applicable, or the later value is not a number.
	Pct       *float64
	Direction Direction
	// BigSwing marks a change of at least BigSwingPct per cent and BigSwingDelta in absolute
	// terms; a rise from 0 by at least BigSwingDelta counts as big too.
	BigSwing bool
	Money    bool // the figure is an amount in 万元, not a count
}

// Comparison is two years of one agency side by side.
type Comparison struct {
	Agency string
	Years  [2]int // base year, later year
	// Adjacent is true when the later year directly follows the base year; only then do the
	// continuity rules apply.
	Adjacent bool
	Rows     []Row // every cell of tables 2–4 in official order
	Main     []Row // table 3 collapsed to its main rows, 总计 column
	Ratios   []Ratio
	// Findings are the rule findings that compare the years: YOY-CARRY and YOY-IN-FORCE (only
	// for adjacent years) and TXT-SIMILAR, from the rules package.
	Findings []rules.Finding
	// Continuity holds the YOY-CARRY and YOY-IN-FORCE findings of the later year against the
	// base year, with the cell to mend.
	Continuity []Continuity
	// Sections is the narrative similarity of s1 (its fields joined), s5 and s6.
	Sections []TextComparison
	// Fields is the narrative similarity of each of the eight fields, with the later year's
	// sentences marked repeated or new, for the side-by-side view.
	Fields []TextComparison
}

// Compare sets report a (the base year) beside report b (the later year) of the same agency.
func Compare(a, b *report.Report) *Comparison {
	c := &Comparison{
		Agency:   b.Meta.Agency,
		Years:    [2]int{a.Meta.Year, b.Meta.Year},
		Adjacent: b.Meta.Year == a.Meta.Year+1,
		Rows:     make([]Row, schema.NumCells()),
	}
	for i, cell := range schema.Cells() {
		c.Rows[i] = newRow(cell.Key, cell.Label(), a.Cells[i], b.Cells[i], cell.Kind == schema.Money)
	}
	c.Main = mainRows(a, b)
	c.Ratios = ratios(a, b)
	c.Findings = yearFindings(a, b, c.Adjacent)
	c.Continuity = continuity(a, b, c.Findings)
	c.Sections, c.Fields = narratives(a, b, c.Findings)
	return c
}

// Row returns the row of a cell key (or of a computed main row) and whether there is one.
func (c *Comparison) Row(key string) (Row, bool) {
	if i := schema.Index(key); i >= 0 {
		return c.Rows[i], true
	}
	for _, r := range c.Main {
		if r.Key == key {
			return r, true
		}
	}
	return Row{}, false
}

// newRow compares one figure.
func newRow(key, label string, base, later report.Value, money bool) Row {
	r := Row{Key: key, Label: label, Values: [2]report.Value{base, later}, Money: money}
	if !base.IsNumber() || !later.IsNumber() {
		return r
	}
	d := later.N - base.N
	r.Delta = &d
	switch {
	case d > 0:
		r.Direction = Up
	case d < 0:
		r.Direction = Down
	default:
		r.Direction = Same
	}
	r.Pct = percent(d, base.N)
	big := abs(d) >= report.Int(BigSwingDelta)
	r.BigSwing = big && (r.Pct == nil || math.Abs(*r.Pct) >= BigSwingPct)
	return r
}

// percent returns part/whole in per cent rounded to 2 decimals, or nil when whole is 0.
func percent(part, whole report.Fixed) *float64 {
	if whole == 0 {
		return nil
	}
	p := round2(float64(part) / float64(abs(whole)) * 100)
	return &p
}

// round2 rounds to 2 decimals, the precision reports print.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

func abs(f report.Fixed) report.Fixed {
	if f < 0 {
		return -f
	}
	return f
}
