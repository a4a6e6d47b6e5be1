package store

import (
	"context"
	"path/filepath"
	"testing"

	"nianbao/data/report"
	"nianbao/data/schema"
)

var ctx = context.Background()

// sample returns a full, consistent report of agency for year: every cell a number, table 3
// balanced, t3.carried.<col> = carriedIn and t3.carry_next.<col> = carryOut in every column, and
// n varying the figures.
func sample(agency string, year int, n, carriedIn, carryOut int64) *report.Report {
	r := report.New(agency, year)
	for i := range r.Cells {
		r.Cells[i] = report.Count(0)
	}
	t3, _ := schema.TableByKey("t3")
	for _, col := range t3.Blocks[0].Columns {
		if col.Total {
			continue
		}
		set := func(row string, v int64) { r.Set(schema.CellKey("t3", row, col.Key), report.Count(v)) }
		set("new", n)
		set("carried", carriedIn)
		set("carry_next", carryOut)
		set("granted", n+carriedIn-carryOut)
	}
	r.Set("t2.rules.in_force", report.Count(3))
	r.Set("t2.fees.amount", report.Num(1234500))
	r.ComputeTotals()
	r.SetText("s1.active", "本年度主动公开政府信息情况良好。")
	r.SetText("s5", "存在的主要问题是公开内容不够全面，下一步将加强培训，完善制度，提高公开质量和时效。")
	r.SetText("s6", "本年度未收取信息处理费。")
	return r
}

// openTemp opens a new database file in a temporary directory.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "nianbao.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// memory opens an in-memory database.
func memory(t testing.TB) *Store {
	t.Helper()
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustSave(t testing.TB, s *Store, r *report.Report) Info {
	t.Helper()
	info, err := s.Save(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

func mustLoad(t testing.TB, s *Store, agency string, year int) (*report.Report, Info) {
	t.Helper()
	r, info, err := s.Load(ctx, agency, year)
	if err != nil {
		t.Fatal(err)
	}
	return r, info
}

// integrity runs SQLite's full check of the file.
func integrity(t testing.TB, s *Store) {
	t.Helper()
	var res string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatal(err)
	}
	if res != "ok" {
		t.Fatalf("integrity_check: %s", res)
	}
}
