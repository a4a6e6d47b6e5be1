package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DateLayout is how dates are stored and exchanged (发布日期, due dates): 2025-01-20.
const DateLayout = "2006-01-02"

// datePattern is a date as clerks write it: 2025-01-20, 2025/1/20, 2025.1.20 or 2025年1月20日.
var datePattern = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)

// ParseDate reads a calendar date in any of the ways clerks write one and returns it at midnight
// UTC; a day that does not exist (2月30日) is refused with a message that quotes the text.
func ParseDate(s string) (time.Time, error) {
	t := strings.TrimSpace(toHalfWidth(s))
	m := datePattern.FindStringSubmatch(t)
	if m == nil {
		return time.Time{}, fmt.Errorf("“%s”不是日期，请写成 2025-01-20 或 2025年1月20日", s)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	date := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if date.Year() != y || int(date.Month()) != mo || date.Day() != d {
		return time.Time{}, fmt.Errorf("日期“%s”不存在", s)
	}
	return date, nil
}

// FormatDate writes a date as DateLayout does.
func FormatDate(t time.Time) string { return t.Format(DateLayout) }

// Day is the calendar day of t where the user is (the day a clock reading falls on), at midnight
// UTC, so that it compares with dates read by ParseDate.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// toHalfWidth turns full-width digits and separators into ASCII.
func toHalfWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '－':
			return '-'
		case r == '／':
			return '/'
		case r == '．':
			return '.'
		}
		return r
	}, s)
}
