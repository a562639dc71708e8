package tasks

import (
	"context"
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
