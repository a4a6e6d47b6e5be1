package store

import (
	"testing"
	"time"

	"nianbao/data/report"
)

// The board lists every unit of a parent with the state of its report for a year; units can be
// set by hand, an agency with no report yet included.
func TestBoard(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.now = func() time.Time { return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC) }
	const parent = "孟津区人民政府"
	draft := sample("孟津区教育局", 2025, 3, 0, 0)
	final := sample("孟津区民政局", 2025, 3, 0, 0)
	published := sample("孟津区财政局", 2025, 3, 0, 0)
	published.Meta.Published = "2026-01-20"
	lastYear := sample("孟津区水利局", 2024, 3, 0, 0) // a unit with no report for 2025
	for _, r := range []*report.Report{draft, final, published, lastYear} {
		if _, err := s.Save(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetStatus(ctx, "孟津区民政局", 2025, report.StatusFinal); err != nil {
		t.Fatal(err)
	}
	if err := s.SetUnits(ctx, parent, []string{"孟津区教育局", "孟津区民政局", "孟津区财政局", "孟津区水利局", "孟津区新设局"}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Board(ctx, parent, 2025)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]UnitState{"孟津区教育局": UnitDraft, "孟津区民政局": UnitFinal, "孟津区财政局": UnitPublished,
		"孟津区水利局": UnitMissing, "孟津区新设局": UnitMissing}
	if len(rows) != len(want) {
		t.Fatalf("board: %+v", rows)
	}
	for _, r := range rows {
		if r.State != want[r.Unit] {
			t.Errorf("%s: %s, want %s", r.Unit, r.State, want[r.Unit])
		}
		if wantLate := r.State != UnitPublished; r.Late != wantLate || report.FormatDate(r.Due) != "2026-01-31" {
			t.Errorf("%s: late %v due %s", r.Unit, r.Late, r.Due)
		}
		if r.State == UnitMissing && (r.Errors != 0 || r.Warnings != 0 || r.Days != 10) {
			t.Errorf("%s missing: %+v", r.Unit, r)
		}
	}
	missing, err := s.Missing(ctx, parent, 2025)
	if err != nil || len(missing) != 2 {
		t.Errorf("missing: %v %v", missing, err)
	}
	// Setting the units again drops those not named.
	if err := s.SetUnits(ctx, parent, []string{"孟津区教育局"}); err != nil {
		t.Fatal(err)
	}
	if units, _ := s.Units(ctx, parent); len(units) != 1 || units[0] != "孟津区教育局" {
		t.Errorf("units after setting one: %v", units)
	}
	if err := s.SetUnits(ctx, parent, []string{parent}); err == nil {
		t.Error("an agency became its own unit")
	}
	if err := s.SetUnits(ctx, parent, nil); err != nil {
		t.Fatal(err)
	}
	if rows, _ := s.Board(ctx, parent, 2025); len(rows) != 0 {
		t.Errorf("board without units: %+v", rows)
	}
}
