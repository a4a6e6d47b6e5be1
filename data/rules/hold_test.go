package rules

import (
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
)

func TestHold(t *testing.T) {
	granted := []string{"t3.granted.natural", "t3.granted.commercial", "t3.granted.total"}
	tests := []struct {
		name string
		edit func(r *report.Report)
		want bool
	}{
		{"the seed's tables add up", func(*report.Report) {}, true},
		{"a row whose total no longer matches", func(r *report.Report) { r.Set("t3.granted.natural", report.Count(1)) }, false},
		{"row and total agree but the column total does not", func(r *report.Report) {
			r.Set("t3.granted.natural", report.Count(1))
			r.Set("t3.granted.total", report.Count(1))
		}, false},
		{"row, column and balance all agree", func(r *report.Report) {
			for _, k := range []string{"t3.granted.natural", "t3.granted.total", "t3.result_total.natural", "t3.result_total.total",
				"t3.new.natural", "t3.new.total"} {
				r.Set(k, report.Count(1))
			}
		}, true},
		{"a blank cell in a column makes it undecided", func(r *report.Report) { r.Set("t3.partial.natural", report.Value{}) }, false},
		{"a blank elsewhere does not matter", func(r *report.Report) { r.Set("t4.review.total", report.Value{}) }, true},
	}
	for _, tt := range tests {
		r := reporttest.Seed(t)
		tt.edit(r)
		if got := Hold(r, granted); got != tt.want {
			t.Errorf("%s: Hold = %v, want %v", tt.name, got, tt.want)
		}
	}
}
