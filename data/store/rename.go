package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"nianbao/data/report"
)

// RenameAgency gives an agency's reports of every year another name: after 机构改革, or to join
// years imported under two spellings (「平潭综合实验区」 and 「平潭综合实验区管委会」) so that the
// year-over-year rules and the comparison see one history. When the new name is already in the
// store the two histories are merged, which is refused if both hold a report for the same year.
// The units of the agency follow it. The reports' text is not changed.
func (s *Store) RenameAgency(ctx context.Context, from, to string) error {
	to, err := report.CheckAgency(to)
	if err != nil {
		return fmt.Errorf("新的%s", err)
	}
	if to == from {
		return nil
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		fromID, err := agencyID(ctx, tx, from)
		if err != nil {
			return err
		}
		if fromID == 0 {
			return &lookupError{fmt.Sprintf("库中没有机关“%s”", from), ErrNotFound}
		}
		toID, err := agencyID(ctx, tx, to)
		if err != nil {
			return err
		}
		if toID == 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE agencies SET name = ? WHERE id = ?`, to, fromID); err != nil {
				return err
			}
		} else if err := mergeAgency(ctx, tx, fromID, toID, from, to); err != nil {
			return err
		}
		years, err := agencyYears(ctx, tx, to)
		if err != nil {
			return err
		}
		return s.recount(ctx, tx, to, nil, years...)
	})
}

// mergeAgency moves the reports and units of agency fromID to toID, and its parent if toID has
// none, and removes fromID.
func mergeAgency(ctx context.Context, tx *sql.Tx, fromID, toID int64, from, to string) error {
	years, err := column[int](ctx, tx, `SELECT a.year FROM reports a JOIN reports b ON a.year = b.year
		WHERE a.agency_id = ? AND b.agency_id = ? ORDER BY a.year`, fromID, toID)
	if err != nil {
		return err
	}
	if len(years) > 0 {
		var clash []string
		for _, y := range years {
			clash = append(clash, strconv.Itoa(y)+"年")
		}
		return fmt.Errorf("「%s」和「%s」都有%s的报告，无法合并；请先删除其中一份", from, to, strings.Join(clash, "、"))
	}
	for _, q := range []string{
		`UPDATE reports SET agency_id = ?1 WHERE agency_id = ?2`,
		`UPDATE agencies SET parent_id = ?1 WHERE parent_id = ?2`,
		`UPDATE agencies SET parent_id = coalesce(parent_id, nullif((SELECT parent_id FROM agencies WHERE id = ?2), ?1))
			WHERE id = ?1`,
		`DELETE FROM agencies WHERE id = ?2`,
	} {
		if _, err := tx.ExecContext(ctx, q, toID, fromID); err != nil {
			return err
		}
	}
	return nil
}

// agencyID returns the ID of the agency named name, or 0 when the store has none.
func agencyID(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM agencies WHERE name = ?`, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// agencyYears lists the years the store holds a report of the agency for.
func agencyYears(ctx context.Context, tx *sql.Tx, name string) ([]int, error) {
	return column[int](ctx, tx, `SELECT r.year FROM reports r JOIN agencies a ON a.id = r.agency_id
		WHERE a.name = ? ORDER BY r.year`, name)
}
