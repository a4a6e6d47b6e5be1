package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestRenameAgency(t *testing.T) {
	s := memory(t)
	// The same agency imported under two spellings, and a new name for it after 机构改革.
	mustSave(t, s, sample("平潭综合实验区", 2021, 5, 0, 2))
	mustSave(t, s, sample("平潭综合实验区管委会", 2022, 6, 3, 0))
	before := warnings(t, s, "平潭综合实验区管委会", 2022)

	// Merging joins the histories: 2022 now has a previous year whose 结转 (2) differs from its
	// 上年结转 (3), one YOY-CARRY per column.
	if err := s.RenameAgency(ctx, "平潭综合实验区", "平潭综合实验区管委会"); err != nil {
		t.Fatal(err)
	}
	if got := warnings(t, s, "平潭综合实验区管委会", 2022); got != before+7 {
		t.Errorf("2022 warnings after the merge: %d, want %d", got, before+7)
	}
	if _, _, err := s.Load(ctx, "平潭综合实验区", 2021); !errors.Is(err, ErrNotFound) {
		t.Errorf("the old name still has a report: %v", err)
	}
	r, _ := mustLoad(t, s, "平潭综合实验区管委会", 2021)
	if r.Meta.Agency != "平潭综合实验区管委会" {
		t.Errorf("2021 is under %q", r.Meta.Agency)
	}

	// A plain rename keeps everything, revisions included; restoring an old revision stays under
	// the new name.
	if err := s.RenameAgency(ctx, "平潭综合实验区管委会", "平潭综合实验区党工委管委会"); err != nil {
		t.Fatal(err)
	}
	revs, err := s.Revisions(ctx, "平潭综合实验区党工委管委会", 2022)
	if err != nil || len(revs) != 1 {
		t.Fatalf("revisions after rename: %v, %v", revs, err)
	}
	if _, err := s.RestoreRevision(ctx, revs[0].ID); err != nil {
		t.Fatal(err)
	}
	list, err := s.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range list {
		names = append(names, l.Agency)
	}
	if !reflect.DeepEqual(names, []string{"平潭综合实验区党工委管委会", "平潭综合实验区党工委管委会"}) {
		t.Errorf("list after rename and restore: %q", names)
	}
}

func TestRenameAgencyRefuses(t *testing.T) {
	s := memory(t)
	mustSave(t, s, sample("甲县民政局", 2023, 1, 0, 0))
	mustSave(t, s, sample("甲县民政局（旧）", 2023, 2, 0, 0))
	mustSave(t, s, sample("甲县民政局（旧）", 2022, 2, 0, 0))
	err := s.RenameAgency(ctx, "甲县民政局（旧）", "甲县民政局")
	if err == nil || !strings.Contains(err.Error(), "都有2023年的报告") {
		t.Errorf("merge with the same year: %v", err)
	}
	if _, _, err := s.Load(ctx, "甲县民政局（旧）", 2022); err != nil {
		t.Errorf("a refused merge moved reports: %v", err)
	}
	if err := s.RenameAgency(ctx, "乙县民政局", "丙县民政局"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown agency: %v", err)
	}
	if err := s.RenameAgency(ctx, "甲县民政局", "  "); err == nil {
		t.Error("an empty name was accepted")
	}
}

// A unit of a renamed or merged agency stays its unit.
func TestRenameAgencyKeepsUnits(t *testing.T) {
	s := memory(t)
	mustSave(t, s, sample("甲镇人民政府", 2024, 1, 0, 0))
	if _, _, _, err := s.RollUp(ctx, "某县人民政府", 2024, []string{"甲镇人民政府"}); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, sample("某县政府", 2023, 1, 0, 0))
	if err := s.RenameAgency(ctx, "某县人民政府", "某县政府"); err != nil {
		t.Fatal(err)
	}
	if units, err := s.Units(ctx, "某县政府"); err != nil || !reflect.DeepEqual(units, []string{"甲镇人民政府"}) {
		t.Errorf("units after merge: %q, %v", units, err)
	}
}
