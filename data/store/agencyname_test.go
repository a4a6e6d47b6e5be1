package store

import (
	"strings"
	"testing"
)

// TestAgencyNamesChecked: names that could never be shown, typed again or used in a file name
// are refused by saving and by renaming; a name with spaces around it is stored trimmed.
func TestAgencyNamesChecked(t *testing.T) {
	s := memory(t)
	for _, bad := range []string{"../../x", "甲\x00局", "甲局\n乙局", "甲局\u202e局乙", strings.Repeat("局", 1_000_000)} {
		if _, err := s.Save(ctx, sample(bad, 2023, 1, 0, 0)); err == nil || !strings.Contains(err.Error(), "机关名称") {
			t.Errorf("saving under %.20q: %v, want a message about the name", bad, err)
		}
	}
	if list, _ := s.List(ctx); len(list) != 0 {
		t.Fatalf("refused names were stored: %v", list)
	}

	mustSave(t, s, sample("  甲县民政局\t", 2023, 1, 0, 0))
	mustLoad(t, s, "甲县民政局", 2023)
	for _, bad := range []string{"甲县/民政局", "甲县\r民政局", " "} {
		if err := s.RenameAgency(ctx, "甲县民政局", bad); err == nil || !strings.Contains(err.Error(), "新的机关名称") {
			t.Errorf("renaming to %q: %v, want a message about the new name", bad, err)
		}
	}
	mustLoad(t, s, "甲县民政局", 2023)
}
