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
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

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
	db   *sql.DB
	busy time.Duration
	now  func() time.Time
}

// env is the rules' environment of the store: dated today or undated (for the cached counts).
func (s *Store) env(dated bool) rules.Env {
	var env rules.Env
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

// Open opens the database at path, creating it (and its directory) if needed and bringing its
// schema up to date. A database written by a newer 年报通 is refused and left untouched.
func Open(path string) (*Store, error) {
	s, err := open(path, busyTimeout)
	if err != nil {
		return nil, fmt.Errorf("无法打开数据库 %s：%w", path, err)
	}
	return s, nil
}

// OpenMemory opens an empty database that lives in memory, for tests.
func OpenMemory() (*Store, error) {
	return open(":memory:", busyTimeout)
}

// openRetry is the pause before opening tries again after a busy answer.
const openRetry = 20 * time.Millisecond

func open(path string, busy time.Duration) (*Store, error) {
	memory := path == ":memory:"
	if !memory {
		if strings.ContainsAny(path, "?#") {
			return nil, errors.New("文件路径中不能含有“?”或“#”，请换一个位置")
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("无法创建目录：%v", err)
		}
	}
	// Writes begin IMMEDIATE, so a second writer waits for the lock at BEGIN (under the busy
	// timeout) instead of failing when it upgrades a read lock. synchronous=FULL makes a save
	// that returned survive a power cut, not only a killed process.
	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_txlock=immediate",
		path, busy.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	if memory {
		db.SetMaxOpenConns(1) // every connection to :memory: would be a database of its own
	}
	s := &Store{db: db, busy: busy, now: time.Now}
	// Two processes opening a new file at once can meet SQLite's busy answer without its busy
	// handler being asked (while the other switches the file to WAL), so opening tries again
	// for as long as the busy timeout allows.
	for start := time.Now(); ; time.Sleep(openRetry) {
		err = s.prepare(context.Background(), memory)
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
func (s *Store) Close() error { return s.db.Close() }

// read runs fn in a read-only transaction: one consistent snapshot that never blocks writers.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.explain(err)
	}
	defer tx.Rollback()
	return s.explain(fn(tx))
}

// write runs fn in one write transaction: all of it is saved, or none of it.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
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
		return errors.New("这个文件不是年报通数据库")
	case sqlite3.SQLITE_CORRUPT:
		return fmt.Errorf("数据库文件已损坏，请用备份恢复：%w", err)
	case sqlite3.SQLITE_FULL:
		return fmt.Errorf("磁盘已满，保存失败，请清理磁盘后再试：%w", err)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN:
		return fmt.Errorf("没有权限写入数据库文件，或文件所在位置不可写：%w", err)
	}
	return err
}

func waitText(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d毫秒", d.Milliseconds())
	}
	return fmt.Sprintf("%d秒", int(d.Seconds()))
}
