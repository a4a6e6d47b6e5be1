package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"nianbao/data/report"
	"nianbao/data/schema"
)

// Load returns the stored report of agency for year and what the store knows about it. A report
// the store does not hold gives an error matching ErrNotFound.
func (s *Store) Load(ctx context.Context, agency string, year int) (*report.Report, Info, error) {
	var r *report.Report
	var info Info
	err := s.read(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		r, info, err = loadReport(ctx, tx, id)
		return err
	})
	return r, info, err
}

// Previous returns the agency's report of the year before year, or nil when the store has none.
func (s *Store) Previous(ctx context.Context, agency string, year int) (*report.Report, error) {
	r, _, err := s.Load(ctx, agency, year-1)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	return r, err
}

// List returns every stored report, by agency (pinyin) and year, with its cached finding counts;
// it loads no report.
func (s *Store) List(ctx context.Context) ([]Summary, error) {
	var out []Summary
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT a.name, r.year, r.status, r.errors, r.warnings, r.blanks, r.updated,
			r.level, r.government, r.published, r.url,
			EXISTS (SELECT 1 FROM decisions d WHERE d.report_id = r.id AND d.finding = 'DUE-LATE')
			FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY a.name, r.year`)
		if err != nil {
			return err
		}
		defer rows.Close()
		env := s.env(true)
		for rows.Next() {
			var sum Summary
			var updated int64
			var lateDecided bool
			m := report.Meta{}
			if err := rows.Scan(&sum.Agency, &sum.Year, &sum.Status, &sum.Errors, &sum.Warnings, &sum.Blanks, &updated,
				&m.Level, &m.Government, &m.Published, &m.URL, &lateDecided); err != nil {
				return err
			}
			sum.Updated = fromMillis(updated)
			m.Agency, m.Year = sum.Agency, sum.Year
			sum.Published, sum.URL = m.Published, m.URL
			sum.Due = env.Deadline(m).Due
			sum.Late, sum.Days = env.Lateness(m)
			if sum.Late && m.Published == "" && !lateDecided {
				sum.Warnings++ // the cached counts are undated (see recount)
			}
			out = append(out, sum)
		}
		return rows.Err()
	})
	// SQL puts each agency's years together and in order; the stable sort keeps that.
	names := report.NewAgencyOrder()
	slices.SortStableFunc(out, func(a, b Summary) int { return names.Compare(a.Agency, b.Agency) })
	return out, err
}

// reportID finds the row of agency's report for year.
func reportID(ctx context.Context, tx *sql.Tx, agency string, year int) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id
		WHERE a.name = ? AND r.year = ?`, agency, year).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound(agency, year)
	}
	return id, err
}

// loadByKey returns agency's report for year, or nil when there is none.
func loadByKey(ctx context.Context, tx *sql.Tx, agency string, year int) (*report.Report, int64, error) {
	id, err := reportID(ctx, tx, agency, year)
	if errors.Is(err, ErrNotFound) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	r, _, err := loadReport(ctx, tx, id)
	return r, id, err
}

// newestRevision is the SQL for a report's newest revision: by save time, since revisions copied
// from a backup keep theirs.
const newestRevision = `SELECT %s FROM revisions v WHERE v.report_id = r.id ORDER BY v.saved DESC, v.id DESC LIMIT 1`

// loadReport reads a report's content and info from its rows.
func loadReport(ctx context.Context, tx *sql.Tx, id int64) (*report.Report, Info, error) {
	var m report.Meta
	var source string
	err := tx.QueryRowContext(ctx, `SELECT a.name, r.year, r.format, r.level, r.government, r.region, r.opening,
		r.published, r.url, r.auto_totals, r.source FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?`, id).Scan(
		&m.Agency, &m.Year, &m.Format, &m.Level, &m.Government, &m.Region, &m.Opening, &m.Published, &m.URL, &m.AutoTotals, &source)
	if err != nil {
		return nil, Info{}, err
	}
	info, err := loadInfo(ctx, tx, id)
	if err != nil {
		return nil, Info{}, err
	}
	r := &report.Report{Meta: m, Narrative: map[string]string{}, Cells: make([]report.Value, schema.NumCells())}
	if err := json.Unmarshal([]byte(source), &r.Source); err != nil {
		return nil, Info{}, fmt.Errorf("%s的来源信息已损坏：%w", Key{m.Agency, m.Year}, err)
	}
	if err := loadCells(ctx, tx, id, r); err != nil {
		return nil, Info{}, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT key, text FROM narratives WHERE report_id = ?`, id)
	if err != nil {
		return nil, Info{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var key, text string
		if err := rows.Scan(&key, &text); err != nil {
			return nil, Info{}, err
		}
		r.Narrative[key] = text
	}
	return r, info, rows.Err()
}

// loadCells fills r.Cells from the report's cell rows; a cell without a row is blank.
func loadCells(ctx context.Context, tx *sql.Tx, id int64, r *report.Report) error {
	rows, err := tx.QueryContext(ctx, `SELECT key, state, value, text FROM cells WHERE report_id = ?`, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var key string
		var v report.Value
		if err := rows.Scan(&key, &v.State, &v.N, &v.Text); err != nil {
			return err
		}
		i := schema.Index(key)
		if i < 0 {
			return fmt.Errorf("数据库中有本程序不认识的单元格 %q", key)
		}
		r.Cells[i] = v
	}
	return rows.Err()
}
