package app

import (
	"context"

	"nianbao/data/report"
	"nianbao/data/rules"
	"nianbao/data/store"
)

// Store is what the app needs of the history database, the tabs in packages below app included
// (it holds comparetab.Store). *store.Store implements it; tests use store.OpenMemory. All
// methods are called off the UI goroutine.
type Store interface {
	// Verify waits for the check of the history begun when it was opened: ErrDamaged, with the
	// file and the way out, when it is damaged.
	Verify(ctx context.Context) error
	List(ctx context.Context) ([]store.Summary, error)
	Load(ctx context.Context, agency string, year int) (*report.Report, store.Info, error)
	Previous(ctx context.Context, agency string, year int) (*report.Report, error)
	Series(ctx context.Context, agency string, keys []string) ([]store.YearValues, error)
	Save(ctx context.Context, r *report.Report) (store.Info, error)
	Import(ctx context.Context, r *report.Report) (store.Info, store.Outcome, error)
	RollUp(ctx context.Context, parent string, year int, units []string) (*report.Report, store.Info, store.Outcome, error)
	Units(ctx context.Context, parent string) ([]string, error)
	SetUnits(ctx context.Context, parent string, units []string) error
	Board(ctx context.Context, parent string, year int) ([]store.BoardRow, error)
	Delete(ctx context.Context, agency string, year int) error
	RenameAgency(ctx context.Context, from, to string) error
	SetStatus(ctx context.Context, agency string, year int, status report.Status) error
	NewYear(ctx context.Context, agency string, year int) (*report.Report, store.Info, error)
	Revisions(ctx context.Context, agency string, year int) ([]store.Revision, error)
	RestoreRevision(ctx context.Context, id int64) (store.Info, error)
	Decisions(ctx context.Context, agency string, year int) (map[string]store.Decision, error)
	Check(ctx context.Context, agency string, year int) (*report.Report, []rules.Finding, error)
	Profile(ctx context.Context) (*rules.Profile, string, error)
	SetProfile(ctx context.Context, text []byte) (*rules.Profile, error)
	SetDecision(ctx context.Context, agency string, year int, findingID, note string) error
	ClearDecision(ctx context.Context, agency string, year int, findingID string) error
}

var _ Store = (*store.Store)(nil)
