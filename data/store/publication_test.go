package store

import (
	"testing"
	"time"

	"nianbao/data/rules"
)

// A report's 发布日期 and URL are stored, read back, and decide whether the list says it is late.
func TestPublicationAndLateness(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	today := time.Date(2026, 2, 10, 9, 0, 0, 0, time.Local)
	s.now = func() time.Time { return today }
	dept := sample("孟津区教育局", 2025, 3, 0, 0)
	gov := sample("孟津区人民政府", 2025, 3, 0, 0)
	gov.Meta.Government = true
	if _, err := s.Save(ctx, dept); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, gov); err != nil {
		t.Fatal(err)
	}
	list, err := s.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byAgency := map[string]Summary{}
	for _, l := range list {
		byAgency[l.Agency] = l
	}
	d, g := byAgency["孟津区教育局"], byAgency["孟津区人民政府"]
	if d.Due.Format("2006-01-02") != "2026-01-31" || !d.Late || d.Days != 10 {
		t.Errorf("department: due %s late %v days %d, want 2026-01-31, late by 10", d.Due, d.Late, d.Days)
	}
	if g.Due.Format("2006-01-02") != "2026-03-31" || g.Late || g.Days != -49 {
		t.Errorf("government: due %s late %v days %d, want 2026-03-31, 49 days left", g.Due, g.Late, g.Days)
	}
	_, found, err := s.Check(ctx, "孟津区教育局", 2025)
	if err != nil {
		t.Fatal(err)
	}
	if !hasRule(found, "DUE-LATE") {
		t.Errorf("check of a late report has no DUE-LATE: %v", found)
	}
	_, w := countsOf(found)
	if w != d.Warnings {
		t.Errorf("list counts %d warnings, check %d", d.Warnings, w)
	}

	if _, err := s.SetPublication(ctx, "孟津区教育局", 2025, "2026年1月20日", " https://example.gov.cn/nb.html "); err != nil {
		t.Fatal(err)
	}
	r, _, err := s.Load(ctx, "孟津区教育局", 2025)
	if err != nil {
		t.Fatal(err)
	}
	if r.Meta.Published != "2026-01-20" || r.Meta.URL != "https://example.gov.cn/nb.html" {
		t.Errorf("stored %q %q", r.Meta.Published, r.Meta.URL)
	}
	list, _ = s.List(ctx)
	for _, l := range list {
		if l.Agency == "孟津区教育局" && (l.Late || l.Warnings != d.Warnings-1 || l.Published != "2026-01-20") {
			t.Errorf("published in time: late %v, warnings %d (was %d), published %q", l.Late, l.Warnings, d.Warnings, l.Published)
		}
	}
	// Published after the due date: late, counted in the cache, whatever the day.
	if _, err := s.SetPublication(ctx, "孟津区教育局", 2025, "2026-02-03", ""); err != nil {
		t.Fatal(err)
	}
	info := mustInfo(t, s, "孟津区教育局", 2025)
	if info.Warnings != d.Warnings {
		t.Errorf("published late: %d warnings cached, want %d", info.Warnings, d.Warnings)
	}
	if _, err := s.SetPublication(ctx, "孟津区教育局", 2025, "2026-02-30", ""); err == nil {
		t.Error("a day that does not exist was stored")
	}
	if _, err := s.SetPublication(ctx, "没有的单位", 2025, "2026-01-02", ""); err == nil {
		t.Error("publication of a report the store lacks was accepted")
	}
}

func hasRule(fs []rules.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func countsOf(fs []rules.Finding) (errs, warns int) {
	errs, warns, _ = rules.Counts(fs)
	return errs, warns
}

func mustInfo(t *testing.T, s *Store, agency string, year int) Info {
	t.Helper()
	_, info, err := s.Load(ctx, agency, year)
	if err != nil {
		t.Fatal(err)
	}
	return info
}
