package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"nianbao/data/report"
)

// UnitState is where one unit's report for a year stands: not there, a draft, final or published.
type UnitState string

// Unit states, as `db units --json` writes them.
const (
	UnitMissing   UnitState = "missing"   // 未报
	UnitDraft     UnitState = "draft"     // 草稿
	UnitFinal     UnitState = "final"     // 定稿
	UnitPublished UnitState = "published" // 已发布
)

// Label is the state as the board shows it: 未报, 草稿, 定稿 or 已发布.
func (s UnitState) Label() string {
	switch s {
	case UnitMissing:
		return "未报"
	case UnitFinal:
		return "定稿"
	case UnitPublished:
		return "已发布"
	}
	return "草稿"
}

// BoardRow is one unit on a parent agency's board for a year.
type BoardRow struct {
	Unit             string
	State            UnitState
	Due              time.Time
	Late             bool // published after Due, or not published with Due passed (逾期)
	Days             int  // days late, or (negative) the days left
	Errors, Warnings int  // of the unit's report, 0 while missing; 已核实 findings not counted
	Published, URL   string
}

// Board lists parent's units (those it rolls up, see Units and SetUnits) with the state of their
// reports for year, by name (pinyin).
func (s *Store) Board(ctx context.Context, parent string, year int) ([]BoardRow, error) {
	units, err := s.Units(ctx, parent)
	if err != nil {
		return nil, err
	}
	list, err := s.List(ctx)
	if err != nil {
		return nil, err
	}
	env := s.env(true)
	var out []BoardRow
	for _, u := range units {
		i := slices.IndexFunc(list, func(x Summary) bool { return x.Agency == u && x.Year == year })
		if i < 0 {
			m := report.New(u, year).Meta // the level and 人民政府 as the name says, for the due date
			row := BoardRow{Unit: u, State: UnitMissing, Due: env.Deadline(m).Due}
			row.Late, row.Days = env.Lateness(m)
			out = append(out, row)
			continue
		}
		x := list[i]
		row := BoardRow{Unit: u, State: UnitDraft, Due: x.Due, Late: x.Late, Days: x.Days, Errors: x.Errors,
			Warnings: x.Warnings, Published: x.Published, URL: x.URL}
		switch {
		case x.Published != "":
			row.State = UnitPublished
		case x.Status == report.StatusFinal:
			row.State = UnitFinal
		}
		out = append(out, row)
	}
	return out, nil
}

// Missing returns the units of parent that have no report for year, by name.
func (s *Store) Missing(ctx context.Context, parent string, year int) ([]string, error) {
	rows, err := s.Board(ctx, parent, year)
	var out []string
	for _, r := range rows {
		if r.State == UnitMissing {
			out = append(out, r.Unit)
		}
	}
	return out, err
}

// SetUnits makes units exactly parent's units: those named become its units (an agency the store
// does not know yet is added, with no report), the others are its units no more.
func (s *Store) SetUnits(ctx context.Context, parent string, units []string) error {
	parent, err := report.CheckAgency(parent)
	if err != nil {
		return err
	}
	var names []string
	for _, u := range units {
		u, err := report.CheckAgency(u)
		if err != nil {
			return err
		}
		if u == parent {
			return fmt.Errorf("「%s」不能是自己的下级单位", parent)
		}
		if !slices.Contains(names, u) {
			names = append(names, u)
		}
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		for _, name := range append([]string{parent}, names...) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO agencies (name, level) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`,
				name, report.GuessLevel(name)); err != nil {
				return err
			}
		}
		args := []any{parent}
		for _, n := range names {
			args = append(args, n)
		}
		keep := "''"
		if len(names) > 0 {
			keep = strings.TrimSuffix(strings.Repeat("?, ", len(names)), ", ")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE agencies SET parent_id = NULL
			WHERE parent_id = (SELECT id FROM agencies WHERE name = ?) AND name NOT IN (`+keep+`)`, args...); err != nil {
			return err
		}
		return setUnits(ctx, tx, parent, names)
	})
}
