package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/schema"
)

// Save stores r as the current content of its report (agency + year), creating it as a draft if
// new, and adds a revision, all in one transaction. Saving content equal to the newest revision
// changes nothing, so repeated autosaves of an unchanged report leave no trail of copies.
func (s *Store) Save(ctx context.Context, r *report.Report) (Info, error) {
	info, _, err := s.saveNoted(ctx, r, "")
	return info, err
}

// Outcome says what Import did with a report.
type Outcome int

// Outcomes of Import.
const (
	Added     Outcome = iota // the store had no report for that agency and year
	Replaced                 // it had one; its content stays in the history as a revision
	Unchanged                // it had one with the same content
)

// Import saves r as Save does and says whether the report was new, replaced what the store had
// (which stays as a revision) or equalled it, decided in the same transaction as the write. The
// revision is noted as an import of the file the report came from.
func (s *Store) Import(ctx context.Context, r *report.Report) (Info, Outcome, error) {
	note := "导入"
	if r.Source.File != "" {
		note += "「" + filepath.Base(r.Source.File) + "」"
	}
	return s.saveNoted(ctx, r, note)
}

// saveNoted writes r in a transaction of its own; note describes the revision.
func (s *Store) saveNoted(ctx context.Context, r *report.Report, note string) (Info, Outcome, error) {
	var info Info
	var outcome Outcome
	err := s.write(ctx, func(tx *sql.Tx) (err error) {
		info, outcome, err = s.storeTx(ctx, tx, r, note)
		return err
	})
	return info, outcome, err
}

// storeTx writes r within tx, says what it did and returns the report's state afterwards.
func (s *Store) storeTx(ctx context.Context, tx *sql.Tx, r *report.Report, note string) (Info, Outcome, error) {
	_, err := reportID(ctx, tx, r.Meta.Agency, r.Meta.Year)
	existed := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return Info{}, 0, err
	}
	id, wrote, err := s.put(ctx, tx, r, putOptions{note: note})
	if err != nil {
		return Info{}, 0, err
	}
	outcome := Unchanged
	switch {
	case !existed:
		outcome = Added
	case wrote:
		outcome = Replaced
	}
	if wrote {
		if err := s.recount(ctx, tx, r.Meta.Agency, map[int]*report.Report{r.Meta.Year: r}, r.Meta.Year, r.Meta.Year+1); err != nil {
			return Info{}, 0, err
		}
	}
	info, err := loadInfo(ctx, tx, id)
	return info, outcome, err
}

// Delete removes a report with its revisions and decisions.
func (s *Store) Delete(ctx context.Context, agency string, year int) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM reports WHERE id = ?`, id); err != nil {
			return err
		}
		return s.recount(ctx, tx, agency, nil, year+1)
	})
}

// SetStatus marks a report 草稿 (report.StatusDraft) or 定稿 (report.StatusFinal). Whether errors
// block 定稿 is the app's policy; the store records what it is told.
func (s *Store) SetStatus(ctx context.Context, agency string, year int, status report.Status) error {
	if status != report.StatusDraft && status != report.StatusFinal {
		return fmt.Errorf("未知的报告状态 %q（应为 draft 草稿或 final 定稿）", status)
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		id, err := reportID(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE reports SET status = ?, updated = max(?, updated + 1) WHERE id = ?`,
			status, millis(s.now()), id)
		return err
	})
}

// putOptions say how put writes a report other than by an ordinary save.
type putOptions struct {
	note    string        // note of the revision, if one is made
	updated time.Time     // zero: now, and strictly after the previous change
	created time.Time     // zero: now for a new report; otherwise the earlier of it and the stored one
	status  report.Status // "": keep (draft for a new report)
	// restore writes the content even if it equals the newest revision, and makes no revision:
	// the caller copies the backup's.
	restore bool
}

// put writes r as the current content of its report, creating the agency and the report as
// needed, and adds a revision when the content differs from the newest one (unless restoring).
// Only cells and narrative fields that changed are written. It returns the report's row ID and
// whether it wrote anything.
func (s *Store) put(ctx context.Context, tx *sql.Tx, r *report.Report, o putOptions) (int64, bool, error) {
	if err := validate(r, o.restore); err != nil {
		return 0, false, err
	}
	body, err := json.Marshal(r)
	if err != nil {
		return 0, false, err
	}
	var (
		id, oldUpdated int64
		newest         sql.NullString
	)
	err = tx.QueryRowContext(ctx, `SELECT r.id, r.updated, (`+fmt.Sprintf(newestRevision, "v.body")+`)
		FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ?`,
		r.Meta.Agency, r.Meta.Year).Scan(&id, &oldUpdated, &newest)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, false, err
	}
	sameAsNewest := newest.Valid && newest.String == string(body)
	if exists && sameAsNewest && !o.restore {
		return id, false, nil
	}

	now := millis(s.now())
	updated := now
	switch {
	case !o.updated.IsZero():
		updated = millis(o.updated)
	case exists && updated <= oldUpdated:
		updated = oldUpdated + 1 // keep "newer" meaningful for restore even if the clock went back
	}
	created := now
	if !o.created.IsZero() {
		created = millis(o.created)
	}
	source, err := json.Marshal(r.Source)
	if err != nil {
		return 0, false, err
	}
	m := r.Meta
	var agencyID int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO agencies (name, level, region) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET level = excluded.level, region = excluded.region RETURNING id`,
		m.Agency, m.Level, m.Region).Scan(&agencyID); err != nil {
		return 0, false, err
	}
	if exists {
		_, err = tx.ExecContext(ctx, `UPDATE reports SET format = ?, level = ?, government = ?, region = ?, opening = ?,
			published = ?, url = ?, auto_totals = ?, source = ?, status = coalesce(nullif(?, ''), status),
			created = min(created, ?), updated = ? WHERE id = ?`, m.Format, m.Level, m.Government, m.Region, m.Opening,
			m.Published, m.URL, m.AutoTotals, string(source), o.status, created, updated, id)
	} else {
		status := o.status
		if status == "" {
			status = report.StatusDraft
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO reports (agency_id, year, format, status, level, government, region,
			opening, published, url, auto_totals, source, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			RETURNING id`, agencyID, m.Year, m.Format, status, m.Level, m.Government, m.Region, m.Opening, m.Published,
			m.URL, m.AutoTotals, string(source), created, updated).Scan(&id)
	}
	if err != nil {
		return 0, false, err
	}
	if err := writeCells(ctx, tx, id, r, exists); err != nil {
		return 0, false, err
	}
	if err := writeNarratives(ctx, tx, id, r, exists); err != nil {
		return 0, false, err
	}
	if !sameAsNewest && !o.restore {
		if _, err := tx.ExecContext(ctx, `INSERT INTO revisions (report_id, saved, note, body) VALUES (?, ?, ?, ?)`,
			id, updated, o.note, string(body)); err != nil {
			return 0, false, err
		}
		if err := thinRevisions(ctx, tx, id, s.now()); err != nil {
			return 0, false, err
		}
	}
	return id, true, nil
}

// validate refuses a report the store could not find again or read back (report.Acceptable). A
// restore keeps an agency name stored before names were checked.
func validate(r *report.Report, restore bool) error {
	check := report.Acceptable
	if restore && strings.TrimSpace(r.Meta.Agency) != "" {
		check = report.AcceptableContent
	}
	if err := check(r); err != nil {
		return fmt.Errorf("%s，无法保存", err)
	}
	return nil
}

// maxRowsPerInsert keeps a multi-row INSERT within SQLite's limit on bound parameters.
const maxRowsPerInsert = 200

// writeCells writes the cells that differ from the stored ones; blank cells have no row.
func writeCells(ctx context.Context, tx *sql.Tx, id int64, r *report.Report, exists bool) error {
	old := make([]report.Value, schema.NumCells())
	if exists {
		stored := &report.Report{Cells: old}
		if err := loadCells(ctx, tx, id, stored); err != nil {
			return err
		}
	}
	var upserts, deletes []any
	for i, c := range schema.Cells() {
		v := r.Cells[i]
		switch {
		case v == old[i]:
		case v.State == report.Blank:
			deletes = append(deletes, c.Key)
		default:
			upserts = append(upserts, id, c.Key, v.State, int64(v.N), v.Text)
		}
	}
	if err := upsertRows(ctx, tx, `INSERT INTO cells (report_id, key, state, value, text) VALUES `, 5, upserts,
		` ON CONFLICT (report_id, key) DO UPDATE SET state = excluded.state, value = excluded.value, text = excluded.text`); err != nil {
		return err
	}
	return deleteKeys(ctx, tx, `DELETE FROM cells WHERE report_id = ? AND key IN `, id, deletes)
}

// writeNarratives writes the narrative fields that differ from the stored ones; an empty field has
// no row.
func writeNarratives(ctx context.Context, tx *sql.Tx, id int64, r *report.Report, exists bool) error {
	old := map[string]string{}
	if exists {
		rows, err := tx.QueryContext(ctx, `SELECT key, text FROM narratives WHERE report_id = ?`, id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k, t string
			if err := rows.Scan(&k, &t); err != nil {
				rows.Close()
				return err
			}
			old[k] = t
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	var upserts, deletes []any
	for _, n := range schema.Narratives() {
		text, was := r.Narrative[n.Key], old[n.Key]
		switch {
		case text == was:
		case text == "":
			deletes = append(deletes, n.Key)
		default:
			upserts = append(upserts, id, n.Key, text)
		}
	}
	if err := upsertRows(ctx, tx, `INSERT INTO narratives (report_id, key, text) VALUES `, 3, upserts,
		` ON CONFLICT (report_id, key) DO UPDATE SET text = excluded.text`); err != nil {
		return err
	}
	return deleteKeys(ctx, tx, `DELETE FROM narratives WHERE report_id = ? AND key IN `, id, deletes)
}

// upsertRows runs head + "(?, …), (?, …)" + tail over args, width parameters per row, in chunks.
func upsertRows(ctx context.Context, tx *sql.Tx, head string, width int, args []any, tail string) error {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	for len(args) > 0 {
		n := min(len(args)/width, maxRowsPerInsert)
		q := head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ") + tail
		if _, err := tx.ExecContext(ctx, q, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

// deleteKeys runs head + "(?, …)" with id and keys.
func deleteKeys(ctx context.Context, tx *sql.Tx, head string, id int64, keys []any) error {
	if len(keys) == 0 {
		return nil
	}
	q := head + "(" + strings.TrimSuffix(strings.Repeat("?, ", len(keys)), ", ") + ")"
	_, err := tx.ExecContext(ctx, q, append([]any{id}, keys...)...)
	return err
}

// recount refreshes the cached finding counts of agency's reports of the given years (those the
// store holds), each checked against the year before, so that the list needs no report loaded.
// The check is undated: whether an unpublished report is late depends on the day the list is
// read, so List adds that.
// known holds reports already in memory, by year.
func (s *Store) recount(ctx context.Context, tx *sql.Tx, agency string, known map[int]*report.Report, years ...int) error {
	get := func(year int) (*report.Report, int64, error) {
		if r, ok := known[year]; ok {
			id, err := reportID(ctx, tx, agency, year)
			return r, id, err
		}
		return loadByKey(ctx, tx, agency, year)
	}
	for _, year := range years {
		r, id, err := get(year)
		if err != nil {
			return err
		}
		if r == nil {
			continue
		}
		prev, _, err := get(year - 1)
		if err != nil {
			return err
		}
		decided, err := decisionRows(ctx, tx, id)
		if err != nil {
			return err
		}
		var open []rules.Finding
		for _, f := range s.env(false).Check(r, prev) {
			if _, ok := decided[f.ID]; !ok {
				open = append(open, f)
			}
		}
		errs, warns, _ := rules.Counts(open)
		if _, err := tx.ExecContext(ctx, `UPDATE reports SET errors = ?, warnings = ?, blanks = ? WHERE id = ?`,
			errs, warns, rules.BlankCells(r), id); err != nil {
			return err
		}
	}
	return nil
}

// loadInfo reads what the store knows about a report besides its content.
func loadInfo(ctx context.Context, tx *sql.Tx, id int64) (Info, error) {
	var info Info
	var created, updated int64
	var revision sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT r.status, r.errors, r.warnings, r.blanks, r.created, r.updated, (`+
		fmt.Sprintf(newestRevision, "v.id")+`) FROM reports r WHERE r.id = ?`, id).Scan(
		&info.Status, &info.Errors, &info.Warnings, &info.Blanks, &created, &updated, &revision)
	info.Created, info.Updated, info.Revision = fromMillis(created), fromMillis(updated), revision.Int64
	return info, err
}

// SetPublication records where and when a report was published: published is the 发布日期 in any
// way report.ParseDate reads ("" clears it), url the published page. It is saved as an edit of
// the report (a revision noted 登记发布) and its counts are refreshed.
func (s *Store) SetPublication(ctx context.Context, agency string, year int, published, url string) (Info, error) {
	if published != "" {
		d, err := report.ParseDate(published)
		if err != nil {
			return Info{}, fmt.Errorf("发布日期：%w", err)
		}
		published = report.FormatDate(d)
	}
	var info Info
	err := s.write(ctx, func(tx *sql.Tx) error {
		r, _, err := loadByKey(ctx, tx, agency, year)
		if err != nil {
			return err
		}
		if r == nil {
			return notFound(agency, year)
		}
		r.Meta.Published, r.Meta.URL = published, strings.TrimSpace(url)
		info, _, err = s.storeTx(ctx, tx, r, "登记发布")
		return err
	})
	return info, err
}
