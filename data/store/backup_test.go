package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// clock is a fake time that moves one second per reading.
type clock struct{ t time.Time }

func (c *clock) now() time.Time {
	c.t = c.t.Add(time.Second)
	return c.t
}

func TestBackupRestore(t *testing.T) {
	c := &clock{time.Date(2024, 1, 10, 9, 0, 0, 0, time.Local)}
	office, _ := openTemp(t) // the clerk's database
	office.now = c.now
	for _, y := range []int{2021, 2022, 2023} {
		mustSave(t, office, sample("甲县民政局", y, int64(y), 0, 0))
	}
	edited := sample("甲县民政局", 2023, 7, 0, 0)
	mustSave(t, office, edited)
	mustSave(t, office, sample("乙县民政局", 2023, 1, 0, 0))
	if err := office.SetDecision(ctx, "甲县民政局", 2023, "S1-MISSING", "另有说明"); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "年报备份.db")
	if err := office.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}

	// The successor starts from an empty database and gets everything.
	successor, _ := openTemp(t)
	successor.now = c.now
	res, err := successor.Restore(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != 4 || len(res.Replaced) != 0 || len(res.Skipped) != 0 {
		t.Fatalf("first restore: %+v", res)
	}
	sameHistory(t, office, successor, "甲县民政局", 2023)
	wantList, _ := office.List(ctx)
	gotList, _ := successor.List(ctx)
	if !reflect.DeepEqual(gotList, wantList) {
		t.Errorf("list after restore:\n%+v\nwant\n%+v", gotList, wantList)
	}
	integrity(t, successor)

	// Restoring the same backup again changes nothing.
	res, err = successor.Restore(ctx, backup)
	if err != nil || len(res.Added)+len(res.Replaced) != 0 || len(res.Skipped) != 4 {
		t.Fatalf("second restore: %+v, %v", res, err)
	}

	// Both sides work on: the successor edits 乙, the office edits 甲 2023; a new backup brings the
	// office's newer 甲 but must not overwrite the successor's newer 乙.
	yi := sample("乙县民政局", 2023, 2, 0, 0)
	mustSave(t, successor, yi)
	localJia, _ := mustLoad(t, successor, "甲县民政局", 2023)
	newerJia := sample("甲县民政局", 2023, 8, 0, 0)
	mustSave(t, office, newerJia)
	if err := office.Backup(ctx, backup); err != nil { // over the old backup
		t.Fatal(err)
	}
	res, err = successor.Restore(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Replaced) != 1 || res.Replaced[0] != (Key{"甲县民政局", 2023}) || len(res.Skipped) != 3 {
		t.Fatalf("third restore: %+v", res)
	}
	if got, _ := mustLoad(t, successor, "乙县民政局", 2023); !reflect.DeepEqual(got, yi) {
		t.Error("restore overwrote newer local work")
	}
	var skippedYi bool
	for _, sk := range res.Skipped {
		if sk.Key == (Key{"乙县民政局", 2023}) {
			skippedYi = sk.Local.After(sk.Backup)
		}
	}
	if !skippedYi {
		t.Errorf("the newer local 乙 is not reported as skipped: %+v", res.Skipped)
	}
	if got, _ := mustLoad(t, successor, "甲县民政局", 2023); !reflect.DeepEqual(got, newerJia) {
		t.Error("restore did not bring the newer 甲")
	}
	sameHistory(t, office, successor, "甲县民政局", 2023)
	found := false
	revs, _ := successor.Revisions(ctx, "甲县民政局", 2023)
	for _, rev := range revs {
		r, _ := successor.LoadRevision(ctx, rev.ID)
		found = found || reflect.DeepEqual(r, localJia)
	}
	if !found {
		t.Error("the replaced local copy is not kept as a revision")
	}
}

// sameHistory checks that two stores hold the same content, info and revisions of a report.
func sameHistory(t *testing.T, a, b *Store, agency string, year int) {
	t.Helper()
	ra, ia := mustLoad(t, a, agency, year)
	rb, ib := mustLoad(t, b, agency, year)
	if !reflect.DeepEqual(ra, rb) {
		t.Errorf("%s %d content differs", agency, year)
	}
	if ia.Status != ib.Status || !ia.Updated.Equal(ib.Updated) || !ia.Created.Equal(ib.Created) || ia.Warnings != ib.Warnings {
		t.Errorf("%s %d info differs: %+v vs %+v", agency, year, ia, ib)
	}
	va, _ := a.Revisions(ctx, agency, year)
	vb, _ := b.Revisions(ctx, agency, year)
	if len(va) != len(vb) {
		t.Fatalf("%s %d: %d revisions vs %d", agency, year, len(va), len(vb))
	}
	for i := range va {
		x, _ := a.LoadRevision(ctx, va[i].ID)
		y, _ := b.LoadRevision(ctx, vb[i].ID)
		if !va[i].Saved.Equal(vb[i].Saved) || !reflect.DeepEqual(x, y) {
			t.Errorf("revision %d differs", i)
		}
	}
	da, _ := a.Decisions(ctx, agency, year)
	db, _ := b.Decisions(ctx, agency, year)
	if !reflect.DeepEqual(da, db) {
		t.Errorf("decisions differ: %v vs %v", da, db)
	}
}

func TestRestoreRefusals(t *testing.T) {
	s, _ := openTemp(t)
	dir := t.TempDir()
	if _, err := s.Restore(ctx, filepath.Join(dir, "missing.db")); err == nil || !strings.Contains(err.Error(), "missing.db") {
		t.Errorf("missing file: %v", err)
	}
	text := filepath.Join(dir, "readme.db")
	os.WriteFile(text, []byte(strings.Repeat("x", 5000)), 0o644)
	if _, err := s.Restore(ctx, text); err == nil || !strings.Contains(err.Error(), "不是年报通数据库") {
		t.Errorf("not a database: %v", err)
	}
	newer, path := openTemp(t)
	mustSave(t, newer, sample("甲县民政局", 2023, 1, 0, 0))
	newer.db.Exec("PRAGMA user_version = 7")
	newer.Close()
	before, _ := os.ReadFile(path)
	if _, err := s.Restore(ctx, path); !errors.Is(err, ErrNewerVersion) || !strings.Contains(err.Error(), "备份文件") {
		t.Errorf("newer backup: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("restore wrote to the backup file")
	}
	if l, _ := s.List(ctx); len(l) != 0 {
		t.Errorf("a refused restore added %v", l)
	}
	if err := s.Backup(ctx, filepath.Join(dir, "no", "such", "dir", "b.db")); err == nil {
		t.Error("backup into a missing directory succeeded")
	}
}
