package report

import (
	"fmt"

	"nianbao/data/schema"
)

// The years a report may have: the 条例 took effect in 2008, and reports of the trial format date
// from 2019; a year outside this range is a misread, never a report.
const (
	MinYear = 2000
	MaxYear = 2100
)

// Acceptable decides whether a report can be taken in: it is what the store saves, and what
// every reader of a file (check, convert and import alike) accepts, so that a file check passes is
// never refused by import. It trims the agency name in place (CheckAgency) and returns the first
// thing wrong: no or a malformed agency name, a year outside MinYear–MaxYear, cells that are not
// those of the format, an unknown narrative section, a malformed 发布日期.
func Acceptable(r *Report) error {
	name, err := CheckAgency(r.Meta.Agency)
	if err != nil {
		return err
	}
	r.Meta.Agency = name
	return AcceptableContent(r)
}

// AcceptableContent is Acceptable without the check of the agency name, for a restore of a
// backup made before names were checked.
func AcceptableContent(r *Report) error {
	if r.Meta.Year < MinYear || r.Meta.Year > MaxYear {
		return fmt.Errorf("报告年度 %d 不对（应在 %d 至 %d 之间）", r.Meta.Year, MinYear, MaxYear)
	}
	if len(r.Cells) != schema.NumCells() {
		return fmt.Errorf("报告的单元格数为 %d，应为 %d", len(r.Cells), schema.NumCells())
	}
	if r.Meta.Published != "" {
		if _, err := ParseDate(r.Meta.Published); err != nil {
			return fmt.Errorf("发布日期：%v", err)
		}
	}
	for k := range r.Narrative {
		if _, ok := schema.NarrativeByKey(k); !ok {
			return fmt.Errorf("未知的文字栏目 %q", k)
		}
	}
	return nil
}
