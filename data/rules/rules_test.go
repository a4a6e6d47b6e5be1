package rules

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/schema"
)

func ids(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func only(t *testing.T, fs []Finding, want ...string) {
	t.Helper()
	if got := ids(fs); !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
		for _, f := range fs {
			t.Logf("  %s %s", f.ID, f.Message)
		}
	}
}

func find(fs []Finding, id string) *Finding {
	for i := range fs {
		if fs[i].ID == id {
			return &fs[i]
		}
	}
	return nil
}

func TestSeedHasOnlyS6Fee(t *testing.T) {
	fs := Check(reporttest.Seed(t), nil)
	only(t, fs, "S6-FEE")
	if fs[0].Severity != Warning || fs[0].Section != "s6" {
		t.Errorf("S6-FEE = %+v", fs[0])
	}
	b, _ := json.Marshal(fs[0])
	if string(b) == "" || !json.Valid(b) {
		t.Fatal("finding does not encode")
	}
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	if cells, ok := m["cells"].([]any); !ok || len(cells) != 0 {
		t.Errorf("cells must encode as [] : %s", b)
	}
	if m["expected"] != nil || m["actual"] != nil {
		t.Errorf("expected/actual must be null: %s", b)
	}
}

func set(r *report.Report, kv map[string]int64) {
	for k, v := range kv {
		if !r.Set(k, report.Count(v)) {
			panic(k)
		}
	}
}

func TestArithmeticRules(t *testing.T) {
	cases := []struct {
		name     string
		edit     map[string]int64
		blank    []string
		want     []string
		id       string
		expected int64
		actual   int64
		fixKey   string
		fixValue int64
	}{
		{name: "one wrong total", edit: map[string]int64{"t3.new.natural": 7, "t3.new.total": 6, "t3.granted.natural": 7,
			"t3.granted.total": 7, "t3.result_total.natural": 7, "t3.result_total.total": 7},
			want: []string{"S6-FEE", "T3-ROW-SUM/t3.new", "T3-BALANCE/total"},
			id:   "T3-ROW-SUM/t3.new", expected: 7, actual: 6, fixKey: "t3.new.total", fixValue: 7},
		{name: "broken balance", edit: map[string]int64{"t3.new.natural": 7, "t3.new.total": 7, "t3.granted.natural": 6,
			"t3.granted.total": 6, "t3.result_total.natural": 6, "t3.result_total.total": 6},
			want: []string{"S6-FEE", "T3-BALANCE/natural", "T3-BALANCE/total"},
			id:   "T3-BALANCE/total", expected: 7, actual: 6, fixKey: "t3.carry_next.total", fixValue: 1},
		{name: "result total", edit: map[string]int64{"t3.denied.secret.legal": 2, "t3.denied.secret.total": 2, "t3.new.legal": 2, "t3.new.total": 2},
			want: []string{"S6-FEE", "T3-RESULT-SUM/legal", "T3-RESULT-SUM/total", "T3-BALANCE/legal", "T3-BALANCE/total"},
			id:   "T3-RESULT-SUM/legal", expected: 2, actual: 0, fixKey: "t3.result_total.legal", fixValue: 2},
		{name: "table 4 totals left at 0", edit: map[string]int64{"t4.review.upheld": 3, "t4.direct.pending": 1},
			want: []string{"T4-SUM/review", "T4-SUM/direct", "S6-FEE"},
			id:   "T4-SUM/review", expected: 3, actual: 0, fixKey: "t4.review.total", fixValue: 3},
		{name: "uncertain when blank", edit: map[string]int64{"t3.new.total": 9}, blank: []string{"t3.new.natural"},
			want: []string{"CELL-BLANK/t3", "T3-BALANCE/total", "S6-FEE"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := reporttest.Seed(t)
			set(r, c.edit)
			for _, k := range c.blank {
				r.Set(k, report.Value{})
			}
			fs := Check(r, nil)
			got := ids(fs)
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("findings = %v, want %v", got, want)
			}
			if c.id == "" {
				return
			}
			f := find(fs, c.id)
			if f.Severity != Error || *f.Expected != report.Int(c.expected) || *f.Actual != report.Int(c.actual) {
				t.Errorf("%s expected/actual = %v/%v (%s)", c.id, *f.Expected, *f.Actual, f.Message)
			}
			if len(f.Fixes) != 1 || f.Fixes[0].Set[c.fixKey] != report.Count(c.fixValue) {
				t.Errorf("%s fix = %+v", c.id, f.Fixes)
			}
			rel := relations[slices.IndexFunc(relations, func(r relation) bool { return r.id == c.id })]
			if len(f.Cells) != len(rel.left)+len(rel.right) {
				t.Errorf("cells = %v", f.Cells)
			}
			f.Fixes[0].Apply(r)
			if find(Check(r, nil), c.id) != nil {
				t.Errorf("fix did not mend %s", c.id)
			}
		})
	}
}

func TestBalanceMessage(t *testing.T) {
	r := reporttest.Seed(t)
	set(r, map[string]int64{"t3.new.natural": 7, "t3.new.total": 7, "t3.granted.natural": 6, "t3.granted.total": 6,
		"t3.result_total.natural": 6, "t3.result_total.total": 6})
	f := find(Check(r, nil), "T3-BALANCE/total")
	if want := "表三“总计”列：第一项+第二项=7，第三项（七）总计+第四项=6，相差1"; f.Message != want {
		t.Errorf("message = %q", f.Message)
	}
}

// A cell holding text that is no value is an error naming the cell and the text; the
// relations that read it are uncertain rather than computed from some other number.
func TestCellInvalid(t *testing.T) {
	r := reporttest.Seed(t)
	r.Set("t3.new.natural", report.InvalidText("5x"))
	fs := Check(r, nil)
	only(t, fs, "CELL-INVALID/t3.new.natural", "S6-FEE")
	f := find(fs, "CELL-INVALID/t3.new.natural")
	if f.Severity != Error || !strings.Contains(f.Message, "5x") || !strings.Contains(f.Message, "自然人") {
		t.Errorf("finding = %+v", f)
	}
	more := r.Clone()
	more.Set("t4.review.upheld", report.InvalidText("abc"))
	more.Set("t2.rules.issued", report.Count(-1))
	var ids []string
	for _, f := range InvalidCells(more) {
		ids = append(ids, f.ID)
	}
	if want := []string{"CELL-INVALID/t3.new.natural", "CELL-INVALID/t4.review.upheld"}; !slices.Equal(ids, want) {
		t.Errorf("InvalidCells = %q, want %q", ids, want)
	}
	c := NewChecker(r, nil)
	r.Set("t3.new.natural", report.Count(0))
	c.CellChanged(schema.MustIndex("t3.new.natural"))
	only(t, c.Findings(), "S6-FEE")
}

func TestCellRules(t *testing.T) {
	r := reporttest.Seed(t)
	r.Set("t2.license.decisions", report.Count(-2))
	r.Set("t2.penalty.decisions", report.Num(2500000))
	r.Set("t2.fees.amount", report.Num(2500000))
	r.Set("t4.review.other", report.Value{State: report.NotApplicable})
	r.Set("t2.rules.issued", report.Value{})
	fs := Check(r, nil)
	only(t, fs, "CELL-BLANK/t2", "CELL-NEGATIVE/t2.license.decisions", "CELL-NOT-INTEGER/t2.penalty.decisions", "S6-FEE")
	if b := find(fs, "CELL-BLANK/t2"); len(b.Cells) != 1 || b.Cells[0] != "t2.rules.issued" || b.Fixes[0].Set["t2.rules.issued"] != report.Count(0) {
		t.Errorf("blank = %+v", b)
	}
	if fix := FillBlanks(r, "t2"); len(fix.Set) != 1 {
		t.Errorf("FillBlanks = %+v", fix)
	}
	if n := BlankCells(r); n != 1 {
		t.Errorf("BlankCells = %d", n)
	}
}

func TestDocumentRules(t *testing.T) {
	cases := []struct {
		name string
		edit func(r *report.Report)
		want []string
	}{
		{"fee stated", func(r *report.Report) { r.SetText("s6", "本年度未收取信息处理费。") }, nil},
		{"s1 missing", func(r *report.Report) { r.SetText("s1.platform", " 无 ") }, []string{"S1-MISSING/s1.platform", "S6-FEE"}},
		{"s5 short", func(r *report.Report) { r.SetText("s5", "人员不足，将加强培训。") }, []string{"S5-EMPTY", "S6-FEE"}},
		{"fee notice", func(r *report.Report) {
			set(r, map[string]int64{"t3.other.no_fee.natural": 1, "t3.other.no_fee.total": 1, "t3.result_total.natural": 1,
				"t3.result_total.total": 1, "t3.new.natural": 1, "t3.new.total": 1})
		}, []string{"T3-FEE-NOTICE", "S6-FEE"}},
		{"corrected", func(r *report.Report) {
			set(r, map[string]int64{"t4.review.corrected": 1, "t4.review.total": 1})
		}, []string{"T4-CORRECTED", "S6-FEE"}},
		{"fees in yuan", func(r *report.Report) { r.Set("t2.fees.amount", report.Count(250000)) }, []string{"T2-FEES-UNIT", "S6-FEE"}},
		{"source wrote yuan", func(r *report.Report) { r.Source.FeeInYuan = true }, []string{"T2-FEES-UNIT", "S6-FEE"}},
		{"township rules", func(r *report.Report) { set(r, map[string]int64{"t2.rules.issued": 1, "t2.rules.in_force": 1}) }, []string{"T2-RULES-POWER", "S6-FEE"}},
		{"city rules ok", func(r *report.Report) {
			r.Meta.Level = report.LevelCity
			set(r, map[string]int64{"t2.rules.issued": 1, "t2.rules.in_force": 1})
		}, []string{"S6-FEE"}},
		{"old format", func(r *report.Report) { r.Source.OldFormat = []string{"第二十条第（九）项"} }, []string{"FMT-OLD", "S6-FEE"}},
		{"year copied", func(r *report.Report) {
			r.SetText("s1.platform", "2022年，本街道共发布政务信息120条。")
		}, []string{"TXT-YEAR/s1.platform/2022", "S6-FEE"}},
		{"year compared is fine", func(r *report.Report) {
			r.SetText("s1.platform", "本年度共发布政务信息160条，较2022年增长30%。2022年以来持续加强平台建设。")
		}, []string{"S6-FEE"}},
		{"number disagrees", func(r *report.Report) {
			r.SetText("s1.request", "2023年，共收到政府信息公开申请5件，已全部办结。")
		}, []string{"TXT-NUMBER/s1.request/received", "S6-FEE"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := reporttest.Seed(t)
			c.edit(r)
			only(t, Check(r, nil), c.want...)
		})
	}
}

func TestTxtNumberReadings(t *testing.T) {
	r := reporttest.Seed(t)
	set(r, map[string]int64{"t3.new.natural": 5, "t3.new.total": 5, "t3.carried.natural": 2, "t3.carried.total": 2,
		"t3.granted.natural": 6, "t3.granted.total": 6, "t3.result_total.natural": 6, "t3.result_total.total": 6,
		"t3.carry_next.natural": 1, "t3.carry_next.total": 1, "t4.review.upheld": 1, "t4.review.total": 1})
	r.SetText("s6", "本年度未收取信息处理费。")
	for _, text := range []string{
		"本年度共收到政府信息公开申请7件（含上年结转2件），办结6件，结转下年度1件。",
		"本年度新收政府信息公开申请5件，上年结转2件，办结6件，结转下年度继续办理1件。",
		"因政府信息公开引起行政复议1件。",
		"本年受理行政许可申请1234件。",
		"共收到7件申请，办结6件，1件结转下年度继续办理。",
	} {
		r.SetText("s1.request", text)
		only(t, Check(r, nil))
	}
	r.SetText("s1.request", "本年度新收政府信息公开申请5件，办结4件。")
	fs := Check(r, nil)
	only(t, fs, "TXT-NUMBER/s1.request/completed")
	if f := fs[0]; *f.Expected != report.Int(6) || *f.Actual != report.Int(4) {
		t.Errorf("expected/actual = %v/%v", *f.Expected, *f.Actual)
	}
}

func TestNumberBeforeNoun(t *testing.T) {
	r := reporttest.Seed(t)
	r.SetText("s6", "本年度未收取信息处理费。")
	r.SetText("s1.request", "共收到75件申请，1件结转下年度继续办理。")
	only(t, Check(r, nil), "TXT-NUMBER/s1.request/received", "TXT-NUMBER/s1.request/carry_next")
}

func TestUncertainAndFixJSON(t *testing.T) {
	r := reporttest.Seed(t)
	if u := Uncertain(r); len(u) != 0 {
		t.Errorf("Uncertain on a full report = %v", u)
	}
	r.Set("t4.review.pending", report.Value{})
	if u := Uncertain(r); !reflect.DeepEqual(u, []string{"T4-SUM/review"}) {
		t.Errorf("Uncertain = %v", u)
	}
	b, _ := json.Marshal(Fix{Label: "x", Set: map[string]report.Value{"t3.new.total": report.Count(6)}})
	if string(b) != `{"label":"x","set":{"t3.new.total":6}}` {
		t.Errorf("fix JSON = %s", b)
	}
}

func TestYearOverYear(t *testing.T) {
	prev := reporttest.Seed(t)
	prev.Meta.Year = 2022
	set(prev, map[string]int64{"t3.carry_next.natural": 3, "t3.carry_next.total": 3, "t2.normative.in_force": 10})
	cur := reporttest.Seed(t)
	cur.SetText("s6", "本年度未收取信息处理费。")
	set(cur, map[string]int64{"t3.carried.natural": 3, "t3.carried.total": 3, "t3.carry_next.natural": 3,
		"t3.carry_next.total": 3, "t2.normative.issued": 2, "t2.normative.in_force": 12})
	fs := Check(cur, prev)
	only(t, fs, "TXT-SIMILAR/s1", "TXT-SIMILAR/s5")
	cur.Set("t3.carried.natural", report.Count(2))
	cur.Set("t3.carry_next.natural", report.Count(2))
	cur.Set("t2.normative.in_force", report.Count(11))
	fs = Check(cur, prev)
	if f := find(fs, "YOY-CARRY/natural"); f == nil || *f.Expected != report.Int(3) || *f.Actual != report.Int(2) || f.Fixes[0].Set["t3.carried.natural"] != report.Count(3) {
		t.Errorf("YOY-CARRY = %+v", f)
	}
	if f := find(fs, "YOY-IN-FORCE/normative"); f == nil || *f.Expected != report.Int(12) || f.Severity != Info {
		t.Errorf("YOY-IN-FORCE = %+v", f)
	}
	if find(fs, "YOY-CARRY/total") != nil || find(fs, "T3-ROW-SUM/t3.carried") == nil {
		t.Errorf("findings = %v", ids(fs))
	}
	// Rewritten narrative is no longer similar.
	for _, k := range []string{"s1.active", "s1.request", "s1.management", "s1.platform", "s1.oversight"} {
		cur.SetText(k, "本年度围绕优化营商环境，集中清理涉企收费目录并逐条公开依据，群众办事指南全部实现一次告知。")
	}
	if find(Check(cur, prev), "TXT-SIMILAR/s1") != nil {
		t.Error("rewritten s1 still similar")
	}
}

func TestCheckerMatchesCheck(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	r := reporttest.Seed(t)
	prev := reporttest.Seed(t)
	c := NewChecker(r, prev)
	for step := range 2000 {
		i := rng.IntN(schema.NumCells())
		switch rng.IntN(5) {
		case 0:
			r.Cells[i] = report.Value{}
		case 1:
			r.Cells[i] = report.Value{State: report.NotApplicable}
		default:
			r.Cells[i] = report.Count(int64(rng.IntN(4)) - 1)
		}
		c.CellChanged(i)
		if step%50 == 0 {
			r.SetText("s1.request", []string{"", "共收到政府信息公开申请3件。", "本年度办结2件。"}[rng.IntN(3)])
			c.TextChanged("s1.request")
		}
		if got, want := ids(c.Findings()), ids(Check(r, prev)); !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: incremental %v\n full %v", step, got, want)
		}
	}
}

func TestRulesReading(t *testing.T) {
	got := RulesReading(schema.MustIndex("t3.carried.natural"))
	for _, want := range []string{"CELL-BLANK", "T3-ROW-SUM", "T3-BALANCE", "YOY-CARRY"} {
		if !slices.Contains(got, want) {
			t.Errorf("RulesReading = %v, missing %s", got, want)
		}
	}
}

func BenchmarkArithmetic(b *testing.B) {
	r := reporttest.Seed(b)
	out := make([]Finding, 0, 64)
	for b.Loop() {
		out = out[:0]
		for i := range relations {
			out, _ = relations[i].eval(r, out)
		}
	}
}

func BenchmarkCatalogueOnSeed(b *testing.B) {
	r := reporttest.Seed(b)
	for b.Loop() {
		Check(r, nil)
	}
}

func BenchmarkCellEdit(b *testing.B) {
	r := reporttest.Seed(b)
	c := NewChecker(r, nil)
	i := schema.MustIndex("t3.denied.law.research")
	for n := 0; b.Loop(); n++ {
		r.Cells[i] = report.Count(int64(n & 1))
		c.CellChanged(i)
	}
}
