package compare_test

import (
	"context"
	"testing"

	"nianbao/data/compare"
	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/store"
)

// BenchmarkCompareFromStore measures what the tab and `db compare` do: load two years of one
// agency from a database file and compare them (target ≤ 20 ms).
func BenchmarkCompareFromStore(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(b.TempDir() + "/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	cur := reporttest.SeedBlank(b)
	for i := range cur.Cells {
		cur.Cells[i] = report.Count(int64(i % 7))
	}
	agency := cur.Meta.Agency
	for year := 2019; year <= 2023; year++ {
		r := cur.Clone()
		r.Meta.Year = year
		if _, err := st.Save(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		prev, _, err := st.Load(ctx, agency, 2022)
		if err != nil {
			b.Fatal(err)
		}
		r, _, err := st.Load(ctx, agency, 2023)
		if err != nil {
			b.Fatal(err)
		}
		compare.Compare(prev, r)
	}
}
