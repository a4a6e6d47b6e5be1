package rules

import (
	"fmt"
	"time"

	"nianbao/data/report"
)

// Env is what the rules read besides the reports: the profile in force and today's date. The zero
// Env is the national rules, undated: a report with a 发布日期 later than its due date is late,
// one without a 发布日期 is not judged (a published report read from a file rarely states its
// date), so that checking files gives the same answer on any day.
type Env struct {
	Profile *Profile  // nil: the national rules alone
	Today   time.Time // zero: undated; otherwise the day (report.Day) an unpublished report is judged on
}

// statuteDue cites the 条例 for the statutory due dates.
const statuteDue = "《中华人民共和国政府信息公开条例》第四十九条"

// Deadline is when a report is due and why.
type Deadline struct {
	Due   time.Time // the last day on which publishing is in time
	Basis string    // the document that sets it: the 条例, or a profile's notice
}

// StatutoryDue is the due date the 条例 sets (第四十九条): an 人民政府 of a county or above
// publishes its report by 31 March of the next year, its departments by 31 January. A 乡镇/街道
// reports to the county's 主管部门 with the departments, so it is due by 31 January as well.
func StatutoryDue(m report.Meta) time.Time {
	if m.Government && m.Level != report.LevelTownship {
		return time.Date(m.Year+1, time.March, 31, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(m.Year+1, time.January, 31, 0, 0, 0, 0, time.UTC)
}

// Deadline is the report's due date in env: the statutory one, or a profile's earlier one.
func (env Env) Deadline(m report.Meta) Deadline {
	d := Deadline{Due: StatutoryDue(m), Basis: statuteDue}
	if env.Profile != nil {
		for _, r := range env.Profile.Due {
			if !r.applies(m) {
				continue
			}
			if due := r.on(m.Year); due.Before(d.Due) {
				d = Deadline{Due: due, Basis: r.Source.String()}
			}
		}
	}
	return d
}

// Lateness says whether a report is late and by how many days: published after its due date, or
// (with a known today) not published with the due date passed. days is negative for the days still
// left (距截止) when the report is neither published nor late.
func (env Env) Lateness(m report.Meta) (late bool, days int) {
	due := env.Deadline(m).Due
	if p, err := report.ParseDate(m.Published); m.Published != "" && err == nil {
		days = daysBetween(due, p)
		return days > 0, days
	}
	if env.Today.IsZero() {
		return false, 0
	}
	days = daysBetween(due, report.Day(env.Today))
	return days > 0, days
}

func daysBetween(from, to time.Time) int { return int(to.Sub(from).Hours() / 24) }

// chineseDate writes a date as the documents do: 2026年1月31日.
func chineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

// dueLate is DUE-LATE: the report was not published by its due date.
func dueLate(r *report.Report, env *Env, out []Finding) []Finding {
	if r.Meta.Year == 0 {
		return out
	}
	late, days := env.Lateness(r.Meta)
	if !late {
		return out
	}
	d := env.Deadline(r.Meta)
	var msg string
	if published, err := report.ParseDate(r.Meta.Published); err == nil {
		msg = fmt.Sprintf("报告应在%s前公开（%s），发布日期%s晚了%d天", chineseDate(d.Due), d.Basis, chineseDate(published), days)
	} else {
		msg = fmt.Sprintf("报告应在%s前公开（%s），至今未登记发布日期，已逾期%d天；已经发布的，请在“基本信息”中填写发布日期和网址", chineseDate(d.Due), d.Basis, days)
	}
	return append(out, Finding{Rule: "DUE-LATE", Severity: Warning, Cells: []string{}, Section: "meta", ID: "DUE-LATE", Message: msg})
}
