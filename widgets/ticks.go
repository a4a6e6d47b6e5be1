package widgets

import (
	"math"
	"strconv"
)

// niceTicks returns evenly spaced, round values (steps of 1, 2 or 5 × 10ⁿ) that cover lo…hi with
// about want intervals, and the number of decimals their labels need; with integer the step is at
// least 1 (counts have no fractions). The axis always includes 0, since the chart shows amounts
// that start from nothing, and an empty range (all values 0) is widened so that the line has
// somewhere to sit.
func niceTicks(lo, hi float64, want int, integer bool) (ticks []float64, decimals int) {
	lo, hi = min(lo, 0), max(hi, 0)
	if hi == lo {
		hi = lo + 1
	}
	want = max(want, 1)
	raw := (hi - lo) / float64(want)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	if integer {
		step = max(step, 1)
	}
	decimals = max(0, int(-math.Floor(math.Log10(step)+1e-9)))
	scale := math.Pow(10, float64(decimals)) // rounds away float noise such as 3×0.2 = 0.6000000000000001
	for k := math.Floor(lo / step); k <= math.Ceil(hi/step); k++ {
		ticks = append(ticks, math.Round(k*step*scale)/scale)
	}
	return ticks, decimals
}

// formatTick writes v with the given number of decimals, and never as "-0".
func formatTick(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if f, _ := strconv.ParseFloat(s, 64); f == 0 {
		return strconv.FormatFloat(0, 'f', decimals, 64)
	}
	return s
}
