package tasks

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// UpdateHandled reports whether the Telegram update was handled already.
func (s *Store) UpdateHandled(ctx context.Context, updateID int64) (bool, error) {
	var done bool
	if err := s.db.GetContext(ctx, &done, `SELECT EXISTS (SELECT 1 FROM telegram_updates WHERE update_id = $1)`, updateID); err != nil {
		return false, fmt.Errorf("update handled: %w", err)
	}
	return done, nil
}

// MarkUpdateHandled records that the Telegram update was handled.
func (s *Store) MarkUpdateHandled(ctx context.Context, updateID int64, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO telegram_updates (update_id, handled_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, updateID, now); err != nil {
		return fmt.Errorf("mark update handled: %w", err)
	}
	return nil
}

// ForgetUpdates removes the record of updates handled before a moment;
// Telegram does not deliver an update again after a day.
func (s *Store) ForgetUpdates(ctx context.Context, before time.Time) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM telegram_updates WHERE handled_at < $1`, before); err != nil {
		return fmt.Errorf("forget updates: %w", err)
	}
	return nil
}

// AcquireLease takes or renews the named lease for holder until now+ttl. It
// reports whether holder has the lease.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration, now time.Time) (bool, error) {
	var got string
	err := s.db.GetContext(ctx, &got, `
		INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
		WHERE leases.holder = EXCLUDED.holder OR leases.expires_at < $4
		RETURNING holder`, name, holder, now.Add(ttl), now)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		return false, fmt.Errorf("acquire lease: %w", err)
	}
	return got == holder, nil
}

// ReleaseLease gives the lease up if holder has it.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM leases WHERE name = $1 AND holder = $2`, name, holder); err != nil {
		return fmt.Errorf("release lease: %w", err)
	}
	return nil
}
