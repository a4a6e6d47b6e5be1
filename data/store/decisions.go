package store

import (
	"context"
	"database/sql"
	"errors"
)

// Decisions returns the reviewer's decisions on a report's findings, by finding ID (rules.Finding.ID).
func (s *Store) Decisions(ctx context.Context, agency string, year int) (map[string]Decision, error) {
	var out map[string]Decision
	err := s.read(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		out, err = decisionRows(ctx, tx, id)
		return err
	})
	return out, err
}

// SetDecision records 「已核实，无需修改」 with a note on the finding with the given ID. The ID names
// the rule and its subject, not the values, so the decision holds when other cells are edited; the
// finding no longer counts in the list.
func (s *Store) SetDecision(ctx context.Context, agency string, year int, findingID, note string) error {
	if findingID == "" {
		return errors.New("没有指明要标记的检查结果")
	}
	return s.changeDecision(ctx, agency, year, func(tx *sql.Tx, id, now int64) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO decisions (report_id, finding, note, decided) VALUES (?, ?, ?, ?)
			ON CONFLICT (report_id, finding) DO UPDATE SET note = excluded.note, decided = excluded.decided`,
			id, findingID, note, now)
		return err
	})
}

// ClearDecision withdraws the decision on a finding; it counts again.
func (s *Store) ClearDecision(ctx context.Context, agency string, year int, findingID string) error {
	return s.changeDecision(ctx, agency, year, func(tx *sql.Tx, id, _ int64) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM decisions WHERE report_id = ? AND finding = ?`, id, findingID)
		return err
	})
}

// changeDecision runs change on the report's row, marks the report changed (a restore then takes
// the newer decisions along) and refreshes its counts.
func (s *Store) changeDecision(ctx context.Context, agency string, year int, change func(tx *sql.Tx, id, now int64) error) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		now := millis(s.now())
		if err := change(tx, id, now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE reports SET updated = max(?, updated + 1) WHERE id = ?`, now, id); err != nil {
			return err
		}
		return s.recount(ctx, tx, agency, nil, year)
	})
}

func decisionRows(ctx context.Context, tx *sql.Tx, id int64) (map[string]Decision, error) {
	rows, err := tx.QueryContext(ctx, `SELECT finding, note, decided FROM decisions WHERE report_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Decision{}
	for rows.Next() {
		var finding string
		var d Decision
		var decided int64
		if err := rows.Scan(&finding, &d.Note, &decided); err != nil {
			return nil, err
		}
		d.Decided = fromMillis(decided)
		out[finding] = d
	}
	return out, rows.Err()
}
