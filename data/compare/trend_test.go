package compare

import (
	"testing"

	"nianbao/data/report"
)

func TestTrend(t *testing.T) {
	keys := FigureCells()
	s := NewSeries(keys)
	at := func(year int, vals map[string]report.Value) {
		row := make([]report.Value, len(keys))
		for i, k := range keys {
			row[i] = vals[k]
		}
		s.Add(year, row)
	}
	at(2023, map[string]report.Value{"t3.new.total": report.Count(81), "t4.direct.total": report.Count(2), "t4.after_review.total": report.Count(1)})
	at(2021, map[string]report.Value{"t3.new.total": report.Count(60), "t4.direct.total": report.Count(0)})
	at(2022, map[string]report.Value{"t4.direct.total": report.Value{State: report.NotApplicable}})
	if got := s.Years(); len(got) != 3 || got[0] != 2021 || got[2] != 2023 {
		t.Fatalf("years %v", got)
	}
	want := func(key string, vals ...report.Value) {
		t.Helper()
		got := Trend(s, key)
		if len(got) != len(vals) {
			t.Fatalf("%s: %v", key, got)
		}
		for i, v := range vals {
			if got[i].Value != v || got[i].Year != 2021+i {
				t.Errorf("%s %d: %+v, want %v", key, 2021+i, got[i], v)
			}
		}
	}
	want("t3.new.total", report.Count(60), report.Value{}, report.Count(81))
	want("t4.litigation.total", report.Count(0), report.Value{State: report.NotApplicable}, report.Count(3))
	if Trend(s, "t9.nothing") != nil {
		t.Error("unknown figure gave points")
	}
	if f, ok := FigureByKey("t3.denied.secret.natural"); !ok || f.Label != "表三 （三）不予公开1.属于国家秘密 · 自然人" {
		t.Errorf("cell figure %+v", f)
	}
	if len(Trend(s, "t3.denied.secret.natural")) != 3 {
		t.Error("a cell outside the series should give blank points for every year")
	}
}
