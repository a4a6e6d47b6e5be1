package store

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/rules"
)

func rulesOf(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func warnings(t *testing.T, s *Store, agency string, year int) int {
	t.Helper()
	_, info := mustLoad(t, s, agency, year)
	return info.Warnings
}

// The cached counts of a year follow its previous year: saving or deleting last year updates them.
func TestCountsFollowPreviousYear(t *testing.T) {
	s := memory(t)
	const agency = "某某县民政局"
	mustSave(t, s, sample(agency, 2023, 5, 2, 1)) // carries 2 in every column
	alone := warnings(t, s, agency, 2023)
	mustSave(t, s, sample(agency, 2022, 5, 0, 3)) // but 2022 carried 3 forward
	if got := warnings(t, s, agency, 2023); got != alone+7 {
		t.Errorf("2023 warnings with a contradicting 2022: %d, want %d (one YOY-CARRY per column)", got, alone+7)
	}
	_, fs, err := s.Check(ctx, agency, 2023)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.Join(rulesOf(fs), " "), "YOY-CARRY"); n != 7 {
		t.Errorf("Check found %d YOY-CARRY, want 7: %v", n, rulesOf(fs))
	}
	mustSave(t, s, sample(agency, 2022, 5, 0, 2)) // now consistent
	if got := warnings(t, s, agency, 2023); got != alone {
		t.Errorf("2023 warnings after 2022 fixed: %d, want %d", got, alone)
	}
	mustSave(t, s, sample(agency, 2022, 5, 0, 3))
	if err := s.Delete(ctx, agency, 2022); err != nil {
		t.Fatal(err)
	}
	if got := warnings(t, s, agency, 2023); got != alone {
		t.Errorf("2023 warnings after 2022 deleted: %d, want %d", got, alone)
	}
	if _, _, err := s.Load(ctx, agency, 2022); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted report still loads: %v", err)
	}
}

func TestDecisions(t *testing.T) {
	s := memory(t)
	const agency = "某某县民政局"
	r := sample(agency, 2023, 5, 0, 1)
	r.SetText("s6", "")
	mustSave(t, s, r)
	_, fs, _ := s.Check(ctx, agency, 2023)
	var fee rules.Finding
	for _, f := range fs {
		if f.Rule == "S6-FEE" {
			fee = f
		}
	}
	if fee.ID == "" {
		t.Fatalf("no S6-FEE finding with an ID: %v", rulesOf(fs))
	}
	before := warnings(t, s, agency, 2023)
	if err := s.SetDecision(ctx, agency, 2023, fee.ID, "第六部分另有附件说明"); err != nil {
		t.Fatal(err)
	}
	if got := warnings(t, s, agency, 2023); got != before-1 {
		t.Errorf("a decided warning still counts: %d → %d", before, got)
	}
	// An edit elsewhere keeps the decision.
	r.Set("t3.new.natural", report.Count(6))
	r.ComputeTotals()
	mustSave(t, s, r)
	ds, err := s.Decisions(ctx, agency, 2023)
	if err != nil || ds[fee.ID].Note != "第六部分另有附件说明" || ds[fee.ID].Decided.IsZero() {
		t.Errorf("decisions after an edit: %+v, %v", ds, err)
	}
	if got := warnings(t, s, agency, 2023); got != before-1 {
		t.Errorf("after an edit the decided warning counts again: %d", got)
	}
	if err := s.ClearDecision(ctx, agency, 2023, fee.ID); err != nil {
		t.Fatal(err)
	}
	if got := warnings(t, s, agency, 2023); got != before {
		t.Errorf("cleared decision: %d warnings, want %d", got, before)
	}
	if ds, _ := s.Decisions(ctx, agency, 2023); len(ds) != 0 {
		t.Errorf("cleared decision still there: %v", ds)
	}
}

func TestSeries(t *testing.T) {
	s := memory(t)
	const agency = "某某县民政局"
	for y := 2021; y <= 2023; y++ {
		r := sample(agency, y, int64(y-2000), 0, 0)
		if y == 2022 {
			r.Set("t2.fees.amount", report.Value{State: report.NotApplicable})
		}
		mustSave(t, s, r)
	}
	mustSave(t, s, sample("别的机关", 2022, 99, 0, 0))
	keys := []string{"t3.new.natural", "t2.fees.amount", "t3.new.total"}
	got, err := s.Series(ctx, agency, keys)
	if err != nil {
		t.Fatal(err)
	}
	want := []YearValues{
		{2021, []report.Value{report.Count(21), report.Num(1234500), report.Count(126)}},
		{2022, []report.Value{report.Count(22), {State: report.NotApplicable}, report.Count(132)}},
		{2023, []report.Value{report.Count(23), report.Num(1234500), report.Count(138)}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Series = %v\nwant %v", got, want)
	}
	// Many keys take the other query: every cell of a year, kept when asked for.
	many := append(slices.Repeat([]string{"t3.carried.natural"}, seekKeys), keys...)
	got, err = s.Series(ctx, agency, many)
	if err != nil {
		t.Fatal(err)
	}
	for i, yv := range got {
		if !reflect.DeepEqual(yv.Values[seekKeys:], want[i].Values) || yv.Values[0] != report.Count(0) || len(yv.Values) != len(many) {
			t.Errorf("Series with %d keys, %d: %v", len(many), yv.Year, yv.Values)
		}
	}
	if _, err := s.Series(ctx, agency, []string{"t9.x"}); err == nil {
		t.Error("unknown key accepted")
	}
	if _, err := s.Series(ctx, "无此机关", keys); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown agency: %v", err)
	}
}

func TestNewYear(t *testing.T) {
	s := memory(t)
	last := reporttest.Seed(t)
	last.Set("t3.carry_next.natural", report.Count(4))
	last.Set("t3.carry_next.legal", report.Count(1))
	last.Set("t3.carry_next.total", report.Count(5))
	last.Meta.Region, last.Meta.Opening = "洛阳市孟津区", "根据《条例》编制本报告。"
	last.Meta.AutoTotals = false
	mustSave(t, s, last)
	next, info, err := s.NewYear(ctx, last.Meta.Agency, 2023)
	if err != nil {
		t.Fatal(err)
	}
	if next.Meta.Year != 2024 || next.Meta.Region != last.Meta.Region || next.Meta.Level != last.Meta.Level ||
		next.Meta.Opening != last.Meta.Opening || !next.Meta.AutoTotals || info.Status != report.StatusDraft {
		t.Errorf("new year meta %+v, info %+v", next.Meta, info)
	}
	for key, want := range map[string]report.Value{
		"t3.carried.natural": report.Count(4), "t3.carried.legal": report.Count(1), "t3.carried.commercial": report.Count(0),
		"t3.carried.total": report.Count(5), "t3.new.natural": {}, "t3.carry_next.natural": {},
	} {
		if got := next.Get(key); got != want {
			t.Errorf("%s = %+v, want %+v", key, got, want)
		}
	}
	if !reflect.DeepEqual(next.Narrative, last.Narrative) {
		t.Error("narrative not copied as a draft")
	}
	stored, _ := mustLoad(t, s, last.Meta.Agency, 2024)
	if !reflect.DeepEqual(stored, next) {
		t.Error("the new year is not stored as returned")
	}
	_, fs, _ := s.Check(ctx, last.Meta.Agency, 2024)
	if !slices.Contains(rulesOf(fs), "TXT-SIMILAR") || slices.Contains(rulesOf(fs), "YOY-CARRY") {
		t.Errorf("new year findings: %v", rulesOf(fs))
	}
	if _, _, err := s.NewYear(ctx, last.Meta.Agency, 2023); !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), "2024") {
		t.Errorf("second NewYear: %v", err)
	}
	if _, _, err := s.NewYear(ctx, last.Meta.Agency, 2019); !errors.Is(err, ErrNotFound) {
		t.Errorf("NewYear without last year: %v", err)
	}
}

// Import says what it did: a new report is added, different content replaces the stored one
// (which stays as a revision), the same content changes nothing.
func TestImportOutcome(t *testing.T) {
	s := memory(t)
	const agency = "某某县民政局"
	steps := []struct {
		r         *report.Report
		want      Outcome
		revisions int
	}{
		{sample(agency, 2023, 5, 0, 1), Added, 1},
		{sample(agency, 2023, 5, 0, 1), Unchanged, 1},
		{sample(agency, 2023, 6, 0, 1), Replaced, 2},
	}
	for i, st := range steps {
		info, got, err := s.Import(ctx, st.r)
		if err != nil {
			t.Fatal(err)
		}
		if got != st.want {
			t.Errorf("import %d: outcome %d, want %d", i+1, got, st.want)
		}
		revs, err := s.Revisions(ctx, agency, 2023)
		if err != nil {
			t.Fatal(err)
		}
		if len(revs) != st.revisions || info.Revision != revs[0].ID {
			t.Errorf("import %d: %d revisions (newest %d, info %d), want %d", i+1, len(revs), revs[0].ID, info.Revision, st.revisions)
		}
	}
}
