package rules

import (
	"fmt"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// relation is one arithmetic relation of the catalogue: the sum of left equals the sum of right.
// Relations are derived from the schema's Total and Leaf flags once, as index slices, so checking
// one costs a few additions.
type relation struct {
	rule    string
	id      string
	section string
	left    []int // the side that states a total (or, for T3-BALANCE, 第一项+第二项)
	right   []int
	keys    []string // every cell read, for the finding
	// fixCell is the cell a proposed fix sets; fixSign says whether it sits on the left (+1) or
	// right (-1) side.
	fixCell int
	fixSign int
	// describe writes the message from the two sums.
	describe func(left, right report.Fixed) string
}

var relations = buildRelations()

func keyOf(i int) string { return schema.CellAt(i).Key }

func idx(t, row, col string) int { return schema.MustIndex(schema.CellKey(t, row, col)) }

func quoted(s string) string { return "“" + s + "”" }

func buildRelations() []relation {
	var rels []relation
	t3, _ := schema.TableByKey("t3")
	b3 := &t3.Blocks[0]
	var totalCol *schema.Column
	for c := range b3.Columns {
		if b3.Columns[c].Total {
			totalCol = &b3.Columns[c]
		}
	}
	// T3-ROW-SUM: per row, 总计 = the six applicant columns.
	for _, row := range b3.Rows {
		rel := relation{rule: "T3-ROW-SUM", id: "T3-ROW-SUM/t3." + row.Key, section: "s3",
			left: []int{idx("t3", row.Key, totalCol.Key)}}
		for _, col := range b3.Columns {
			if !col.Total {
				rel.right = append(rel.right, idx("t3", row.Key, col.Key))
			}
		}
		label := row.Label
		if row.Sub != "" {
			label = row.Sub + row.Label
		}
		rel.fixCell, rel.fixSign = rel.left[0], 1
		rel.describe = func(l, r report.Fixed) string {
			return fmt.Sprintf("表三%s行：各类申请人之和为%s，“总计”为%s，相差%s", quoted(label), r, l, abs(l-r))
		}
		rels = append(rels, rel)
	}
	// T3-RESULT-SUM: per column, （七）总计 = the leaf result rows.
	var resultRow, newRow, carriedRow, carryNextRow string
	for _, row := range b3.Rows {
		switch {
		case row.Total:
			resultRow = row.Key
		case row.Key == "new":
			newRow = row.Key
		case row.Key == "carried":
			carriedRow = row.Key
		case row.Key == "carry_next":
			carryNextRow = row.Key
		}
	}
	for _, col := range b3.Columns {
		rel := relation{rule: "T3-RESULT-SUM", id: "T3-RESULT-SUM/" + col.Key, section: "s3",
			left: []int{idx("t3", resultRow, col.Key)}}
		for _, row := range b3.Rows {
			if row.Leaf {
				rel.right = append(rel.right, idx("t3", row.Key, col.Key))
			}
		}
		name := col.Label
		rel.fixCell, rel.fixSign = rel.left[0], 1
		rel.describe = func(l, r report.Fixed) string {
			return fmt.Sprintf("表三%s列：第三项（一）至（六）各项之和为%s，（七）总计为%s，相差%s", quoted(name), r, l, abs(l-r))
		}
		rels = append(rels, rel)
	}
	// T3-BALANCE: per column, 一 + 二 = 三（七） + 四.
	for _, col := range b3.Columns {
		name := col.Label
		rel := relation{rule: "T3-BALANCE", id: "T3-BALANCE/" + col.Key, section: "s3",
			left:  []int{idx("t3", newRow, col.Key), idx("t3", carriedRow, col.Key)},
			right: []int{idx("t3", resultRow, col.Key), idx("t3", carryNextRow, col.Key)}}
		rel.fixCell, rel.fixSign = rel.right[1], -1
		rel.describe = func(l, r report.Fixed) string {
			return fmt.Sprintf("表三%s列：第一项+第二项=%s，第三项（七）总计+第四项=%s，相差%s", quoted(name), l, r, abs(l-r))
		}
		rels = append(rels, rel)
	}
	// T4-SUM: per group, 总计 = the four results.
	t4, _ := schema.TableByKey("t4")
	b4 := &t4.Blocks[0]
	for _, row := range b4.Rows {
		rel := relation{rule: "T4-SUM", id: "T4-SUM/" + row.Key, section: "s4"}
		for _, col := range b4.Columns {
			if col.Total {
				rel.left = append(rel.left, idx("t4", row.Key, col.Key))
			} else {
				rel.right = append(rel.right, idx("t4", row.Key, col.Key))
			}
		}
		name := row.Label
		if row.Super != "" {
			name = row.Super + "（" + row.Label + "）"
		}
		rel.fixCell, rel.fixSign = rel.left[0], 1
		rel.describe = func(l, r report.Fixed) string {
			return fmt.Sprintf("表四%s：结果维持、结果纠正、其他结果、尚未审结之和为%s，“总计”为%s，相差%s", quoted(name), r, l, abs(l-r))
		}
		rels = append(rels, rel)
	}
	for i := range rels {
		for _, c := range append(append([]int(nil), rels[i].left...), rels[i].right...) {
			rels[i].keys = append(rels[i].keys, keyOf(c))
		}
	}
	return rels
}

func abs(f report.Fixed) report.Fixed {
	if f < 0 {
		return -f
	}
	return f
}

// sum adds the cells; ok is false when one of them is blank or not applicable, which makes the
// relation uncertain rather than failed: a blank may be a 0 not yet typed, and "/" states nothing.
func sum(r *report.Report, cells []int) (total report.Fixed, ok bool) {
	for _, i := range cells {
		v := r.Cells[i]
		if v.State != report.Number {
			return 0, false
		}
		total += v.N
	}
	return total, true
}

// outcome is the state of a relation on a report.
type outcome uint8

const (
	holds outcome = iota
	fails
	uncertain
)

// eval checks the relation and appends its finding when it fails.
func (rel *relation) eval(r *report.Report, out []Finding) ([]Finding, outcome) {
	l, okL := sum(r, rel.left)
	rt, okR := sum(r, rel.right)
	if !okL || !okR {
		return out, uncertain
	}
	if l == rt {
		return out, holds
	}
	f := Finding{Rule: rel.rule, Severity: Error, Cells: rel.keys, Section: rel.section, ID: rel.id,
		Message: rel.describe(l, rt)}
	// Expected is the side computed from the parts, actual the side the report states.
	if rel.rule == "T3-BALANCE" {
		f.Expected, f.Actual = fixed(l), fixed(rt)
	} else {
		f.Expected, f.Actual = fixed(rt), fixed(l)
	}
	// The fix sets fixCell so that both sides agree.
	target := r.Cells[rel.fixCell].N + report.Fixed(rel.fixSign)*(rt-l)
	if target >= 0 {
		c := schema.CellAt(rel.fixCell)
		f.Fixes = []Fix{{
			Label: fmt.Sprintf("将%s设为%s", c.Label(), target),
			Set:   map[string]report.Value{c.Key: report.Num(target)},
		}}
	}
	return append(out, f), fails
}

// Uncertain returns the ids of the arithmetic relations that cannot be decided because a cell
// they read is blank or not applicable; the app shows them as 「待填写后核对」 rather than as passed.
func Uncertain(r *report.Report) []string {
	var ids []string
	for i := range relations {
		if _, o := relations[i].eval(r, nil); o == uncertain {
			ids = append(ids, relations[i].id)
		}
	}
	return ids
}

// Arithmetic returns the findings of the table relations alone (T3-ROW-SUM, T3-RESULT-SUM,
// T3-BALANCE, T4-SUM): whether a report's tables add up, without the rest of the catalogue.
func Arithmetic(r *report.Report) []Finding {
	var out []Finding
	for i := range relations {
		out, _ = relations[i].eval(r, out)
	}
	return out
}

// Hold reports whether every arithmetic relation that reads one of the cells named by keys is
// decided (no blank or not-applicable input) and holds in r. Importers use it to pick, among
// several readings of run-together numbers, the one that agrees with the rest of the tables.
func Hold(r *report.Report, keys []string) bool {
	reads := make(map[int]bool, len(keys))
	for _, k := range keys {
		reads[schema.MustIndex(k)] = true
	}
	for i := range relations {
		rel := &relations[i]
		if !rel.readsAny(reads) {
			continue
		}
		if _, o := rel.eval(r, nil); o != holds {
			return false
		}
	}
	return true
}

func (rel *relation) readsAny(cells map[int]bool) bool {
	for _, side := range [][]int{rel.left, rel.right} {
		for _, c := range side {
			if cells[c] {
				return true
			}
		}
	}
	return false
}
