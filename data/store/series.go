package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Series returns the values of the given cells in every stored year of one agency, oldest first,
// for the comparison view; it reads only those cells.
func (s *Store) Series(ctx context.Context, agency string, keys []string) ([]YearValues, error) {
	pos := make(map[string][]int, len(keys)) // a key asked for twice fills both places
	args := make([]any, 0, len(keys)+1)
	for i, k := range keys {
		if schema.Index(k) < 0 {
			return nil, fmt.Errorf("未知的单元格 %q", k)
		}
		pos[k] = append(pos[k], i)
		args = append(args, k)
	}
	var out []YearValues
	err := s.read(ctx, func(tx *sql.Tx) error {
		var agencyID int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM agencies WHERE name = ?`, agency).Scan(&agencyID)
		if errors.Is(err, sql.ErrNoRows) {
			return &lookupError{fmt.Sprintf("库中没有机关“%s”", agency), ErrNotFound}
		}
		if err != nil {
			return err
		}
		in := "NULL"
		if len(keys) > 0 {
			in = strings.TrimSuffix(strings.Repeat("?, ", len(keys)), ", ")
		}
		rows, err := tx.QueryContext(ctx, `SELECT r.year, c.key, c.state, c.value FROM reports r
			LEFT JOIN cells c ON c.report_id = r.id AND c.key IN (`+in+`)
			WHERE r.agency_id = ? ORDER BY r.year`, append(args, agencyID)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var year int
			var key sql.NullString
			var state, value sql.NullInt64
			if err := rows.Scan(&year, &key, &state, &value); err != nil {
				return err
			}
			if len(out) == 0 || out[len(out)-1].Year != year {
				out = append(out, YearValues{Year: year, Values: make([]report.Value, len(keys))})
			}
			for _, i := range pos[key.String] {
				out[len(out)-1].Values[i] = report.Value{State: report.State(state.Int64), N: report.Fixed(value.Int64)}
			}
		}
		return rows.Err()
	})
	return out, err
}
