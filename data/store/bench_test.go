package store

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// The benchmark fixture: 500 agencies × 20 years = 10,000 full reports with a revision each, built
// once per test binary run and removed by TestMain.
const (
	fixtureAgencies = 500
	fixtureYears    = 20
	firstYear       = 2006
)

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixturePath string
	fixtureErr  error
)

func fixtureAgency(i int) string { return fmt.Sprintf("第%03d县人民政府办公室", i) }

// fixture returns the path of the 10,000-report database.
func fixture(b *testing.B) string {
	b.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "nianbao-bench-")
		if fixtureErr != nil {
			return
		}
		fixturePath = filepath.Join(fixtureDir, "nianbao.db")
		fixtureErr = buildFixture(fixturePath)
	})
	if fixtureErr != nil {
		b.Fatal(fixtureErr)
	}
	return fixturePath
}

func cleanupFixture() {
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
}

// buildFixture bulk-loads through put (the write path of Save) in one transaction per agency,
// with the counts refreshed as a save does.
func buildFixture(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.db.Exec("PRAGMA synchronous = OFF"); err != nil { // a fixture need not survive a power cut
		return err
	}
	for a := range fixtureAgencies {
		agency := fixtureAgency(a)
		err := s.write(ctx, func(tx *sql.Tx) error {
			known := map[int]*report.Report{}
			var years []int
			for y := firstYear; y < firstYear+fixtureYears; y++ {
				r := sample(agency, y, int64(a+y), int64(y%5), int64((y+1)%5))
				if _, _, err := s.put(ctx, tx, r, putOptions{}); err != nil {
					return err
				}
				known[y], years = r, append(years, y)
			}
			return s.recount(ctx, tx, agency, known, years...)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func openFixture(b *testing.B) *Store {
	b.Helper()
	s, err := Open(fixture(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	// The check of the file runs in the background for a few seconds after opening a history this
	// large; the benchmarks measure what follows it.
	if err := s.Verify(ctx); err != nil {
		b.Fatal(err)
	}
	return s
}

// Target: ≤ 100 ms.
func BenchmarkOpen(b *testing.B) {
	path := fixture(b)
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// Target: ≤ 50 ms for the list of all 10,000 reports with their counts.
func BenchmarkList(b *testing.B) {
	s := openFixture(b)
	for b.Loop() {
		l, err := s.List(ctx)
		if err != nil || len(l) != fixtureAgencies*fixtureYears {
			b.Fatalf("%d reports, %v", len(l), err)
		}
	}
}

// Target: ≤ 5 ms for one agency's values across its 20 years, here of all 200 cells.
func BenchmarkSeries(b *testing.B) {
	s := openFixture(b)
	keys := make([]string, 0, schema.NumCells())
	for _, c := range schema.Cells() {
		keys = append(keys, c.Key)
	}
	i := 0
	for b.Loop() {
		ys, err := s.Series(ctx, fixtureAgency(i%fixtureAgencies), keys)
		if err != nil || len(ys) != fixtureYears {
			b.Fatalf("%d years, %v", len(ys), err)
		}
		i += 7
	}
}

// Target: ≤ 10 ms to save one edited report (a new revision, counts of it and the next year).
func BenchmarkSave(b *testing.B) {
	s := openFixture(b)
	agency, year := fixtureAgency(250), firstYear+10
	r, _, err := s.Load(ctx, agency, year)
	if err != nil {
		b.Fatal(err)
	}
	n := int64(0)
	for b.Loop() {
		n++
		r.Set("t3.new.natural", report.Count(n))
		if _, err := s.Save(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
}
