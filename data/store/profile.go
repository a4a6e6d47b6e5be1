package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"nianbao/data/rules"
)

// profileKey is the settings key of the rule profile's text.
const profileKey = "profile"

// loadProfile reads the rule profile in force into the store's cache.
func (s *Store) loadProfile(ctx context.Context) error {
	var text string
	err := s.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, profileKey).Scan(&text)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	if err != nil || text == "" {
		return err
	}
	p, err := rules.ParseProfile([]byte(text))
	if err != nil {
		return fmt.Errorf("库中保存的规则配置已损坏，请重新选择：%w", err)
	}
	s.profile.Store(p)
	return nil
}

// Profile returns the rule profile in force (nil: the national rules alone) and its file's text.
func (s *Store) Profile(ctx context.Context) (*rules.Profile, string, error) {
	var text string
	err := s.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, profileKey).Scan(&text)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	return s.profile.Load(), text, err
}

// SetProfile puts the rule profile of a file's text in force for the app and the CLI alike (an
// empty text: the national rules alone) and recounts every stored report by it, in one
// transaction. A text that is no profile is refused and changes nothing.
func (s *Store) SetProfile(ctx context.Context, text []byte) (*rules.Profile, error) {
	var p *rules.Profile
	if len(text) > 0 {
		var err error
		if p, err = rules.ParseProfile(text); err != nil {
			return nil, err
		}
	}
	old := s.profile.Swap(p)
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		if p == nil {
			_, err = tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, profileKey)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value`, profileKey, string(text))
		}
		if err != nil {
			return err
		}
		agencies, err := column[string](ctx, tx, `SELECT DISTINCT a.name FROM agencies a JOIN reports r ON r.agency_id = a.id`)
		if err != nil {
			return err
		}
		for _, a := range agencies {
			years, err := agencyYears(ctx, tx, a)
			if err != nil {
				return err
			}
			if err := s.recount(ctx, tx, a, nil, years...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.profile.Store(old)
		return nil, err
	}
	return p, nil
}
