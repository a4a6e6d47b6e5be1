package rules

import (
	"strings"
	"time"

	"nianbao/data/report"
)

// Profile is a region's rules on top of the national catalogue (the default profile is no
// profile): earlier internal due dates and tighter limits, each citing the notice it comes from.
type Profile struct {
	Name string    // whose rules: 「武威市」
	Due  []DueRule // internal due dates; only one earlier than the statutory date counts
}

// Source is the document a profile rule comes from.
type Source struct {
	Document string `json:"document"`        // 《关于做好……的通知》
	Number   string `json:"number"`          // 武政办发〔2025〕54号
	Date     string `json:"date"`            // its date, YYYY-MM-DD
	URL      string `json:"url,omitempty"`   // where it is published
	Quote    string `json:"quote,omitempty"` // the sentence the rule rests on
}

// String cites the source as a message does: 「武政办发〔2025〕54号，2025年12月19日」.
func (s Source) String() string {
	var parts []string
	for _, p := range []string{s.Document, s.Number} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if d, err := report.ParseDate(s.Date); err == nil {
		parts = append(parts, chineseDate(d))
	}
	return strings.Join(parts, "，")
}

// DueRule is an internal due date: a day of the year after the report year, for the reports it
// applies to (all, an 人民政府's or the departments', or agencies whose name contains a text).
type DueRule struct {
	Month, Day int
	Government *bool  // nil: both; true: 人民政府 reports; false: the others
	Agency     string // "": every agency; otherwise the name must contain it
	Source     Source
}

func (d DueRule) applies(m report.Meta) bool {
	if d.Government != nil && *d.Government != (m.Government && m.Level != report.LevelTownship) {
		return false
	}
	return d.Agency == "" || strings.Contains(m.Agency, d.Agency)
}

// on is the rule's date for a report of year.
func (d DueRule) on(year int) time.Time {
	return time.Date(year+1, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}
