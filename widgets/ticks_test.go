package widgets

import (
	"reflect"
	"testing"
)

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi   float64
		integer  bool
		want     []float64
		decimals int
	}{
		{0, 877, true, []float64{0, 200, 400, 600, 800, 1000}, 0},
		{0, 3, true, []float64{0, 1, 2, 3}, 0},
		{0, 0, true, []float64{0, 1}, 0},
		{0, 0, false, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}, 1},
		{5, 5, true, []float64{0, 1, 2, 3, 4, 5}, 0},
		{-3, 7, true, []float64{-4, -2, 0, 2, 4, 6, 8}, 0},
		{0, 0.35, false, []float64{0, 0.1, 0.2, 0.3, 0.4}, 1},
	}
	for _, tt := range tests {
		got, dec := niceTicks(tt.lo, tt.hi, 5, tt.integer)
		if !reflect.DeepEqual(got, tt.want) || dec != tt.decimals {
			t.Errorf("niceTicks(%v, %v, integer %v) = %v, %d decimals; want %v, %d", tt.lo, tt.hi, tt.integer, got, dec, tt.want, tt.decimals)
		}
		if got[0] > min(tt.lo, 0) || got[len(got)-1] < tt.hi {
			t.Errorf("niceTicks(%v, %v): %v does not cover the data and 0", tt.lo, tt.hi, got)
		}
	}
	if s := formatTick(0.3, 1); s != "0.3" {
		t.Errorf("formatTick: %q", s)
	}
	if s := formatTick(-0.00001, 1); s != "0.0" {
		t.Errorf("formatTick of a tiny negative: %q", s)
	}
}
