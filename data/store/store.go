// Package store keeps every agency's reports of every year in one local SQLite database
// (modernc.org/sqlite, pure Go, no server): the current content of each report, a revision per
// save, reviewers' decisions on findings, and cached finding counts for the list. The desktop app
// and nianbao-cli share the database file.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"nianbao/data/errtext"

	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"nianbao/data/report"
	"nianbao/data/rules"
)

// AppID is the app ID of 年报通; the GUI gives it to Fyne, whose storage root for it holds the
// database, so that the app and the CLI find the same file.
const AppID = "org.nianbao.desktop"

// EnvPath is the environment variable that points the app and the CLI at another database file.
const EnvPath = "NIANBAO_DB"

// busyTimeout is how long a write waits for another window or process to finish its own.
const busyTimeout = 5 * time.Second

// Store is an open history database. It is safe for concurrent use.
type Store struct {
	db       *sql.DB
	path     string // the file, or ":memory:"
	readOnly string // why the store cannot be written; "" when it can
	busy     time.Duration
	now      func() time.Time
	profile  atomic.Pointer[rules.Profile] // the rule profile in force; nil: the national rules

	// The check of the file when it was opened (quick_check) runs in the background, so that a
	// large history opens at once: checked is closed when it is done (nil: nothing to wait for),
	// damageErr is ErrDamaged if it found the file damaged. Writes wait for it; reads after it
	// found damage fail.
	checked     chan struct{}
	damageErr   error
	cancelCheck context.CancelFunc
	verified    bool // checked while opening, before an upgrade
}

// checkWait is how long Open waits for the check of the file before it returns and lets the check
// finish in the background: a small history (a few megabytes) is refused at once when damaged.
const checkWait = 50 * time.Millisecond

// env is the rules' environment of the store: dated today or undated (for the cached counts).
func (s *Store) env(dated bool) rules.Env {
	env := rules.Env{Profile: s.profile.Load()}
	if dated {
		env.Today = report.Day(s.now())
	}
	return env
}

// DefaultPath is the database file used when neither --db nor NIANBAO_DB names one: nianbao.db in
// Fyne's app storage directory for AppID.
func DefaultPath() (string, error) {
	if p := os.Getenv(EnvPath); p != "" {
		return p, nil
	}
	root, err := fyneConfigRoot()
	if err != nil {
		return "", fmt.Errorf("找不到用户配置目录，请用 --db 或环境变量 %s 指定数据库文件：%v", EnvPath, err)
	}
	return filepath.Join(root, "fyne", AppID, "nianbao.db"), nil
}

// fyneConfigRoot mirrors Fyne's rootConfigDir for desktop systems (without importing Fyne, which
// the data packages never do): macOS keeps it under Preferences, not Application Support.
func fyneConfigRoot() (string, error) {
	switch runtime.GOOS {
	case "darwin":
		home, err := os.UserHomeDir()
		return filepath.Join(home, "Library", "Preferences"), err
	case "windows":
		home, err := os.UserHomeDir()
		return filepath.Join(home, "AppData", "Roaming"), err
	}
	return os.UserConfigDir()
}

// Open opens the database at path for reading and writing, creating it (and its directory) if
// needed and bringing its schema up to date. A database written by a newer 年报通 is refused and
// left untouched. The file is checked (SQLite's quick_check): a damaged one is refused with the
// way out — by Open itself when the check ends within checkWait, otherwise by every save, every
// read after the check, and Verify. A database the user may not write
// (a read-only file, a folder or disk that cannot be written) is opened for reading only: lists
// and reports can be read, and every save says why it cannot be made.
func Open(path string) (*Store, error) {
	return openFile(path, false)
}

// OpenReadOnly opens an existing database for a command that only reads it: it never creates the
// file or its folder, and never changes it (an older schema is brought up to date only when the
// file can be written).
func OpenReadOnly(path string) (*Store, error) {
	return openFile(path, true)
}

func openFile(path string, reading bool) (*Store, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, errors.New("文件路径中不能含有“?”或“#”，请换一个位置")
	}
	exists := true
	if st, err := os.Stat(path); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("无法打开历史库文件「%s」：%s", path, fileErrorText(err))
		}
		exists = false
	} else if st.IsDir() {
		return nil, fmt.Errorf("「%s」是文件夹，不是历史库文件", path)
	}
	if !exists && reading {
		return nil, fmt.Errorf("历史库文件「%s」不存在（还没有保存或导入过报告，或路径写错了）", path)
	}
	removeStaleTemps(filepath.Dir(path))
	removeStaleTemps(os.TempDir()) // where restores of older versions copied the backup
	mode := modeReadWrite
	var why string
	if exists {
		mode, why = accessOf(path)
	} else if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("无法创建历史库所在的文件夹「%s」：%s", filepath.Dir(path), fileErrorText(err))
	}
	s, err := open(path, busyTimeout, mode, why)
	if err != nil {
		if strings.Contains(err.Error(), path) {
			return nil, err
		}
		return nil, fmt.Errorf("无法打开历史库文件「%s」：%w", path, err)
	}
	s.startCheck()
	select {
	case <-s.checked:
		if s.damageErr != nil {
			s.Close()
			return nil, s.damageErr
		}
	case <-time.After(checkWait):
	}
	return s, nil
}

// startCheck starts SQLite's quick_check of the whole file in the background.
func (s *Store) startCheck() {
	if s.verified {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s.checked, s.cancelCheck = done, cancel
	go func() {
		defer close(done)
		if err := s.verify(ctx, s.db, "quick_check"); errors.Is(err, ErrDamaged) {
			s.damageErr = err
		}
	}()
}

// Verify waits for the check of the file begun when it was opened and returns ErrDamaged (with
// the file and the way out) if the file is damaged. A command calls it before it trusts what it
// reads; saves wait for it by themselves.
func (s *Store) Verify(ctx context.Context) error {
	if s.checked == nil {
		return nil
	}
	select {
	case <-s.checked:
		return s.damageErr
	case <-ctx.Done():
		return ctx.Err()
	}
}

// foundDamage reports the damage the check has found so far, without waiting for it.
func (s *Store) foundDamage() error {
	if s.checked == nil {
		return nil
	}
	select {
	case <-s.checked:
		return s.damageErr
	default:
		return nil
	}
}

// OpenMemory opens an empty database that lives in memory, for tests.
func OpenMemory() (*Store, error) {
	return open(":memory:", busyTimeout, modeReadWrite, "")
}

// openMode is how open reaches the file.
type openMode int

const (
	modeReadWrite openMode = iota
	// modeReadOnly reads a file that cannot be written, beside which SQLite can still keep its
	// shared-memory index (or one is there).
	modeReadOnly
	// modeImmutable reads a file in a folder that cannot be written and that has no write-ahead
	// log: nobody can be writing it, and SQLite needs no index beside it.
	modeImmutable
)

// accessOf says how a database file that exists can be opened, and if only for reading, why.
func accessOf(path string) (openMode, string) {
	dir := filepath.Dir(path)
	dirWritable := true
	if f, err := os.CreateTemp(dir, tempPrefix+"probe-"); err != nil {
		dirWritable = false
	} else {
		f.Close()
		os.Remove(f.Name())
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err == nil {
		f.Close()
	}
	switch {
	case err != nil && dirWritable:
		return modeReadOnly, fmt.Sprintf("历史库文件「%s」是只读的（%s）", path, fileErrorText(err))
	case !dirWritable:
		why := fmt.Sprintf("历史库文件「%s」所在的文件夹或磁盘不能写入", path)
		if _, err := os.Stat(path + "-wal"); err == nil {
			return modeReadOnly, why
		}
		return modeImmutable, why
	}
	return modeReadWrite, ""
}

// openRetry is the pause before opening tries again after a busy answer.
const openRetry = 20 * time.Millisecond

// open opens path in mode; why says why a store not opened for writing cannot be written.
func open(path string, busy time.Duration, mode openMode, why string) (*Store, error) {
	memory := path == ":memory:"
	// Writes begin IMMEDIATE, so a second writer waits for the lock at BEGIN (under the busy
	// timeout) instead of failing when it upgrades a read lock. synchronous=FULL makes a save
	// that returned survive a power cut, not only a killed process.
	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_txlock=immediate",
		path, busy.Milliseconds())
	switch mode {
	case modeReadOnly:
		dsn = "file:" + dsn + "&mode=ro"
	case modeImmutable:
		dsn = "file:" + dsn + "&immutable=1"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	if memory {
		db.SetMaxOpenConns(1) // every connection to :memory: would be a database of its own
	}
	s := &Store{db: db, path: path, busy: busy, now: time.Now}
	if mode != modeReadWrite {
		s.readOnly = why
	}
	// Two processes opening a new file at once can meet SQLite's busy answer without its busy
	// handler being asked (while the other switches the file to WAL), so opening tries again
	// for as long as the busy timeout allows.
	for start := time.Now(); ; time.Sleep(openRetry) {
		err = s.prepare(context.Background(), memory)
		if err == nil {
			err = s.loadProfile(context.Background())
		}
		if err == nil {
			return s, nil
		}
		if !errors.Is(err, ErrBusy) || time.Since(start) > busy {
			db.Close()
			return nil, err
		}
	}
}

// Close closes the database; the last connection to close folds the WAL back into the file.
func (s *Store) Close() error {
	if s.cancelCheck != nil {
		s.cancelCheck()
	}
	return s.db.Close()
}

// read runs fn in a read-only transaction: one consistent snapshot that never blocks writers.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if err := s.foundDamage(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.explain(err)
	}
	defer tx.Rollback()
	return s.explain(fn(tx))
}

// write runs fn in one write transaction: all of it is saved, or none of it.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.readOnly != "" {
		return s.readOnlyError()
	}
	if err := s.Verify(ctx); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.explain(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return s.explain(err)
	}
	return s.explain(tx.Commit())
}

// ErrBusy is returned when another window or process holds the database longer than the busy
// timeout.
var ErrBusy = errors.New("数据库正被另一个年报通窗口或程序占用")

// ErrReadOnly is returned by every save to a store opened for reading only; the message says why.
var ErrReadOnly = errors.New("无法保存")

// ErrDamaged is returned for a database whose pages SQLite's own check finds broken: it is
// neither read nor written further, and the message names the file and the way out.
var ErrDamaged = errors.New("历史库文件已损坏")

func (s *Store) readOnlyError() error {
	return fmt.Errorf("%s，%w：请去掉文件的只读属性，或把它复制到可以写入的文件夹后用 --db 指定它", s.readOnly, ErrReadOnly)
}

// damaged says that the file at path failed SQLite's check (what it found: detail) and how to get
// the reports back.
func damaged(path, detail string) error {
	if len([]rune(detail)) > 200 {
		detail = string([]rune(detail)[:200]) + "…"
	}
	return fmt.Errorf("%w：「%s」没有通过 SQLite 的完整性检查（%s）。为免损坏扩散，年报通不再读写它。"+
		"解决办法：关闭所有年报通窗口，把这个文件改名留存（如 %s.damaged），再从最近的备份恢复："+
		"nianbao-cli db --db %s restore 备份文件", ErrDamaged, path, detail, filepath.Base(path), path)
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// check runs SQLite's quick_check or integrity_check over the whole file and returns what it
// found ("" for a sound file).
func check(ctx context.Context, q querier, pragma string) (string, error) {
	rows, err := q.QueryContext(ctx, "PRAGMA "+pragma)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", err
		}
		if line != "ok" {
			found = append(found, line)
		}
	}
	return strings.Join(found, "；"), rows.Err()
}

// verify refuses a damaged file: ErrDamaged with the way out, or nil.
func (s *Store) verify(ctx context.Context, q querier, pragma string) error {
	found, err := s.damage(ctx, q, pragma)
	if err != nil {
		return err
	}
	if found != "" {
		return damaged(s.path, found)
	}
	return nil
}

// damage returns what SQLite's check finds wrong ("" for a sound file). An error SQLite reports
// while checking (a page it cannot even read) counts as damage too.
func (s *Store) damage(ctx context.Context, q querier, pragma string) (string, error) {
	found, err := check(ctx, q, pragma)
	if err != nil {
		var e *sqlite.Error
		if !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_CORRUPT && e.Code()&0xff != sqlite3.SQLITE_NOTADB {
			return "", s.explain(err)
		}
		found = errtext.Of(err)
	}
	return found, nil
}

// explain turns SQLite's lock and file errors into messages a clerk can act on.
func (s *Store) explain(err error) error {
	var e *sqlite.Error
	if err == nil || !errors.As(err, &e) {
		return err
	}
	switch e.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("%w（已等待%s仍未释放），请关闭其他年报通窗口或稍后再试", ErrBusy, waitText(s.busy))
	case sqlite3.SQLITE_NOTADB:
		return fmt.Errorf("「%s」不是年报通数据库", s.path)
	case sqlite3.SQLITE_CORRUPT:
		return damaged(s.path, errtext.Of(err))
	case sqlite3.SQLITE_FULL:
		return s.diskFull()
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN:
		// SQLite says only 「disk I/O error」 when, say, the -shm file cannot be created or grown
		// on a full disk: whether the disk is full is asked of the disk itself.
		if s.path != ":memory:" && noSpace(filepath.Dir(s.path)) {
			return s.diskFull()
		}
		if e.Code()&0xff == sqlite3.SQLITE_IOERR {
			return fmt.Errorf("读写历史库文件「%s」时磁盘出错（%s），请检查磁盘或把文件复制到别处后再试", s.path, errtext.Of(err))
		}
		return fmt.Errorf("无法打开历史库文件「%s」：没有权限，或文件所在的文件夹不可写", s.path)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return fmt.Errorf("没有权限写入历史库文件「%s」，或文件所在位置不可写，%w", s.path, ErrReadOnly)
	}
	return fmt.Errorf("历史库「%s」：%s", s.path, errtext.Of(err))
}

func (s *Store) diskFull() error {
	return fmt.Errorf("磁盘已满，历史库「%s」无法写入（已保存的内容不受影响）：请清理磁盘后再试", s.path)
}

// noSpace reports whether the disk holding dir cannot take another 64 KiB: the one sure way to
// know, in pure Go on every system, is to try.
func noSpace(dir string) bool {
	f, err := os.CreateTemp(dir, tempPrefix+"space-")
	if err != nil {
		return isNoSpace(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if _, err := f.Write(make([]byte, 64<<10)); err != nil {
		return isNoSpace(err)
	}
	return isNoSpace(f.Sync())
}

// fileErrorText says in Chinese why the system refused a file.
func fileErrorText(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限"
	case isNoSpace(err):
		return "磁盘已满"
	}
	return errtext.Of(err)
}

func waitText(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d毫秒", d.Milliseconds())
	}
	return fmt.Sprintf("%d秒", int(d.Seconds()))
}
