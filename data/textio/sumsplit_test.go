package textio

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"nianbao/data/schema"
)

// relationFor is the sum relation of a table's rows, all of them or the first only.
func relationFor(t testing.TB, table string, allRows bool) sumRelation {
	t.Helper()
	tb, _ := schema.TableByKey(table)
	blk := &tb.Blocks[0]
	rows := blk.Rows[:1]
	if allRows {
		rows = blk.Rows
	}
	rel, ok := sumRelationOf(blk, rows)
	if !ok {
		t.Fatalf("%s has no sum relation", table)
	}
	return rel
}

func TestSumRelationFromSchema(t *testing.T) {
	t2, _ := schema.TableByKey("t2")
	for b := range t2.Blocks {
		if _, ok := sumRelationOf(&t2.Blocks[b], t2.Blocks[b].Rows); ok {
			t.Errorf("table 2 block %s has a sum relation; its columns have none", t2.Blocks[b].Heading)
		}
	}
	if rel := relationFor(t, "t3", false); len(rel.groups) != 1 || rel.groups[0].cells != 7 || rel.total != "总计" {
		t.Errorf("table 3 row relation = %+v", rel)
	}
	if rel := relationFor(t, "t4", true); len(rel.groups) != 3 || rel.groups[2].cells != 5 || rel.groups[1].label != "未经复议直接起诉" {
		t.Errorf("table 4 relation = %+v", rel)
	}
}

func TestSplitBySum(t *testing.T) {
	cases := []struct {
		name    string
		table   string
		tokens  []string
		want    string // the cells joined by spaces; "" when there is no single split
		matches int
		gaveUp  bool
	}{
		{"unique", "t3", []string{"640020470"}, "64 0 0 2 0 4 70", 1, false},
		{"unique total row", "t3", []string{"630020469"}, "63 0 0 2 0 4 69", 1, false},
		{"ambiguous", "t3", []string{"270020130"}, "", 2, false},
		{"ambiguous too", "t3", []string{"220000325"}, "", 2, false},
		{"impossible", "t3", []string{"12345678"}, "", 0, false},
		{"no leading zeros: one split left", "t3", []string{"3002001033"}, "3 0 0 20 0 10 33", 1, false},
		{"no leading zeros: none left", "t3", []string{"1003133112"}, "", 0, false},
		{"a space decides", "t3", []string{"2", "70020130"}, "2 7 0 0 20 1 30", 1, false},
		{"a space decides the other way", "t3", []string{"27002", "0130"}, "27 0 0 2 0 1 30", 1, false},
		{"table 4 group by group", "t4", []string{"10203120001200000"}, "1 0 2 0 3 12 0 0 0 12 0 0 0 0 0", 1, false},
		{"table 4 impossible", "t4", []string{"10203120001200001"}, "", 0, false},
		{"pathological run", "t3", []string{strings.Repeat("1", 45)}, "", 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			steps := maxDocSplitSteps
			got := splitBySum(c.tokens, relationFor(t, c.table, c.table == "t4"), &steps)
			if strings.Join(got.vals, " ") != c.want || got.gaveUp != c.gaveUp || !c.gaveUp && got.matches != c.matches {
				t.Errorf("got %q, %d matches, gave up %v; want %q, %d, %v", got.vals, got.matches, got.gaveUp, c.want, c.matches, c.gaveUp)
			}
			if used := maxDocSplitSteps - steps; used <= 0 || used > maxRowSplitSteps {
				t.Errorf("used %d steps, want 1…%d", used, maxRowSplitSteps)
			}
		})
	}
}

func TestSplitBySumSpendsTheDocumentBudget(t *testing.T) {
	rel := relationFor(t, "t3", false)
	steps := 10
	if got := splitBySum([]string{strings.Repeat("1", 45)}, rel, &steps); !got.gaveUp || steps != 0 {
		t.Errorf("gave up %v with %d steps left, want true with 0", got.gaveUp, steps)
	}
	if got := splitBySum([]string{"640020470"}, rel, &steps); !got.gaveUp || got.vals != nil {
		t.Errorf("with no steps left: %+v, want to give up", got)
	}
}

// TestSplitBySumMatchesBruteForce compares the pruned search with trying every split.
func TestSplitBySumMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rels := []sumRelation{relationFor(t, "t3", false), relationFor(t, "t4", false), relationFor(t, "t4", true)}
	for range 1000 {
		rel := rels[rng.IntN(len(rels))]
		cells := 0
		for _, g := range rel.groups {
			cells += g.cells
		}
		// Mostly rows as a report would publish them, run together; some digits at random.
		var b strings.Builder
		if rng.IntN(4) == 0 {
			for range cells + rng.IntN(6) {
				b.WriteByte("0001123459"[rng.IntN(10)])
			}
		} else {
			for _, g := range rel.groups {
				var sum int
				for range g.cells - 1 {
					v := []int{0, 0, 0, 1, 2, 5, 12, 30, 64, 105}[rng.IntN(10)]
					sum += v
					b.WriteString(strconv.Itoa(v))
				}
				b.WriteString(strconv.Itoa(sum))
			}
		}
		tokens := []string{b.String()}
		if rng.IntN(3) == 0 {
			at := 1 + rng.IntN(b.Len()-1)
			tokens = []string{b.String()[:at], b.String()[at:]}
		}
		wantVals, wantMatches := bruteSplitBySum(tokens, rel)
		steps := maxDocSplitSteps
		got := splitBySum(tokens, rel, &steps)
		if got.gaveUp || got.matches != wantMatches || !reflect.DeepEqual(got.vals, wantVals) {
			t.Fatalf("%q: got %q, %d matches (gave up %v); want %q, %d", tokens, got.vals, got.matches, got.gaveUp, wantVals, wantMatches)
		}
		if kept := min(wantMatches, maxKeptSplits); wantMatches > maxKeptSplits && got.splits != nil || wantMatches <= maxKeptSplits && len(got.splits) != kept {
			t.Fatalf("%q: %d splits kept of %d", tokens, len(got.splits), wantMatches)
		}
	}
}

// bruteSplitBySum tries every split of tokens into the relation's cells, checking each group's
// sum when the group is complete.
func bruteSplitBySum(tokens []string, rel sumRelation) (only []string, matches int) {
	var sizes []int
	for _, g := range rel.groups {
		sizes = append(sizes, g.cells)
	}
	var walk func(t int, rest string, acc []string, g, inGroup int)
	walk = func(t int, rest string, acc []string, g, inGroup int) {
		if rest == "" && t+1 < len(tokens) {
			walk(t+1, tokens[t+1], acc, g, inGroup)
			return
		}
		if g == len(sizes) {
			if rest == "" {
				matches++
				only = append([]string(nil), acc...)
			}
			return
		}
		for l := 1; l <= min(len(rest), maxDigits); l++ {
			if l > 1 && rest[0] == '0' {
				break
			}
			next := append(acc, rest[:l])
			if inGroup+1 < sizes[g] {
				walk(t, rest[l:], next, g, inGroup+1)
			} else if sumHolds(next[len(next)-sizes[g]:]) {
				walk(t, rest[l:], next, g+1, 0)
			}
		}
	}
	walk(0, tokens[0], nil, 0, 0)
	if matches != 1 {
		only = nil
	}
	return only, matches
}

// sumHolds reports whether the last of vals is the sum of the others.
func sumHolds(vals []string) bool {
	var sum int64
	for _, v := range vals[:len(vals)-1] {
		x, _ := strconv.ParseInt(v, 10, 64)
		sum += x
	}
	total, _ := strconv.ParseInt(vals[len(vals)-1], 10, 64)
	return total == sum
}

// TestReadRunTogetherRows reads rows whose numbers run together in an otherwise ordinary report.
func TestReadRunTogetherRows(t *testing.T) {
	const (
		newRow     = "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t"
		carriedRow = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t"
		t4Row      = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"
		newLabel   = "一、本年新收政府信息公开申请数量"
	)
	cases := []struct {
		name  string
		pairs []string
		cells map[string]string
		notes []string
	}{
		{"unique by the sum", []string{newRow, newLabel + " 640020470"},
			map[string]string{"t3.new.natural": "64", "t3.new.commercial": "0", "t3.new.legal": "0", "t3.new.other": "4", "t3.new.total": "70"},
			[]string{"第39行：表三“一、本年新收政府信息公开申请数量”行的数字连在一起（“640020470”），已按“总计等于各列之和”唯一拆分为 64、0、0、2、0、4、70（由合计推断），请对照原文核对"}},
		{"several splits add up", []string{carriedRow, "二、上年结转政府信息公开申请数量 270020130"},
			map[string]string{"t3.carried.natural": "", "t3.carried.total": ""},
			[]string{"第40行：表三“二、上年结转政府信息公开申请数量”行的数字连在一起（“270020130”），有2种拆分都满足“总计等于各列之和”，无法确定如何分到7列，未读取"}},
		{"no split adds up", []string{carriedRow, "二、上年结转政府信息公开申请数量 12345678"},
			map[string]string{"t3.carried.natural": "", "t3.carried.total": ""},
			[]string{"第40行：表三“二、上年结转政府信息公开申请数量”行的数字连在一起（“12345678”），没有满足“总计等于各列之和”的拆分，无法确定如何分到7列，未读取"}},
		{"only a split with leading zeros would add up", []string{carriedRow, "二、上年结转政府信息公开申请数量 1003133112"},
			map[string]string{"t3.carried.natural": ""},
			[]string{"第40行：表三“二、上年结转政府信息公开申请数量”行的数字连在一起（“1003133112”），没有满足“总计等于各列之和”的拆分，无法确定如何分到7列，未读取"}},
		{"one reading needs no sum", []string{carriedRow, "二、上年结转政府信息公开申请数量 500000 5"},
			map[string]string{"t3.carried.natural": "5", "t3.carried.total": "5"}, nil},
		{"table 2 has no sum", []string{"行政规范性文件\t0\t0\t0", "行政规范性文件 693665"},
			map[string]string{"t2.normative.issued": "", "t2.normative.in_force": ""},
			[]string{"第22行：表二“行政规范性文件”行的数字连在一起（“693665”），无法确定如何分到3列，未读取"}},
		{"table 4 group by group", []string{t4Row, "10203120001200000"},
			map[string]string{"t4.review.upheld": "1", "t4.review.other": "2", "t4.review.total": "3",
				"t4.direct.upheld": "12", "t4.direct.total": "12", "t4.after_review.total": "0"},
			[]string{"第70行：表四的数字连在一起（“10203120001200000”），已按每组“总计等于各列之和”唯一拆分为 行政复议 1、0、2、0、3；未经复议直接起诉 12、0、0、0、12；复议后起诉 0、0、0、0、0（由合计推断），请对照原文核对"}},
		{"table 4 row named by its label", []string{t4Row, "复议后起诉 3020133"},
			map[string]string{"t4.after_review.upheld": "30", "t4.after_review.total": "33", "t4.review.upheld": ""},
			[]string{"第70行：表四“复议后起诉”行的数字连在一起（“3020133”），已按“总计等于各列之和”唯一拆分为 30、2、0、1、33（由合计推断），请对照原文核对"}},
		{"pathological run", []string{newRow, newLabel + " " + strings.Repeat("1", 45)},
			map[string]string{"t3.new.natural": ""},
			[]string{"第39行：表三“一、本年新收政府信息公开申请数量”行的数字连在一起（“" + strings.Repeat("1", 40) + "…”），可能的拆分太多，未能逐一核对合计，无法确定如何分到7列，未读取"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := read(t, seedWith(t, c.pairs...))
			expectCells(t, r, c.cells)
			expectNotes(t, r, c.notes...)
		})
	}
}

// TestReadRunTogetherBudget: a text full of hopeless runs spends the document's budget, and
// what comes after is refused rather than searched.
func TestReadRunTogetherBudget(t *testing.T) {
	hopeless := "一、本年新收政府信息公开申请数量 " + strings.Repeat("1", 45) + "\n"
	rows := maxDocSplitSteps / maxRowSplitSteps
	r := read(t, seedWith(t, "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t\n",
		strings.Repeat(hopeless, rows)+"一、本年新收政府信息公开申请数量 640020470\n"))
	last := r.Source.ImportNotes[len(r.Source.ImportNotes)-1]
	if len(r.Source.ImportNotes) != rows+1 || !strings.Contains(last, "“640020470”），可能的拆分太多") {
		t.Errorf("%d notes, the last %q", len(r.Source.ImportNotes), last)
	}
	if got := r.Get("t3.new.natural"); got.String() != "" {
		t.Errorf("t3.new.natural = %q, want blank", got.String())
	}
}
