package store

import (
	"database/sql"
	"errors"
	"fmt"
	"nianbao/data/store/storetest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// historyFile writes a database of 30 reports saved 10 times each (300 revisions) and closes it.
func historyFile(t testing.TB) string {
	t.Helper()
	s, path := openTemp(t)
	for a := range 3 {
		for y := range 10 {
			for i := range 10 {
				r := sample(fmt.Sprintf("某某县第%d局", a), 2014+y, int64(i), 0, 0)
				r.SetText("s5", fmt.Sprintf("第%d次保存。", i)+strings.Repeat("存在的主要问题是公开内容不够全面。", 20))
				mustSave(t, s, r)
			}
		}
	}
	s.Close()
	return path
}

// A damaged history is refused when opened, for reading and for writing, with a message that
// names the file and the way out; nothing is written to it.
func TestDamagedHistoryRefused(t *testing.T) {
	path := historyFile(t)
	storetest.Damage(t, path)
	before, _ := os.ReadFile(path)
	for name, open := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		s, err := open(path)
		if err == nil {
			// The check did not end within checkWait: it refuses from the background.
			err = s.Verify(ctx)
			if _, lerr := s.List(ctx); !errors.Is(lerr, ErrDamaged) {
				t.Errorf("%s: list after the check: %v", name, lerr)
			}
			if _, serr := s.Save(ctx, sample("甲县民政局", 2023, 1, 0, 0)); !errors.Is(serr, ErrDamaged) {
				t.Errorf("%s: save: %v", name, serr)
			}
			s.Close()
		}
		msg := err.Error()
		if !errors.Is(err, ErrDamaged) || !strings.Contains(msg, path) || !strings.Contains(msg, "已损坏") ||
			!strings.Contains(msg, "restore") || !strings.Contains(msg, "备份") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("opening wrote to the damaged file")
	}
}

// A save waits for the check begun when the history was opened, and a damaged history found by
// it refuses the save even when opening returned before the check ended.
func TestSaveWaitsForCheck(t *testing.T) {
	path := historyFile(t)
	storetest.Damage(t, path)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{db: db, path: path, busy: busyTimeout, now: time.Now}
	defer s.Close()
	s.startCheck() // as Open does, without waiting
	if _, err := s.Save(ctx, sample("甲县民政局", 2023, 1, 0, 0)); !errors.Is(err, ErrDamaged) {
		t.Fatalf("save into a damaged history: %v", err)
	}
}

// A backup of a damaged history is refused (it would copy the damage into a file that checks as
// sound), even by a store that opened the file before it was damaged.
func TestBackupOfDamagedHistoryRefused(t *testing.T) {
	path := historyFile(t)
	storetest.Damage(t, path)
	db, err := sql.Open("sqlite", path) // as a store that opened the file while it was sound
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{db: db, path: path, busy: busyTimeout, now: time.Now}
	defer s.Close()
	backup := filepath.Join(t.TempDir(), "备份.db")
	err = s.Backup(ctx, backup)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "没有备份") || !strings.Contains(err.Error(), path) {
		t.Fatalf("backup of a damaged history: %v", err)
	}
	if _, err := os.Stat(backup); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a refused backup left a file: %v", err)
	}
}

// A damaged backup cannot be restored, and the history is left as it was.
func TestRestoreOfDamagedBackupRefused(t *testing.T) {
	backup := historyFile(t)
	storetest.Damage(t, backup)
	s, _ := openTemp(t)
	mustSave(t, s, sample("甲县民政局", 2023, 1, 0, 0))
	_, err := s.Restore(ctx, backup)
	if err == nil || !strings.Contains(err.Error(), "已损坏") || !strings.Contains(err.Error(), backup) {
		t.Fatalf("restore of a damaged backup: %v", err)
	}
	if l, _ := s.List(ctx); len(l) != 1 {
		t.Errorf("after a refused restore: %v", l)
	}
	integrity(t, s)
}

// deadPID returns the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// The copies a killed backup or restore left beside the history are removed when it is next
// opened; those of a process still running are not.
func TestStaleTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nianbao.db")
	dead := strconv.Itoa(deadPID(t))
	stale := []string{tempPrefix + "backup-" + dead + "-123", tempPrefix + "restore-" + dead + "-456.db",
		tempPrefix + "restore-" + dead + "-456.db-wal"}
	live := []string{tempPrefix + "backup-" + strconv.Itoa(os.Getpid()) + "-789", "notes.txt", ".nianbao-backup-new"}
	for _, name := range append(stale, live...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("copy of the history"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A copy an older version left (no process id in its name) is removed once it is a day old.
	old := filepath.Join(dir, ".nianbao-backup-1234")
	os.WriteFile(old, []byte("copy of the history"), 0o644)
	os.Chtimes(old, time.Now().Add(-25*time.Hour), time.Now().Add(-25*time.Hour))
	stale = append(stale, filepath.Base(old))
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left after open: %v", name, err)
		}
	}
	for _, name := range live {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
	// A backup cleans the folder it writes into, too.
	out := t.TempDir()
	left := filepath.Join(out, tempPrefix+"backup-"+dead+"-1")
	os.WriteFile(left, []byte("copy"), 0o644)
	s, _ = Open(path)
	defer s.Close()
	if err := s.Backup(ctx, filepath.Join(out, "b.db")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale backup copy left in the backup folder: %v", err)
	}
}

// A command that only reads creates neither the database nor its folders.
func TestOpenReadOnlyCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nosuch", "dir", "x.db")
	if s, err := OpenReadOnly(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "不存在") {
		if s != nil {
			s.Close()
		}
		t.Fatalf("OpenReadOnly of a missing file: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("OpenReadOnly created %v", entries)
	}
}

// checkReadOnly opens path both ways and checks that reading works and writing says why not.
func checkReadOnly(t *testing.T, path, why string) {
	t.Helper()
	for name, open := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		s, err := open(path)
		if err != nil {
			t.Fatalf("%s of a read-only history: %v", name, err)
		}
		if l, err := s.List(ctx); err != nil || len(l) != 1 {
			t.Errorf("%s: list %v, %v", name, l, err)
		}
		if _, _, err := s.Load(ctx, "甲县民政局", 2023); err != nil {
			t.Errorf("%s: load: %v", name, err)
		}
		_, err = s.Save(ctx, sample("甲县民政局", 2024, 1, 0, 0))
		if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), why) {
			t.Errorf("%s: save to a read-only history: %v", name, err)
		}
		s.Close()
	}
}

// Variables of the tests that run again in a mount namespace of their own (unshare -Urm: no root
// needed where the kernel allows user namespaces), to see a read-only or full disk for real.
const (
	envNSDir  = "NIANBAO_STORE_NS_DIR"
	envNSTest = "NIANBAO_STORE_NS_TEST"
)

// inNamespace runs the test named name again, inside a new mount namespace in which mount (a
// shell command with the placeholder DIR) has been run over a fresh folder. It returns true in
// that child, with the folder; in the parent it runs the child and returns false. The test is
// skipped where unshare is missing or not allowed.
func inNamespace(t *testing.T, prepare func(dir string), mount string) (string, bool) {
	t.Helper()
	if dir := os.Getenv(envNSDir); dir != "" && os.Getenv(envNSTest) == t.Name() {
		return dir, true
	}
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("unshare is not installed")
	}
	if err := exec.Command("unshare", "-Urm", "true").Run(); err != nil {
		t.Skipf("user namespaces are not allowed here: %v", err)
	}
	dir := t.TempDir()
	if prepare != nil {
		prepare(dir)
	}
	script := strings.ReplaceAll(mount, "DIR", `"$1"`) + ` && exec "$0" -test.run="^$2\$" -test.v`
	cmd := exec.Command("unshare", "-Urm", "sh", "-c", script, os.Args[0], dir, t.Name())
	cmd.Env = append(os.Environ(), envNSDir+"="+dir, envNSTest+"="+t.Name())
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: "+t.Name()) {
		t.Fatalf("in the namespace: %v\n%s", err, out)
	}
	return "", false
}

// A history on a folder or disk that cannot be written (mounted read-only, which binds root too)
// is read, and saving says why not; nothing is created beside it.
func TestReadOnlyFolder(t *testing.T) {
	dir, child := inNamespace(t, func(dir string) {
		s, err := Open(filepath.Join(dir, "nianbao.db"))
		if err != nil {
			t.Fatal(err)
		}
		mustSave(t, s, sample("甲县民政局", 2023, 1, 0, 0))
		s.Close()
	}, "mount --bind DIR DIR && mount -o remount,bind,ro DIR")
	if !child {
		return
	}
	checkReadOnly(t, filepath.Join(dir, "nianbao.db"), "不能写入")
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files beside the history: %v", entries)
	}
}

// A full disk says 「磁盘已满」: when a save does not fit, and when opening cannot even create
// SQLite's -wal and -shm files beside a closed history.
func TestDiskFull(t *testing.T) {
	dir, child := inNamespace(t, nil, "mount -t tmpfs -o size=1m tmpfs DIR")
	if !child {
		return
	}
	path := filepath.Join(dir, "nianbao.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, sample("甲县民政局", 2023, 1, 0, 0))
	s.Close()
	if _, err := os.Stat(path + "-shm"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("-shm file after close: %v", err)
	}
	fill(t, filepath.Join(dir, "filler"))
	s, err = Open(path)
	if err == nil {
		defer s.Close()
		_, err = s.Save(ctx, sample("乙县民政局", 2023, 1, 0, 0))
	}
	if err == nil || !strings.Contains(err.Error(), "磁盘已满") || !strings.Contains(err.Error(), path) {
		t.Fatalf("full disk: %v", err)
	}
	t.Logf("full disk: %v", err)
}

// fill writes to path until the disk is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !isNoSpace(err) {
				t.Fatal(err)
			}
			return
		}
	}
}
