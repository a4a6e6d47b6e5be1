package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"nianbao/data/report"
)

// Revisions lists the saved versions of a report, newest first.
func (s *Store) Revisions(ctx context.Context, agency string, year int) ([]Revision, error) {
	var out []Revision
	err := s.read(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, saved, note FROM revisions WHERE report_id = ?
			ORDER BY saved DESC, id DESC`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var rev Revision
			var saved int64
			if err := rows.Scan(&rev.ID, &saved, &rev.Note); err != nil {
				return err
			}
			rev.Saved = fromMillis(saved)
			out = append(out, rev)
		}
		return rows.Err()
	})
	return out, err
}

// LoadRevision returns the report as it was saved in a revision.
func (s *Store) LoadRevision(ctx context.Context, id int64) (*report.Report, error) {
	var r *report.Report
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		r, _, err = revisionReport(ctx, tx, id)
		return err
	})
	return r, err
}

// RestoreRevision makes a revision the current content of its report. The restore is itself a new
// revision, so the content it replaces stays in the history.
func (s *Store) RestoreRevision(ctx context.Context, id int64) (Info, error) {
	var info Info
	err := s.write(ctx, func(tx *sql.Tx) error {
		r, saved, err := revisionReport(ctx, tx, id)
		if err != nil {
			return err
		}
		info, _, err = s.storeTx(ctx, tx, r, "恢复为 "+saved.Format("2006-01-02 15:04:05")+" 保存的版本")
		return err
	})
	return info, err
}

// revisionReport decodes the report saved in a revision, under the agency name and year its
// report has now (the agency may have been renamed since).
func revisionReport(ctx context.Context, tx *sql.Tx, id int64) (*report.Report, time.Time, error) {
	var body, agency string
	var saved int64
	var year int
	err := tx.QueryRowContext(ctx, `SELECT v.body, v.saved, a.name, r.year FROM revisions v
		JOIN reports r ON r.id = v.report_id JOIN agencies a ON a.id = r.agency_id WHERE v.id = ?`, id).Scan(&body, &saved, &agency, &year)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, time.Time{}, &lookupError{fmt.Sprintf("库中没有编号为 %d 的修订记录", id), ErrNotFound}
	}
	if err != nil {
		return nil, time.Time{}, err
	}
	var r report.Report
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		return nil, time.Time{}, fmt.Errorf("修订记录 %d 无法读取：%w", id, err)
	}
	r.Meta.Agency, r.Meta.Year = agency, year
	return &r, fromMillis(saved), nil
}
