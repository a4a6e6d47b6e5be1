package compare

import (
	"os"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/schema"
)

func text(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// pair returns the seed as year 2023 and a copy as 2022, both with zero tables.
func pair(t testing.TB) (a, b *report.Report) {
	b = reporttest.Seed(t)
	a = b.Clone()
	a.Meta.Year = 2022
	return a, b
}

func set(r *report.Report, key string, v report.Value) {
	if !r.Set(key, v) {
		panic("unknown key " + key)
	}
}

func TestRows(t *testing.T) {
	a, b := pair(t)
	na := report.Value{State: report.NotApplicable}
	cases := []struct {
		key       string
		base, now report.Value
		delta     *int64
		pct       *float64
		dir       Direction
		big       bool
	}{
		{"t3.new.total", report.Count(74), report.Count(81), ptr(int64(7)), ptr(9.46), Up, false},
		{"t3.carried.total", report.Count(0), report.Count(5), ptr(int64(5)), nil, Up, false},
		{"t3.granted.total", report.Count(0), report.Count(12), ptr(int64(12)), nil, Up, true},
		{"t3.partial.total", report.Value{}, report.Count(3), nil, nil, Uncomparable, false},
		{"t3.denied.secret.total", na, report.Count(3), nil, nil, Uncomparable, false},
		{"t3.carry_next.total", report.Count(20), report.Count(5), ptr(int64(-15)), ptr(-75.0), Down, true},
		{"t4.review.total", report.Count(4), report.Count(8), ptr(int64(4)), ptr(100.0), Up, false},
		{"t4.direct.total", report.Count(30), report.Count(44), ptr(int64(14)), ptr(46.67), Up, false},
		{"t4.after_review.total", report.Count(3), report.Count(3), ptr(int64(0)), ptr(0.0), Same, false},
		{"t2.license.decisions", report.Count(3), report.Value{}, nil, nil, Uncomparable, false},
		{"t2.fees.amount", report.Num(1500000), report.Num(1250000), nil, ptr(-16.67), Down, false},
	}
	for _, c := range cases {
		set(a, c.key, c.base)
		set(b, c.key, c.now)
	}
	cmp := Compare(a, b)
	if len(cmp.Rows) != schema.NumCells() || cmp.Years != [2]int{2022, 2023} || !cmp.Adjacent {
		t.Fatalf("rows %d, years %v, adjacent %v", len(cmp.Rows), cmp.Years, cmp.Adjacent)
	}
	for _, c := range cases {
		r, ok := cmp.Row(c.key)
		if !ok {
			t.Fatalf("no row %s", c.key)
		}
		if c.delta != nil && (r.Delta == nil || *r.Delta != report.Int(*c.delta)) {
			t.Errorf("%s: delta %v, want %d", c.key, r.Delta, *c.delta)
		}
		if c.delta == nil && c.key != "t2.fees.amount" && r.Delta != nil {
			t.Errorf("%s: delta %v, want nil", c.key, *r.Delta)
		}
		if (c.pct == nil) != (r.Pct == nil) || c.pct != nil && *c.pct != *r.Pct {
			t.Errorf("%s: pct %v, want %v", c.key, deref(r.Pct), deref(c.pct))
		}
		if r.Direction != c.dir || r.BigSwing != c.big {
			t.Errorf("%s: direction %d big %v, want %d %v", c.key, r.Direction, r.BigSwing, c.dir, c.big)
		}
		if r.Values != [2]report.Value{c.base, c.now} {
			t.Errorf("%s: values %v", c.key, r.Values)
		}
	}
	fees, _ := cmp.Row("t2.fees.amount")
	if *fees.Delta != -250000 || !fees.Money || fees.Label != "表二 行政事业性收费 · 收费金额（万元）" {
		t.Errorf("fees row %+v", fees)
	}
}

func ptr[T any](v T) *T { return &v }

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestMainRows(t *testing.T) {
	a, b := pair(t)
	set(b, "t3.denied.secret.total", report.Count(2))
	set(b, "t3.denied.query.total", report.Count(3))
	for _, k := range []string{"t3.unable.not_held.total", "t3.unable.needs_creation.total", "t3.unable.unclear.total"} {
		set(a, k, report.Value{})
	}
	set(a, "t3.rejected.petition.total", report.Value{State: report.NotApplicable})
	cmp := Compare(a, b)
	var keys []string
	for _, r := range cmp.Main {
		keys = append(keys, r.Key)
	}
	want := "t3.new.total t3.carried.total t3.granted.total t3.partial.total t3.denied.total t3.unable.total " +
		"t3.rejected.total t3.other.total t3.result_total.total t3.carry_next.total"
	if strings.Join(keys, " ") != want {
		t.Fatalf("main rows %v", keys)
	}
	denied, _ := cmp.Row("t3.denied.total")
	if denied.Label != "（三）不予公开" || denied.Values[1] != report.Count(5) || denied.Values[0] != report.Count(0) {
		t.Errorf("denied %+v", denied)
	}
	unable, _ := cmp.Row("t3.unable.total")
	if unable.Values[0].State != report.Blank || unable.Delta != nil {
		t.Errorf("unable, all blank in the base year: %+v", unable)
	}
	rejected, _ := cmp.Row("t3.rejected.total")
	if rejected.Values[0] != report.Count(0) {
		t.Errorf("rejected, one not applicable among zeros: %+v", rejected.Values[0])
	}
	if newRow := cmp.Main[0]; newRow.Label != "一、本年新收政府信息公开申请数量" {
		t.Errorf("label %q", newRow.Label)
	}
}

func TestRatios(t *testing.T) {
	a, b := pair(t)
	// base year: 10 results, 6 granted, 1 partial, 2 unable, 1 rejected; review 4 with 1
	// corrected; litigation 2 direct (1 corrected) + 2 after review (1 corrected).
	for k, v := range map[string]int64{"t3.granted.total": 6, "t3.partial.total": 1, "t3.unable.not_held.total": 2,
		"t3.rejected.duplicate.total": 1, "t3.result_total.total": 10, "t4.review.corrected": 1, "t4.review.total": 4,
		"t4.direct.corrected": 1, "t4.direct.total": 2, "t4.after_review.corrected": 1, "t4.after_review.total": 2} {
		set(a, k, report.Count(v))
	}
	// later year: results 3, all granted; no review (0), litigation blank.
	set(b, "t3.granted.total", report.Count(3))
	set(b, "t3.result_total.total", report.Count(3))
	set(b, "t4.direct.total", report.Value{})
	set(b, "t4.after_review.total", report.Value{})
	set(b, "t4.direct.corrected", report.Value{})
	set(b, "t4.after_review.corrected", report.Value{})
	cmp := Compare(a, b)
	want := map[string][2]*float64{
		"disclosure":           {ptr(70.0), ptr(100.0)},
		"unable":               {ptr(20.0), ptr(0.0)},
		"rejected":             {ptr(10.0), ptr(0.0)},
		"review_corrected":     {ptr(25.0), nil},
		"litigation_corrected": {ptr(50.0), nil},
	}
	if len(cmp.Ratios) != len(want) {
		t.Fatalf("%d ratios", len(cmp.Ratios))
	}
	for _, r := range cmp.Ratios {
		w := want[r.Key]
		for y := range 2 {
			if (w[y] == nil) != (r.Values[y] == nil) || w[y] != nil && *w[y] != *r.Values[y] {
				t.Errorf("%s year %d: %v, want %v", r.Key, y, deref(r.Values[y]), deref(w[y]))
			}
		}
		if r.Label == "" || r.Formula == "" {
			t.Errorf("%s has no label or formula", r.Key)
		}
	}
}

func TestContinuity(t *testing.T) {
	a, b := pair(t)
	set(a, "t3.carry_next.natural", report.Count(3))
	set(b, "t3.carried.natural", report.Count(2))
	set(a, "t2.normative.in_force", report.Count(10))
	set(b, "t2.normative.issued", report.Count(2))
	set(b, "t2.normative.in_force", report.Count(11))
	cmp := Compare(a, b)
	if len(cmp.Continuity) != 2 {
		t.Fatalf("continuity %+v", cmp.Continuity)
	}
	for _, c := range cmp.Continuity {
		switch c.Finding.Rule {
		case "YOY-CARRY":
			if c.Fix != (CellRef{2023, "t3.carried.natural", "表三 二、上年结转政府信息公开申请数量 · 自然人"}) ||
				c.Against.Year != 2022 || c.Against.Key != "t3.carry_next.natural" ||
				*c.Finding.Expected != report.Int(3) || *c.Finding.Actual != report.Int(2) {
				t.Errorf("YOY-CARRY %+v", c)
			}
		case "YOY-IN-FORCE":
			if c.Fix.Key != "t2.normative.in_force" || c.Fix.Year != 2023 || c.Against.Year != 2022 ||
				*c.Finding.Expected != report.Int(12) || *c.Finding.Actual != report.Int(11) {
				t.Errorf("YOY-IN-FORCE %+v", c)
			}
		default:
			t.Errorf("unexpected %s", c.Finding.Rule)
		}
	}
	a.Meta.Year = 2021
	if cmp := Compare(a, b); cmp.Adjacent || len(cmp.Continuity) != 0 {
		t.Errorf("years apart: adjacent %v, continuity %+v", cmp.Adjacent, cmp.Continuity)
	}
}
