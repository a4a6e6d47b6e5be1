package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// migrationFiles are the schema changes, one numbered file each (001_init.sql, 002_….sql). A
// released file is never edited; a change is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// applicationID marks a SQLite file as a 年报通 database ("NBTD"), so that Open refuses other
// SQLite files instead of adding tables to them.
const applicationID = 0x4E425444

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded files in order; their numbers must run 1, 2, 3… without a gap.
var migrations = loadMigrations()

func loadMigrations() []migration {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	var ms []migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			panic("store: migration without a number: " + name)
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("store: migrations must be numbered 1, 2, 3…; %s is number %d", m.name, i+1))
		}
	}
	return ms
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }

// ErrNewerVersion is returned for a database written by a newer 年报通; it is left untouched.
var ErrNewerVersion = errors.New("数据库由更新版本的年报通创建")

// prepare checks that the file is a 年报通 database this build can read, switches it to WAL and
// applies the migrations it lacks. Nothing is written before the checks pass.
func (s *Store) prepare(ctx context.Context, memory bool) error {
	var appID, version, tables int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables)
	if err != nil {
		return s.explain(err)
	}
	if appID != applicationID && (appID != 0 || tables > 0) {
		return errors.New("这个文件不是年报通数据库（可能是别的程序的数据），为保护它，年报通不会改动")
	}
	if version > len(migrations) {
		return fmt.Errorf("%w（数据版本 %d，本程序只支持到 %d），请升级年报通后再打开；为保护数据，本程序不会改动它",
			ErrNewerVersion, version, len(migrations))
	}
	if memory {
		return s.migrateAll(ctx, version)
	}
	if version < len(migrations) && tables > 0 {
		// An upgrade writes: the file is checked first, not in the background.
		if err := s.verify(ctx, s.db, "quick_check"); err != nil {
			return err
		}
		s.verified = true
	}
	if s.readOnly != "" {
		if version < len(migrations) {
			return fmt.Errorf("%s，而它由旧版年报通创建，需要先升级（写入）才能读取：请在可以写入的位置打开它", s.readOnly)
		}
		return nil
	}
	if _, err := s.db.ExecContext(ctx, "PRAGMA journal_mode=WAL"); err != nil {
		return s.explain(err)
	}
	return s.migrateAll(ctx, version)
}

// migrateAll applies the migrations after version.
func (s *Store) migrateAll(ctx context.Context, version int) error {
	for _, m := range migrations {
		if m.version <= version {
			continue
		}
		if err := s.migrate(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// migrate applies one migration in its own transaction. Another process may have applied it while
// this one waited for the lock, so the version is read again inside the transaction.
func (s *Store) migrate(ctx context.Context, m migration) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var version int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if version >= m.version {
			return nil
		}
		if version != m.version-1 {
			return fmt.Errorf("数据库版本 %d 与升级步骤 %s 不衔接", version, m.name)
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("升级数据库（%s）失败：%w", m.name, err)
		}
		// PRAGMAs take no parameters; both values are integers of this package.
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, m.version))
		return err
	})
}
