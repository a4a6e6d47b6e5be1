package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"nianbao/data/report"
)

// Backup writes the whole history (every report, revision and decision) to one self-contained
// file at path, consistent as of one moment, while the app keeps working. An existing file at path
// is replaced only once the new backup is complete. A damaged history is refused: copied, the
// damage would pass for sound data (SQLite's VACUUM rewrites what it can read into a file that
// checks as sound).
func (s *Store) Backup(ctx context.Context, path string) error {
	if err := s.verify(ctx, s.db, "integrity_check"); err != nil {
		return fmt.Errorf("没有备份（备份会把损坏的内容当作完好的保存下来）。%w", err)
	}
	dir := filepath.Dir(path)
	removeStaleTemps(dir)
	tmp, err := createTemp(dir, "backup", "")
	if err != nil {
		return fmt.Errorf("无法在「%s」写入备份：%s", dir, fileErrorText(err))
	}
	tmpName := tmp.Name()
	tmp.Close()
	os.Remove(tmpName) // VACUUM INTO writes only to a file that does not exist
	defer os.Remove(tmpName)
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmpName); err != nil {
		if noSpace(dir) {
			return fmt.Errorf("备份失败：「%s」所在的磁盘已满", path)
		}
		return fmt.Errorf("备份失败：%w", s.explain(err))
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("备份失败，无法写入「%s」：%s", path, fileErrorText(err))
	}
	return nil
}

// RestoreResult says what a restore did with each report of the backup.
type RestoreResult struct {
	Added    []Key  // not in this database before
	Replaced []Key  // the backup's copy was newer; the local copy stays in the history as a revision
	Skipped  []Skip // the local copy is as new or newer: left as it is
}

// Skip is a report of the backup that a restore left alone, with both copies' last change.
type Skip struct {
	Key           Key
	Local, Backup time.Time
}

// Restore merges a backup made by Backup into this database, report by report (agency + year):
// a report missing here is added; a report here is replaced only by a newer copy (the one it
// replaces stays in its history); a report changed here since the backup is kept and listed in
// Skipped. Revisions and decisions come along. The merge is one transaction, and the backup file
// is only read.
func (s *Store) Restore(ctx context.Context, path string) (RestoreResult, error) {
	var res RestoreResult
	src, cleanup, err := s.openBackup(ctx, path)
	if err != nil {
		return res, err
	}
	defer cleanup()
	backed, err := src.List(ctx)
	if err != nil {
		return res, fmt.Errorf("备份文件 %s 无法读取：%w", path, err)
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		res = RestoreResult{}
		touched := map[string][]int{}
		for _, b := range backed {
			key := Key{b.Agency, b.Year}
			var localUpdated int64
			err := tx.QueryRowContext(ctx, `SELECT r.updated FROM reports r JOIN agencies a ON a.id = r.agency_id
				WHERE a.name = ? AND r.year = ?`, b.Agency, b.Year).Scan(&localUpdated)
			exists := err == nil
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if exists && millis(b.Updated) <= localUpdated {
				res.Skipped = append(res.Skipped, Skip{Key: key, Local: fromMillis(localUpdated), Backup: b.Updated})
				continue
			}
			if err := s.restoreReport(ctx, tx, src, key); err != nil {
				return fmt.Errorf("恢复%s的报告失败：%w", key, err)
			}
			if exists {
				res.Replaced = append(res.Replaced, key)
			} else {
				res.Added = append(res.Added, key)
			}
			touched[b.Agency] = append(touched[b.Agency], b.Year, b.Year+1)
		}
		for agency, years := range touched {
			if err := s.recount(ctx, tx, agency, nil, years...); err != nil {
				return err
			}
		}
		// Checked before the merge is committed: a damaged result is rolled back.
		return s.verify(ctx, tx, "integrity_check")
	})
	return res, err
}

// openBackup opens a copy of the backup file, next to this database, so that bringing an older
// backup's schema up to date never writes to the user's file. A damaged backup is refused.
func (s *Store) openBackup(ctx context.Context, path string) (*Store, func(), error) {
	in, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("无法打开备份文件「%s」：%s", path, fileErrorText(err))
	}
	defer in.Close()
	dir := os.TempDir()
	if s.path != ":memory:" {
		dir = filepath.Dir(s.path)
	}
	tmp, err := createTemp(dir, "restore", ".db")
	if err != nil {
		return nil, nil, fmt.Errorf("无法在「%s」准备恢复：%s", dir, fileErrorText(err))
	}
	remove := func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(tmp.Name() + suffix)
		}
	}
	_, err = io.Copy(tmp, in)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		remove()
		return nil, nil, fmt.Errorf("无法读取备份文件「%s」：%s", path, fileErrorText(err))
	}
	refuse := func(detail string) error {
		return fmt.Errorf("备份文件「%s」已损坏（%s），不能用来恢复；请换一个备份文件", path, detail)
	}
	src, err := open(tmp.Name(), busyTimeout, modeReadWrite, "")
	if err != nil {
		remove()
		if errors.Is(err, ErrDamaged) {
			return nil, nil, refuse("SQLite 的完整性检查未通过")
		}
		return nil, nil, fmt.Errorf("备份文件「%s」：%w", path, err)
	}
	found, err := src.damage(ctx, src.db, "integrity_check")
	if err == nil && found != "" {
		err = refuse(found)
	}
	if err != nil {
		src.Close()
		remove()
		return nil, nil, err
	}
	return src, func() { src.Close(); remove() }, nil
}

// restoreReport copies one report from src: the revisions this database lacks, then the content,
// status and times, then the decisions (the later of two decisions on a finding wins).
func (s *Store) restoreReport(ctx context.Context, tx *sql.Tx, src *Store, k Key) error {
	var r *report.Report
	var info Info
	var revs []revisionRow
	var decisions map[string]Decision
	err := src.read(ctx, func(stx *sql.Tx) error {
		id, err := reportID(ctx, stx, k.Agency, k.Year)
		if err != nil {
			return err
		}
		if r, info, err = loadReport(ctx, stx, id); err != nil {
			return err
		}
		if revs, err = revisionRows(ctx, stx, id); err != nil {
			return err
		}
		decisions, err = decisionRows(ctx, stx, id)
		return err
	})
	if err != nil {
		return err
	}
	id, _, err := s.put(ctx, tx, r, putOptions{updated: info.Updated, created: info.Created, status: info.Status, restore: true})
	if err != nil {
		return err
	}
	for _, rev := range revs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO revisions (report_id, saved, note, body)
			SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM revisions WHERE report_id = ? AND saved = ? AND body = ?)`,
			id, rev.saved, rev.note, rev.body, id, rev.saved, rev.body); err != nil {
			return err
		}
	}
	// The backup's newest revision is normally its current content; if not, record that too.
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO revisions (report_id, saved, note, body) SELECT ?, ?, ?, ?
		WHERE coalesce((SELECT v.body FROM revisions v WHERE v.report_id = ? ORDER BY v.saved DESC, v.id DESC LIMIT 1), '') != ?`,
		id, millis(info.Updated), "从备份恢复", string(body), id, string(body)); err != nil {
		return err
	}
	for finding, d := range decisions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO decisions (report_id, finding, note, decided) VALUES (?, ?, ?, ?)
			ON CONFLICT (report_id, finding) DO UPDATE SET note = excluded.note, decided = excluded.decided
			WHERE excluded.decided > decisions.decided`, id, finding, d.Note, millis(d.Decided)); err != nil {
			return err
		}
	}
	return nil
}

// revisionRow is a revision as stored.
type revisionRow struct {
	saved      int64
	note, body string
}

func revisionRows(ctx context.Context, tx *sql.Tx, id int64) ([]revisionRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT saved, note, body FROM revisions WHERE report_id = ? ORDER BY saved, id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []revisionRow
	for rows.Next() {
		var rev revisionRow
		if err := rows.Scan(&rev.saved, &rev.note, &rev.body); err != nil {
			return nil, err
		}
		out = append(out, rev)
	}
	return out, rows.Err()
}
