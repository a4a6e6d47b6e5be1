package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// NewYear creates the agency's report for year+1 from its report for year: the metadata, 二、上年结转
// filled column by column from 四、结转下年度继续办理, and last year's narrative as a draft to rewrite
// (TXT-SIMILAR then says how much is still copied). It is a draft with computed totals. An
// existing report for year+1 is never overwritten: the error matches ErrExists.
func (s *Store) NewYear(ctx context.Context, agency string, year int) (*report.Report, Info, error) {
	var next *report.Report
	var info Info
	err := s.write(ctx, func(tx *sql.Tx) error {
		last, _, err := loadByKey(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		if last == nil {
			return notFound(agency, year)
		}
		if _, err := reportID(ctx, tx, agency, year+1); err == nil {
			return &lookupError{fmt.Sprintf("库中已有%s的报告，不会覆盖", Key{agency, year + 1}), ErrExists}
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
		next = carryOver(last)
		info, _, err = s.storeTx(ctx, tx, next, fmt.Sprintf("由%d年报告生成", year))
		return err
	})
	return next, info, err
}

// carryOver builds next year's starting report from last.
func carryOver(last *report.Report) *report.Report {
	next := report.New(last.Meta.Agency, last.Meta.Year+1)
	m := last.Meta
	next.Meta.Level, next.Meta.Government, next.Meta.Region, next.Meta.Opening = m.Level, m.Government, m.Region, m.Opening
	for k, v := range last.Narrative {
		next.SetText(k, v)
	}
	t3, _ := schema.TableByKey("t3")
	for _, col := range t3.Blocks[0].Columns {
		next.Set(schema.CellKey("t3", "carried", col.Key), last.Get(schema.CellKey("t3", "carry_next", col.Key)))
	}
	next.ComputeTotals()
	return next
}

// Check loads a report and runs the rule catalogue on it, with the agency's previous year from the
// store for the year-over-year rules.
func (s *Store) Check(ctx context.Context, agency string, year int) (*report.Report, []rules.Finding, error) {
	var r, prev *report.Report
	err := s.read(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		if r, _, err = loadReport(ctx, tx, id); err != nil {
			return err
		}
		prev, _, err = loadByKey(ctx, tx, agency, year-1)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return r, s.env(true).Check(r, prev), nil
}
