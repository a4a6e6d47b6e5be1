package rules

import (
	"strings"
	"testing"
	"time"

	"nianbao/data/report"
)

func dueReport(agency string, government bool, level report.Level, published string) *report.Report {
	r := report.New(agency, 2025)
	r.Meta.Government, r.Meta.Level, r.Meta.Published = government, level, published
	return r
}

func dueFindings(env Env, r *report.Report) []Finding {
	var out []Finding
	for _, f := range env.Check(r, nil) {
		if f.Rule == "DUE-LATE" {
			out = append(out, f)
		}
	}
	return out
}

// 条例第四十九条: departments (and 乡镇/街道) by 31 January, an 人民政府 of a county or above by
// 31 March; a profile may set an earlier date, never a later one.
func TestDeadline(t *testing.T) {
	yes, no := true, false
	src := Source{Document: "《通知》", Number: "某政办发〔2025〕1号", Date: "2025-12-19"}
	profile := &Profile{Due: []DueRule{
		{Month: 1, Day: 20, Government: &no, Source: src},
		{Month: 4, Day: 30, Government: &yes, Source: src}, // later than the 条例: ignored
		{Month: 1, Day: 10, Agency: "教育局", Source: src},
	}}
	for _, c := range []struct {
		agency     string
		government bool
		level      report.Level
		env        Env
		want       string
		basis      string
	}{
		{"孟津区财政局", false, report.LevelCounty, Env{}, "2026-01-31", "第四十九条"},
		{"孟津区人民政府", true, report.LevelCounty, Env{}, "2026-03-31", "第四十九条"},
		{"西霞院街道办事处", false, report.LevelTownship, Env{}, "2026-01-31", "第四十九条"},
		{"横水镇人民政府", true, report.LevelTownship, Env{}, "2026-01-31", "第四十九条"},
		{"孟津区财政局", false, report.LevelCounty, Env{Profile: profile}, "2026-01-20", "某政办发〔2025〕1号，2025年12月19日"},
		{"孟津区人民政府", true, report.LevelCounty, Env{Profile: profile}, "2026-03-31", "第四十九条"},
		{"孟津区教育局", false, report.LevelCounty, Env{Profile: profile}, "2026-01-10", "某政办发"},
	} {
		d := c.env.Deadline(dueReport(c.agency, c.government, c.level, "").Meta)
		if got := report.FormatDate(d.Due); got != c.want || !strings.Contains(d.Basis, c.basis) {
			t.Errorf("%s: due %s (%s), want %s (%s)", c.agency, got, d.Basis, c.want, c.basis)
		}
	}
}

func TestDueLate(t *testing.T) {
	feb10 := time.Date(2026, 2, 10, 23, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		name      string
		published string
		env       Env
		want      string // "" for no finding
	}{
		{"undated, unpublished", "", Env{}, ""},
		{"undated, published in time", "2026-01-31", Env{}, ""},
		{"undated, published late", "2026-02-03", Env{}, "发布日期2026年2月3日晚了3天"},
		{"dated, unpublished, late", "", Env{Today: feb10}, "至今未登记发布日期，已逾期10天"},
		{"dated, unpublished, in time", "", Env{Today: time.Date(2026, 1, 31, 8, 0, 0, 0, time.UTC)}, ""},
		{"dated, published in time", "2026-01-15", Env{Today: feb10}, ""},
	} {
		fs := dueFindings(c.env, dueReport("孟津区财政局", false, report.LevelCounty, c.published))
		switch {
		case c.want == "" && len(fs) > 0:
			t.Errorf("%s: %v", c.name, fs)
		case c.want != "" && (len(fs) != 1 || !strings.Contains(fs[0].Message, c.want) || fs[0].Severity != Warning):
			t.Errorf("%s: %v, want one warning saying %q", c.name, fs, c.want)
		}
	}
	late, days := Env{Today: time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)}.Lateness(dueReport("孟津区财政局", false, report.LevelCounty, "").Meta)
	if late || days != -10 {
		t.Errorf("10 days before the due date: late %v, days %d", late, days)
	}
}

// The checker re-runs DUE-LATE when the 发布日期 (metadata) or the day changes.
func TestCheckerDueLate(t *testing.T) {
	r := dueReport("孟津区财政局", false, report.LevelCounty, "")
	c := Env{Today: time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)}.NewChecker(r, nil)
	count := func() int {
		n := 0
		for _, f := range c.Findings() {
			if f.Rule == "DUE-LATE" {
				n++
			}
		}
		return n
	}
	if count() != 0 {
		t.Fatal("late before the due date")
	}
	c.SetToday(time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC))
	if count() != 1 {
		t.Fatal("not late after the due date")
	}
	r.Meta.Published = "2026-01-29"
	c.TextChanged("meta")
	if count() != 0 {
		t.Fatal("late though published in time")
	}
}
