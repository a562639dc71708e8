package tasks

import (
	"context"
	"fmt"
)

// OrgCount returns how many organisations a Telegram user belongs to. A
// private chat's id is its user's id, so the outbox asks it of the chat a
// message goes to.
func (s *Store) OrgCount(ctx context.Context, tgUserID int64) (int, error) {
	var n int
	if err := s.db.GetContext(ctx, &n, `
		SELECT count(DISTINCT org_id) FROM members WHERE tg_user_id = $1 AND removed_at IS NULL`, tgUserID); err != nil {
		return 0, fmt.Errorf("store: unable to count organisations: %w", err)
	}
	return n, nil
}
