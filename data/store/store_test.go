package store

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"nianbao/data/report"
	"nianbao/data/report/reporttest"
	"nianbao/data/rules"
)

func TestOpenSettings(t *testing.T) {
	s, _ := openTemp(t)
	for pragma, want := range map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "synchronous": "2",
		"user_version": strconv.Itoa(len(migrations)), "application_id": strconv.Itoa(applicationID),
	} {
		var got string
		if err := s.db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
	if SchemaVersion() != len(migrations) || migrations[0].name != "001_init.sql" {
		t.Errorf("migrations: %+v", migrations)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv(EnvPath, "")
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join("fyne", AppID, "nianbao.db"); !strings.HasSuffix(p, want) {
		t.Errorf("DefaultPath() = %s, want …%s", p, want)
	}
	t.Setenv(EnvPath, "/elsewhere/x.db")
	if p, _ := DefaultPath(); p != "/elsewhere/x.db" {
		t.Errorf("%s not honoured: %s", EnvPath, p)
	}
}

// A failing migration leaves nothing behind: its transaction is rolled back with the version.
func TestMigrationIsOneTransaction(t *testing.T) {
	s, _ := openTemp(t)
	bad := migration{version: len(migrations) + 1, name: "00x_bad.sql", sql: "CREATE TABLE half_done (a); THIS IS NOT SQL;"}
	if err := s.migrate(ctx, bad); err == nil || !strings.Contains(err.Error(), "00x_bad.sql") {
		t.Fatalf("bad migration: %v", err)
	}
	var version, tables int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").Scan(&tables)
	if version != len(migrations) || tables != 0 {
		t.Errorf("after a failed migration: version %d, half_done tables %d", version, tables)
	}
}

func TestNewerDatabaseRefusedUntouched(t *testing.T) {
	s, path := openTemp(t)
	mustSave(t, s, sample("某某县民政局", 2023, 5, 0, 1))
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path)
	if !errors.Is(err, ErrNewerVersion) || !strings.Contains(err.Error(), "请升级年报通") || !strings.Contains(err.Error(), "99") {
		t.Fatalf("newer database: %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a newer database was altered")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		if wal, _ := os.ReadFile(path + "-wal"); len(wal) > 0 {
			t.Error("a newer database got a WAL")
		}
	}
}

func TestOtherFilesRefused(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte(strings.Repeat("这不是数据库。", 100)), 0o644)
	if _, err := Open(text); err == nil || !strings.Contains(err.Error(), "不是年报通数据库") {
		t.Errorf("text file: %v", err)
	}
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec("CREATE TABLE customers (name TEXT)")
	db.Close()
	before, _ := os.ReadFile(other)
	if _, err := Open(other); err == nil || !strings.Contains(err.Error(), "不是年报通数据库") {
		t.Errorf("other SQLite file: %v", err)
	}
	if after, _ := os.ReadFile(other); !bytes.Equal(before, after) {
		t.Error("another program's database was altered")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	s := memory(t)
	r := reporttest.SeedBlank(t)
	r.Set("t3.new.natural", report.Count(7))
	r.Set("t2.fees.amount", report.Num(1234500))
	r.Set("t4.review.other", report.Value{State: report.NotApplicable})
	r.Meta.Opening, r.Meta.Region, r.Meta.Government = "根据《条例》编制。", "河南省洛阳市", true
	r.Source = report.Source{File: "x.txt", FeeInYuan: true, OldFormat: []string{"第二十条第（九）项"}, ImportNotes: []string{"第3行"}}
	info := mustSave(t, s, r)
	if info.Status != report.StatusDraft || info.Revision == 0 || info.Created.IsZero() || info.Blanks != 197 {
		t.Errorf("info = %+v", info)
	}
	got, _ := mustLoad(t, s, r.Meta.Agency, r.Meta.Year)
	if !reflect.DeepEqual(got, r) {
		t.Errorf("round trip differs:\n%+v\n%+v", got, r)
	}
}

func TestRevisions(t *testing.T) {
	s := memory(t)
	a := sample("某某县民政局", 2023, 5, 0, 1)
	first := mustSave(t, s, a)
	if again := mustSave(t, s, a.Clone()); again.Revision != first.Revision || !again.Updated.Equal(first.Updated) {
		t.Errorf("saving unchanged content made a revision: %+v → %+v", first, again)
	}
	b := a.Clone()
	b.Set("t3.new.natural", report.Count(9))
	b.SetText("s5", "")
	second := mustSave(t, s, b)
	if second.Revision == first.Revision || !second.Updated.After(first.Updated) {
		t.Errorf("edit made no revision: %+v", second)
	}
	revs, err := s.Revisions(ctx, a.Meta.Agency, 2023)
	if err != nil || len(revs) != 2 || revs[0].ID != second.Revision || revs[1].ID != first.Revision {
		t.Fatalf("revisions = %+v, %v", revs, err)
	}
	old, err := s.LoadRevision(ctx, first.Revision)
	if err != nil || !reflect.DeepEqual(old, a) {
		t.Fatalf("first revision differs: %v", err)
	}
	restored, err := s.RestoreRevision(ctx, first.Revision)
	if err != nil {
		t.Fatal(err)
	}
	cur, _ := mustLoad(t, s, a.Meta.Agency, 2023)
	if !reflect.DeepEqual(cur, a) {
		t.Error("restore did not bring back the first revision")
	}
	revs, _ = s.Revisions(ctx, a.Meta.Agency, 2023)
	if len(revs) != 3 || revs[0].ID != restored.Revision || !strings.Contains(revs[0].Note, "恢复") {
		t.Errorf("restore must be a revision of its own: %+v", revs)
	}
	if _, err := s.LoadRevision(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing revision: %v", err)
	}
}

func TestNotFound(t *testing.T) {
	s := memory(t)
	_, _, err := s.Load(ctx, "无此机关", 2023)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "“无此机关”2023年") {
		t.Errorf("Load: %v", err)
	}
	for name, err := range map[string]error{
		"Delete":    s.Delete(ctx, "无此机关", 2023),
		"SetStatus": s.SetStatus(ctx, "无此机关", 2023, report.StatusFinal),
		"Decision":  s.SetDecision(ctx, "无此机关", 2023, "S6-FEE", ""),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if prev, err := s.Previous(ctx, "无此机关", 2023); prev != nil || err != nil {
		t.Errorf("Previous = %v, %v", prev, err)
	}
}

func TestSaveRefusesBadReports(t *testing.T) {
	s := memory(t)
	for _, r := range []*report.Report{report.New(" ", 2023), report.New("某局", 23), {Meta: report.Meta{Agency: "某局", Year: 2023}}} {
		if _, err := s.Save(ctx, r); err == nil {
			t.Errorf("saved %+v", r.Meta)
		}
	}
	if l, _ := s.List(ctx); len(l) != 0 {
		t.Errorf("a refused save left %v", l)
	}
}

func TestListCountsAndStatus(t *testing.T) {
	s := memory(t)
	good := sample("甲县民政局", 2023, 5, 0, 1)
	bad := sample("乙县民政局", 2023, 5, 0, 1)
	bad.Set("t3.new.total", report.Count(999)) // T3-ROW-SUM and T3-BALANCE
	bad.Set("t2.penalty.decisions", report.Value{})
	mustSave(t, s, good)
	mustSave(t, s, bad)
	if err := s.SetStatus(ctx, "甲县民政局", 2023, report.StatusFinal); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(ctx, "甲县民政局", 2023, "done"); err == nil {
		t.Error("unknown status accepted")
	}
	list, err := s.List(ctx)
	if err != nil || len(list) != 2 {
		t.Fatalf("List = %v, %v", list, err)
	}
	if list[0].Agency != "甲县民政局" {
		list[0], list[1] = list[1], list[0]
	}
	if l := list[0]; l.Status != report.StatusFinal || l.Errors != 0 || l.Blanks != 0 {
		t.Errorf("good: %+v", l)
	}
	if l := list[1]; l.Status != report.StatusDraft || l.Errors < 2 || l.Warnings < 1 || l.Blanks != 1 {
		t.Errorf("bad: %+v", l)
	}
	// The counts are what a full check finds.
	_, fs, err := s.Check(ctx, "乙县民政局", 2023)
	if err != nil {
		t.Fatal(err)
	}
	e, w, _ := rules.Counts(fs)
	if e != list[1].Errors || w != list[1].Warnings {
		t.Errorf("cached %d/%d, check %d/%d", list[1].Errors, list[1].Warnings, e, w)
	}
}
