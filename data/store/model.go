package store

import (
	"errors"
	"fmt"
	"time"

	"nianbao/data/report"
)

// Key identifies a report: one agency, one year.
type Key struct {
	Agency string
	Year   int
}

func (k Key) String() string { return fmt.Sprintf("“%s”%d年", k.Agency, k.Year) }

// Info is what the store knows about a stored report besides its content.
type Info struct {
	Status   report.Status
	Created  time.Time
	Updated  time.Time // last change of content, status or decisions
	Revision int64     // ID of the newest revision
	// Finding counts as of the last change, with the previous year's report for the
	// year-over-year rules; findings marked 已核实 are not counted.
	Errors, Warnings, Blanks int
}

// Summary is one line of the list of stored reports.
type Summary struct {
	Agency                   string
	Year                     int
	Status                   report.Status
	Errors, Warnings, Blanks int
	Updated                  time.Time
	Due                      time.Time // the due date (rules.Env.Deadline)
	Published, URL           string    // 发布日期 (YYYY-MM-DD, "" while unpublished) and where
	// Late: published after Due, or unpublished with Due passed. Days: how many days late, or
	// (negative) the days left while neither published nor late.
	Late bool
	Days int
}

// Revision is one saved version of a report.
type Revision struct {
	ID    int64
	Saved time.Time
	Note  string // why it was made when not by an edit: 导入, 恢复, 新建年度…
}

// Decision is a reviewer's 「已核实，无需修改」 on one finding.
type Decision struct {
	Note    string
	Decided time.Time
}

// YearValues are the values of a set of cells in one year's report, in the order of the keys asked
// for.
type YearValues struct {
	Year   int
	Values []report.Value
}

// ErrNotFound is matched (errors.Is) by the error for a report, agency or revision the store does
// not hold.
var ErrNotFound = errors.New("库中没有这份报告")

// ErrExists is matched by the error for creating a report that is already stored.
var ErrExists = errors.New("库中已有这份报告")

// lookupError is an ErrNotFound or ErrExists with a message naming what was looked up.
type lookupError struct {
	msg string
	err error
}

func (e *lookupError) Error() string { return e.msg }
func (e *lookupError) Unwrap() error { return e.err }

func notFound(agency string, year int) error {
	return &lookupError{fmt.Sprintf("库中没有%s的报告", Key{agency, year}), ErrNotFound}
}

func millis(t time.Time) int64 { return t.UnixMilli() }

func fromMillis(ms int64) time.Time { return time.UnixMilli(ms) }
