package textio

import (
	"strings"

	"nianbao/data/schema"
)

// Bounds on the search for splits that satisfy a sum relation. A real row has a few dozen digits
// and needs some hundred steps; a hostile text could ask for billions, so the search gives up
// (and the row is left blank with a note) once a row, or the whole document, has used its steps.
const (
	maxRowSplitSteps = 1 << 16
	maxDocSplitSteps = 1 << 20
)

// sumRelation describes the cells of a run-together row as groups in which the last cell, the
// total, is the sum of the others: a table-3 row (T3-ROW-SUM) is one group of seven, the table-4
// line is three groups of five (T4-SUM). It is derived from the schema: a block whose last
// column is its Column.Total column, laid out once per row. The relation is what lets a run such
// as 「640020470」 be cut: of its twelve readings as seven cells only 64、0、0、2、0、4、70 adds up.
type sumRelation struct {
	total  string // the total column's label, for notes (总计)
	groups []sumGroup
}

// sumGroup is one row's cells within a run-together line.
type sumGroup struct {
	label string
	cells int
}

// sumRelationOf returns the sum relation of rows of blk written side by side, or false when the
// block has no total column closing its rows (table 2: its columns have no relation).
func sumRelationOf(blk *schema.Block, rows []schema.Row) (sumRelation, bool) {
	cols := blk.Columns
	if len(cols) < 2 || !cols[len(cols)-1].Total {
		return sumRelation{}, false
	}
	for _, c := range cols[:len(cols)-1] {
		if c.Total {
			return sumRelation{}, false
		}
	}
	rel := sumRelation{total: cols[len(cols)-1].Label}
	for _, r := range rows {
		rel.groups = append(rel.groups, sumGroup{label: r.Label, cells: len(cols)})
	}
	return rel, true
}

// phrase names the relation in a note: “总计等于各列之和”, with 每组 for several groups.
func (rel sumRelation) phrase() string {
	p := "“" + rel.total + "等于各列之和”"
	if len(rel.groups) > 1 {
		p = "每组" + p
	}
	return p
}

// describe lists a split's cells for a note, group by group: 「64、0、0、2、0、4、70」 or
// 「行政复议 1、0、2、0、3；未经复议直接起诉 …」.
func (rel sumRelation) describe(vals []string) string {
	if len(rel.groups) == 1 {
		return strings.Join(vals, "、")
	}
	var parts []string
	at := 0
	for _, g := range rel.groups {
		parts = append(parts, g.label+" "+strings.Join(vals[at:at+g.cells], "、"))
		at += g.cells
	}
	return strings.Join(parts, "；")
}

// maxKeptSplits is how many splits satisfying a row's own relation are kept for the table's other
// relations to choose from; a row with more is left unread.
const maxKeptSplits = 4

// sumSplit is the outcome of searching the splits of a run of digits that satisfy a relation.
type sumSplit struct {
	vals    []string   // the only split that satisfies the relation; nil when there is not exactly one
	splits  [][]string // every split that satisfies it, when there are at most maxKeptSplits
	matches int        // splits that satisfy the relation (meaningful when the search finished)
	gaveUp  bool       // the search ran out of steps before it had tried every split
}

// splitBySum finds the splits of tokens (each made of digits only; a cell never spans two
// tokens) into the relation's cells — each cell a number without leading zeros, at most
// maxDigits long — in which every group's total equals the sum of its other cells. It spends at
// most *steps steps and subtracts those it used.
func splitBySum(tokens []string, rel sumRelation, steps *int) sumSplit {
	s := sumSearch{digits: strings.Join(tokens, ""), groups: rel.groups, steps: min(*steps, maxRowSplitSteps)}
	s.boundary = make([]bool, len(s.digits)+1)
	at := 0
	for _, t := range tokens {
		at += len(t)
		s.boundary[at] = true
	}
	for _, g := range rel.groups {
		s.cellsLeft += g.cells
	}
	budget := s.steps
	s.group(0, 0)
	*steps -= budget - s.steps
	out := sumSplit{matches: s.matches, gaveUp: s.steps <= 0}
	if out.gaveUp || s.matches > maxKeptSplits {
		return out
	}
	for _, ends := range s.found {
		var vals []string
		prev := 0
		for _, end := range ends {
			vals = append(vals, s.digits[prev:end])
			prev = end
		}
		out.splits = append(out.splits, vals)
	}
	if s.matches == 1 {
		out.vals = out.splits[0]
	}
	return out
}

// sumSearch is a depth-first search over the cells of a split, left to right. Only the
// non-total cells branch: a group's total must read exactly as the sum of the cells before it.
type sumSearch struct {
	digits    string
	boundary  []bool // boundary[i]: a token ends at i, so a cell must end there too
	groups    []sumGroup
	cellsLeft int     // cells not yet placed, this one included
	ends      []int   // end offset of each cell placed so far
	found     [][]int // ends of the splits found, the first maxKeptSplits of them
	matches   int
	steps     int
}

// group places the cells of group g from offset pos on.
func (s *sumSearch) group(g, pos int) {
	if g == len(s.groups) {
		if pos == len(s.digits) {
			s.matches++
			if s.matches <= maxKeptSplits {
				s.found = append(s.found, append([]int(nil), s.ends...))
			}
		}
		return
	}
	s.cell(g, 0, pos, 0, 0)
}

// cell places cell j of group g at offset pos; sum is the sum of the group's cells before it and
// longest the length of the longest of them.
func (s *sumSearch) cell(g, j, pos int, sum int64, longest int) {
	if s.steps <= 0 {
		return
	}
	s.steps--
	if j == s.groups[g].cells-1 {
		// The total reads exactly as the sum: as many digits, the same value.
		end := pos + digitCount(sum)
		if end-pos <= maxDigits && end <= len(s.digits) && s.fits(pos, end) && digitsValue(s.digits[pos:end]) == sum {
			s.push(end)
			s.group(g+1, end)
			s.pop()
		}
		return
	}
	// Cells still to come after this one in the group, not counting the total.
	later := s.groups[g].cells - 2 - j
	var v int64 // the value of digits[pos:end]
	for end := pos + 1; end <= min(pos+maxDigits, len(s.digits)); end++ {
		if end-1 > pos && s.boundary[end-1] || end > pos+1 && s.digits[pos] == '0' {
			break
		}
		v = v*10 + int64(s.digits[end-1]-'0')
		l := max(longest, end-pos)
		// The total is at least as long as the longest cell and as the sum so far; the cells
		// after it need one digit each at least and maxDigits at most.
		rest := len(s.digits) - end
		need := later + max(l, digitCount(sum+v)) + s.cellsLeft - 1 - later - 1
		if rest < need {
			break
		}
		if rest > (s.cellsLeft-1)*maxDigits {
			continue
		}
		s.push(end)
		s.cell(g, j+1, end, sum+v, l)
		s.pop()
	}
}

// push places a cell ending at end; pop takes the last one back.
func (s *sumSearch) push(end int) {
	s.ends = append(s.ends, end)
	s.cellsLeft--
}

func (s *sumSearch) pop() {
	s.ends = s.ends[:len(s.ends)-1]
	s.cellsLeft++
}

// fits reports whether a cell may span digits[pos:end]: it crosses no token boundary.
func (s *sumSearch) fits(pos, end int) bool {
	for i := pos + 1; i < end; i++ {
		if s.boundary[i] {
			return false
		}
	}
	return true
}

// digitsValue is the value of a string of at most maxDigits digits.
func digitsValue(d string) int64 {
	var v int64
	for i := range len(d) {
		v = v*10 + int64(d[i]-'0')
	}
	return v
}

// digitCount is the number of decimal digits of n ≥ 0.
func digitCount(n int64) int {
	c := 1
	for ; n >= 10; n /= 10 {
		c++
	}
	return c
}
