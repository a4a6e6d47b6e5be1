package store

import (
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
)

// A cell holding text that is no value is stored as written: reopening and restoring an older
// revision show it again, and it counts as an error in the list.
func TestInvalidCellKept(t *testing.T) {
	s, path := openTemp(t)
	r := reporttest.Seed(t)
	r.Set("t3.new.natural", report.InvalidText("5x"))
	r.Set("t3.new.commercial", report.Count(-3))
	if _, err := s.Save(ctx, r); err != nil {
		t.Fatal(err)
	}
	fixed := r.Clone()
	fixed.Set("t3.new.natural", report.Count(5))
	if _, err := s.Save(ctx, fixed); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	revs, err := s.Revisions(ctx, r.Meta.Agency, r.Meta.Year)
	if err != nil || len(revs) < 2 {
		t.Fatalf("revisions %v, %v", revs, err)
	}
	if _, err := s.RestoreRevision(ctx, revs[len(revs)-1].ID); err != nil {
		t.Fatal(err)
	}
	got, info, err := s.Load(ctx, r.Meta.Agency, r.Meta.Year)
	if err != nil {
		t.Fatal(err)
	}
	if v := got.Get("t3.new.natural"); v != report.InvalidText("5x") {
		t.Errorf("restored t3.new.natural = %+v", v)
	}
	if v := got.Get("t3.new.commercial"); v != report.Count(-3) {
		t.Errorf("t3.new.commercial = %+v", v)
	}
	list, err := s.List(ctx)
	if err != nil || len(list) != 1 {
		t.Fatalf("list %v, %v", list, err)
	}
	if info.Errors == 0 || list[0].Errors != info.Errors {
		t.Errorf("errors: info %d, list %d", info.Errors, list[0].Errors)
	}
}

// A database of the first schema keeps its cells when the cells table is rebuilt for invalid
// text, and its values of 4 decimals when they become values of 6.
func TestMigrateCellsKeepsValues(t *testing.T) {
	s, path := openTemp(t)
	r := reporttest.Seed(t)
	r.Set("t4.review.other", report.Value{State: report.NotApplicable})
	r.Set("t2.fees.amount", report.Num(1_234_500)) // 1.2345 万元
	r.Set("t3.new.natural", report.Count(7))
	if _, err := s.Save(ctx, r); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE cells_v1 (report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
			key TEXT NOT NULL, state INTEGER NOT NULL CHECK (state IN (1, 2)), value INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (report_id, key)) WITHOUT ROWID`,
		`INSERT INTO cells_v1 SELECT report_id, key, state, value / 100 FROM cells`, // 4 decimals then
		`DROP TABLE cells`, `ALTER TABLE cells_v1 RENAME TO cells`,
		`ALTER TABLE reports DROP COLUMN published`, `ALTER TABLE reports DROP COLUMN url`, `DROP TABLE settings`,
		`PRAGMA user_version = 1`,
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, _, err := s.Load(ctx, r.Meta.Agency, r.Meta.Year)
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Cells {
		if got.Cells[i] != r.Cells[i] {
			t.Fatalf("cell %d: %+v, want %+v", i, got.Cells[i], r.Cells[i])
		}
	}
}
