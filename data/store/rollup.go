package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"nianbao/data/report"
	"nianbao/data/rollup"
)

// RollUp sums the tables of the children's reports for year into parent's report for that year
// (created if the store has none; otherwise its cells are replaced and its text kept, the old
// content staying as a revision), and remembers the children as parent's units for next time.
// It is one transaction. Every child must have a report for the year. The returned report
// carries the roll-up's notes in Source.ImportNotes.
func (s *Store) RollUp(ctx context.Context, parent string, year int, children []string) (*report.Report, Info, Outcome, error) {
	if len(children) == 0 {
		return nil, Info{}, 0, fmt.Errorf("没有选择要汇总的单位")
	}
	// By name, so that the sum and its notes do not depend on the order units were named in.
	children = slices.SortedFunc(slices.Values(children), report.CompareAgencies)
	var (
		r       *report.Report
		info    Info
		outcome Outcome
	)
	err := s.write(ctx, func(tx *sql.Tx) error {
		var parts []*report.Report
		for _, c := range children {
			if c == parent {
				return fmt.Errorf("「%s」不能汇总自己的报告", parent)
			}
			p, _, err := loadByKey(ctx, tx, c, year)
			if err != nil {
				return err
			}
			if p == nil {
				return notFound(c, year)
			}
			parts = append(parts, p)
		}
		var err error
		if r, _, err = loadByKey(ctx, tx, parent, year); err != nil {
			return err
		}
		if r == nil {
			r = report.New(parent, year)
		}
		rollup.Sum(parts).Into(r)
		if info, outcome, err = s.storeTx(ctx, tx, r, fmt.Sprintf("汇总自 %d 个单位", len(children))); err != nil {
			return err
		}
		return setUnits(ctx, tx, parent, children)
	})
	if err != nil {
		return nil, Info{}, 0, err
	}
	return r, info, outcome, nil
}

// setUnits makes children the units of parent; units of parent not among them stay.
func setUnits(ctx context.Context, tx *sql.Tx, parent string, children []string) error {
	for _, c := range children {
		if _, err := tx.ExecContext(ctx, `UPDATE agencies SET parent_id = (SELECT id FROM agencies WHERE name = ?)
			WHERE name = ?`, parent, c); err != nil {
			return err
		}
	}
	return nil
}

// Units returns the agencies last rolled up into parent, by name (pinyin).
func (s *Store) Units(ctx context.Context, parent string) ([]string, error) {
	var names []string
	err := s.read(ctx, func(tx *sql.Tx) (err error) {
		names, err = column[string](ctx, tx, `SELECT c.name FROM agencies c JOIN agencies p ON p.id = c.parent_id
			WHERE p.name = ?`, parent)
		return err
	})
	slices.SortFunc(names, report.CompareAgencies)
	return names, err
}
