package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
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
		id, err := agencyID(ctx, tx, agency)
		if err != nil {
			return err
		}
		if id == 0 {
			return &lookupError{fmt.Sprintf("库中没有机关“%s”", agency), ErrNotFound}
		}
		// SQLite hands each year's cells over as one text, since 4,000 rows through database/sql
		// cost more than the query. For many keys, reading all of a year's cells in order and
		// keeping those asked for here beats one index search per key.
		filter := ""
		if len(keys) <= seekKeys {
			filter = ` AND c.key IN (NULL` + strings.Repeat(", ?", len(keys)) + `)`
		} else {
			args = args[:0]
		}
		rows, err := tx.QueryContext(ctx, `SELECT r.year, coalesce(group_concat(c.key || ' ' || c.state || ' ' || c.value, char(10)), '')
			FROM reports r LEFT JOIN cells c ON c.report_id = r.id`+filter+`
			WHERE r.agency_id = ? GROUP BY r.year ORDER BY r.year`, append(args, id)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var year int
			var cells string
			if err := rows.Scan(&year, &cells); err != nil {
				return err
			}
			yv := YearValues{Year: year, Values: make([]report.Value, len(keys))}
			for line := range strings.Lines(cells) {
				key, v, err := parseCellText(strings.TrimSuffix(line, "\n"))
				if err != nil {
					return err
				}
				for _, i := range pos[key] {
					yv.Values[i] = v
				}
			}
			out = append(out, yv)
		}
		return rows.Err()
	})
	return out, err
}

// seekKeys is the number of keys up to which Series looks each one up by index.
const seekKeys = 20

// parseCellText reads "key state value" as Series' query writes a cell.
func parseCellText(s string) (string, report.Value, error) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return "", report.Value{}, fmt.Errorf("单元格数据损坏：%q", s)
	}
	state, err1 := strconv.ParseUint(f[1], 10, 8)
	n, err2 := strconv.ParseInt(f[2], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return "", report.Value{}, fmt.Errorf("单元格数据损坏：%q", s)
	}
	return f[0], report.Value{State: report.State(state), N: report.Fixed(n)}, nil
}
