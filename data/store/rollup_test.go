package store

import (
	"errors"
	"reflect"
	"testing"

	"nianbao/data/report"
)

func TestRollUp(t *testing.T) {
	s := memory(t)
	const county = "某县人民政府"
	mustSave(t, s, sample("甲镇人民政府", 2024, 5, 0, 1))
	mustSave(t, s, sample("乙镇人民政府", 2024, 7, 1, 0))
	mustSave(t, s, sample("甲镇人民政府", 2023, 9, 0, 0))

	// A first roll-up creates the county's report from the towns' tables.
	r, info, outcome, err := s.RollUp(ctx, county, 2024, []string{"甲镇人民政府", "乙镇人民政府"})
	if err != nil {
		t.Fatal(err)
	}
	if outcome != Added || r.Meta.Agency != county || r.Meta.Year != 2024 {
		t.Fatalf("outcome %d, report %s %d", outcome, r.Meta.Agency, r.Meta.Year)
	}
	got, _ := mustLoad(t, s, county, 2024)
	if v := got.Get("t3.new.natural"); v != report.Count(12) {
		t.Errorf("t3.new.natural = %s, want 5 + 7", v)
	}
	if info.Errors != 0 {
		t.Errorf("%d errors in the sum of consistent reports", info.Errors)
	}
	if len(got.Source.ImportNotes) == 0 {
		t.Error("the roll-up's notes are not kept with the report")
	}
	units, err := s.Units(ctx, county)
	if err != nil || !reflect.DeepEqual(units, []string{"甲镇人民政府", "乙镇人民政府"}) {
		t.Errorf("units = %q, %v", units, err)
	}

	// Rolling up again keeps the text the county wrote and replaces only the figures.
	got.SetText("s5", "本县存在的主要问题是……")
	mustSave(t, s, got)
	mustSave(t, s, sample("甲镇人民政府", 2024, 6, 0, 1))
	if _, _, outcome, err = s.RollUp(ctx, county, 2024, []string{"甲镇人民政府", "乙镇人民政府"}); err != nil || outcome != Replaced {
		t.Fatalf("second roll-up: %d, %v", outcome, err)
	}
	again, _ := mustLoad(t, s, county, 2024)
	if again.Get("t3.new.natural") != report.Count(13) || again.Text("s5") != "本县存在的主要问题是……" {
		t.Errorf("second roll-up: t3.new.natural = %s, s5 = %q", again.Get("t3.new.natural"), again.Text("s5"))
	}

	// A unit without a report for the year, or the county itself, is refused and nothing changes.
	if _, _, _, err := s.RollUp(ctx, county, 2023, []string{"甲镇人民政府", "乙镇人民政府"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing unit report: %v", err)
	}
	if _, _, _, err := s.RollUp(ctx, county, 2024, []string{county}); err == nil {
		t.Error("a report rolled up into itself")
	}
	if _, _, err := s.Load(ctx, county, 2023); !errors.Is(err, ErrNotFound) {
		t.Errorf("a refused roll-up left a report: %v", err)
	}
}
