package report

import (
	"slices"
	"testing"
)

func TestCompareAgenciesByPinyin(t *testing.T) {
	names := []string{"乙镇人民政府", "县教育局", "甲镇人民政府", "城关镇人民政府", "丙镇人民政府"}
	slices.SortFunc(names, CompareAgencies)
	want := []string{"丙镇人民政府", "城关镇人民政府", "甲镇人民政府", "县教育局", "乙镇人民政府"}
	if !slices.Equal(names, want) {
		t.Errorf("order %q, want %q", names, want)
	}
	if CompareAgencies("甲镇", "甲镇") != 0 {
		t.Error("a name differs from itself")
	}
}

func TestAgencyOrderLikeCompare(t *testing.T) {
	names := []string{"乙镇人民政府", "县教育局", "甲镇人民政府", "城关镇人民政府", "丙镇人民政府", "甲镇", "Abc"}
	for _, a := range names {
		for _, b := range names {
			o := NewAgencyOrder()
			if got, want := o.Compare(a, b), CompareAgencies(a, b); got != want {
				t.Errorf("%s vs %s: keys %d, collation %d", a, b, got, want)
			}
		}
	}
}
