package rules

import (
	"slices"
	"time"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// unit is one independently re-runnable piece of the catalogue with the inputs it reads. The
// Checker keeps each unit's findings and re-runs a unit only when one of its inputs changes.
type unit struct {
	cells []int    // cell indexes read
	texts []string // narrative keys read; "meta" for metadata, "prev" for last year's report
	run   func(r, prev *report.Report, env *Env, out []Finding) []Finding
}

var (
	units       []unit
	cellReaders [][]int // cell index → units reading it
	textReaders = map[string][]int{}
	unitRules   [][]string // unit → rule ids, for RulesReading
)

func init() {
	add := func(u unit, rules ...string) {
		units = append(units, u)
		unitRules = append(unitRules, rules)
	}
	add(unit{texts: []string{"meta"}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return fmtOld(r, out) }}, "FMT-OLD")
	add(unit{texts: []string{"meta"}, run: func(r, _ *report.Report, env *Env, out []Finding) []Finding { return dueLate(r, env, out) }}, "DUE-LATE")
	add(unit{texts: []string{"s1.active", "s1.request", "s1.management", "s1.platform", "s1.oversight"},
		run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return s1Missing(r, out) }}, "S1-MISSING")
	for _, key := range narrativeKeys() {
		add(unit{texts: []string{key, "meta"}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
			return txtYear(r, key, out)
		}}, "TXT-YEAR")
		add(unit{texts: []string{key}, cells: indexes(claimCells()), run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
			return txtNumber(r, key, out)
		}}, "TXT-NUMBER")
		add(unit{texts: []string{key}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
			return txtTerm(r, key, out)
		}}, "TXT-TERM")
		add(unit{texts: []string{key, "meta"}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
			return txtPeriod(r, key, out)
		}}, "TXT-PERIOD")
	}
	add(unit{texts: []string{"s1.oversight", "meta"}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return s1GovAssess(r, out) }}, "S1-GOV-ASSESS")
	add(unit{texts: []string{"prev", "meta"}, run: func(r, prev *report.Report, _ *Env, out []Finding) []Finding { return yoyPrevYear(r, prev, out) }}, "YOY-PREV-YEAR")
	add(unit{texts: []string{"prev", "meta"}, cells: indexes(allCellKeys()), run: func(r, prev *report.Report, _ *Env, out []Finding) []Finding {
		return yoySameTables(r, prev, out)
	}}, "YOY-SAME-TABLES")
	for _, section := range []string{"s1", "s5", "s6"} {
		var keys []string
		for _, n := range schema.Narratives() {
			if n.Section == section {
				keys = append(keys, n.Key)
			}
		}
		add(unit{texts: append(keys, "prev", "meta"), run: func(r, prev *report.Report, env *Env, out []Finding) []Finding {
			return txtSimilar(r, prev, env, section, out)
		}}, "TXT-SIMILAR")
		if section == "s1" {
			add(unit{texts: keys, run: func(r, _ *report.Report, env *Env, out []Finding) []Finding { return s1Length(r, env, out) }}, "S1-LENGTH")
		}
	}
	t2, _ := schema.TableByKey("t2")
	add(unit{texts: []string{"meta"}, cells: indexes([]string{"t2.fees.amount"}),
		run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return t2FeesUnit(r, out) }}, "T2-FEES-UNIT")
	add(unit{texts: []string{"meta"}, cells: indexes(rulesKeys),
		run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return t2RulesPower(r, out) }}, "T2-RULES-POWER")
	for _, row := range t2.Blocks[0].Rows {
		add(unit{texts: []string{"prev", "meta"}, cells: indexes([]string{"t2." + row.Key + ".issued", "t2." + row.Key + ".repealed", "t2." + row.Key + ".in_force"}),
			run: func(r, prev *report.Report, _ *Env, out []Finding) []Finding { return yoyInForce(r, prev, &row, out) }}, "YOY-IN-FORCE")
	}
	for ti, t := range schema.Tables() {
		cells := t.Cells()
		add(unit{cells: cellIndexes(cells), run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
			return blankRule(r, schema.Tables()[ti], cells, out)
		}}, "CELL-BLANK")
		for _, c := range cells {
			add(unit{cells: []int{c.Index}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
				return cellValueRules(r, c.Index, out)
			}}, "CELL-INVALID", "CELL-NEGATIVE", "CELL-NOT-INTEGER")
		}
		if t.Key == "t2" {
			continue
		}
		for i := range relations {
			rel := &relations[i]
			if rel.section != t.Section {
				continue
			}
			add(unit{cells: append(append([]int(nil), rel.left...), rel.right...), run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding {
				out, _ = rel.eval(r, out)
				return out
			}}, rel.rule)
		}
		if t.Key == "t3" {
			for _, col := range t.Blocks[0].Columns {
				add(unit{texts: []string{"prev", "meta"}, cells: indexes([]string{"t3.carried." + col.Key}),
					run: func(r, prev *report.Report, _ *Env, out []Finding) []Finding { return yoyCarry(r, prev, &col, out) }}, "YOY-CARRY")
			}
			add(unit{texts: []string{"s6"}, cells: indexes([]string{"t3.other.no_fee.total"}),
				run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return t3FeeNotice(r, out) }}, "T3-FEE-NOTICE")
		}
		if t.Key == "t4" {
			add(unit{texts: []string{"s5"}, cells: indexes(correctedKeys),
				run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return t4Corrected(r, out) }}, "T4-CORRECTED")
		}
	}
	add(unit{texts: []string{SourceText}, cells: indexes(allCellKeys()),
		run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return importCheck(r, out) }}, "IMPORT-CHECK")
	add(unit{texts: []string{"s5"}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return s5Empty(r, out) }}, "S5-EMPTY")
	add(unit{texts: []string{"s6"}, run: func(r, _ *report.Report, _ *Env, out []Finding) []Finding { return s6Fee(r, out) }}, "S6-FEE")

	cellReaders = make([][]int, schema.NumCells())
	for u, un := range units {
		for _, c := range un.cells {
			if !slices.Contains(cellReaders[c], u) {
				cellReaders[c] = append(cellReaders[c], u)
			}
		}
		for _, t := range un.texts {
			textReaders[t] = append(textReaders[t], u)
		}
	}
}

func allCellKeys() []string {
	var keys []string
	for _, c := range schema.Cells() {
		keys = append(keys, c.Key)
	}
	return keys
}

func indexes(keys []string) []int {
	out := make([]int, len(keys))
	for i, k := range keys {
		out[i] = schema.MustIndex(k)
	}
	return out
}

func cellIndexes(cells []schema.Cell) []int {
	out := make([]int, len(cells))
	for i, c := range cells {
		out[i] = c.Index
	}
	return out
}

// RulesReading returns the ids of the rules that read a cell, in catalogue order of their units.
func RulesReading(index int) []string {
	var ids []string
	for _, u := range cellReaders[index] {
		for _, id := range unitRules[u] {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// Checker checks one report and keeps the results, so that after an edit only the rules reading
// the edited cell or text run again.
type Checker struct {
	env      Env
	r, prev  *report.Report
	results  [][]Finding
	findings []Finding
	dirty    bool
}

// NewChecker checks r (with last year's report prev, which may be nil) by the national rules,
// undated (see Env), and keeps the results.
func NewChecker(r, prev *report.Report) *Checker { return Env{}.NewChecker(r, prev) }

// NewChecker checks r (with last year's report prev, which may be nil) in env and keeps the
// results. The Checker reads r on every change call; callers edit r and then say what they changed.
func (env Env) NewChecker(r, prev *report.Report) *Checker {
	c := &Checker{env: env, r: r, prev: prev, results: make([][]Finding, len(units))}
	for u := range units {
		c.rerun(u)
	}
	return c
}

func (c *Checker) rerun(u int) {
	c.results[u] = units[u].run(c.r, c.prev, &c.env, c.results[u][:0])
	c.dirty = true
}

// CellChanged re-runs the rules that read the cell at schema index i.
func (c *Checker) CellChanged(i int) {
	for _, u := range cellReaders[i] {
		c.rerun(u)
	}
}

// TextChanged re-runs the rules that read a narrative field (s1.active …), "opening" or "meta"
// (agency, year, level, format).
func (c *Checker) TextChanged(key string) {
	for _, u := range textReaders[key] {
		c.rerun(u)
	}
}

// SetPrevious replaces last year's report (nil for none) and re-runs the rules that read it.
func (c *Checker) SetPrevious(prev *report.Report) {
	c.prev = prev
	c.TextChanged("prev")
}

// Findings returns every current finding, ordered by section and, within a section, as the
// catalogue and the official cell order list them. The slice is shared until the next change.
func (c *Checker) Findings() []Finding {
	if !c.dirty && c.findings != nil {
		return c.findings
	}
	out := make([]Finding, 0, len(c.findings))
	for _, fs := range c.results {
		out = append(out, fs...)
	}
	slices.SortStableFunc(out, func(a, b Finding) int { return sectionRank(a.Section) - sectionRank(b.Section) })
	c.findings, c.dirty = out, false
	return out
}

func sectionRank(s string) int {
	if s == "meta" {
		return 0
	}
	for i, sec := range schema.Sections() {
		if sec.Key == s {
			return i + 1
		}
	}
	return len(schema.Sections()) + 1
}

// Check runs the whole national catalogue on r, undated (see Env); prev is last year's report of
// the same agency (nil when the store has none), which enables YOY-CARRY, YOY-IN-FORCE and
// TXT-SIMILAR.
func Check(r, prev *report.Report) []Finding { return Env{}.Check(r, prev) }

// Check runs the whole catalogue on r in env, as the package-level Check does.
func (env Env) Check(r, prev *report.Report) []Finding {
	return env.NewChecker(r, prev).Findings()
}

// SetToday moves the checker's day (a window left open past midnight) and re-runs the rules that
// read it.
func (c *Checker) SetToday(today time.Time) {
	c.env.Today = today
	c.TextChanged("meta")
}
