package store

import (
	"context"
	"database/sql"
	"time"
)

// keepAllRevisionsFor is how long every autosaved revision is kept; older edits are thinned.
const keepAllRevisionsFor = 24 * time.Hour

// thinRevisions keeps a report's history useful without letting autosave (a revision a second
// after each pause in typing) fill the disk over a year: every revision of the last day stays,
// and so does every revision with a note (导入, 恢复, 新建年度…); of older plain edits, the last of
// each local calendar day is kept.
func thinRevisions(ctx context.Context, tx *sql.Tx, reportID int64, now time.Time) error {
	_, offset := now.Zone()
	_, err := tx.ExecContext(ctx, `DELETE FROM revisions WHERE id IN (
		SELECT id FROM (
			SELECT id, row_number() OVER (PARTITION BY (saved + ?3) / 86400000 ORDER BY saved DESC, id DESC) AS nth
			FROM revisions WHERE report_id = ?1 AND saved < ?2 AND note = '')
		WHERE nth > 1)`,
		reportID, millis(now.Add(-keepAllRevisionsFor)), int64(offset)*1000)
	return err
}
