package tasks

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

func addEvent(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, at time.Time, member, unit *int64, kind, note string) error {
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO task_events (org_id, task_id, at, member_id, unit_id, kind, note)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, orgID, taskID, at, member, unit, kind, note); err != nil {
		return fmt.Errorf("task event: %w", err)
	}
	return nil
}

// Events returns a task's history, oldest first.
func (s *Store) Events(ctx context.Context, orgID, taskID int64) ([]Event, error) {
	var evs []Event
	err := s.db.SelectContext(ctx, &evs, `
		SELECT e.id, e.at, e.member_id, coalesce(m.full_name, '') AS member_name, e.unit_id,
			coalesce(u.name, '') AS unit_name, e.kind, e.note
		FROM task_events e
		LEFT JOIN members m ON m.org_id = e.org_id AND m.id = e.member_id
		LEFT JOIN units u ON u.org_id = e.org_id AND u.id = e.unit_id
		WHERE e.org_id = $1 AND e.task_id = $2 ORDER BY e.at, e.id`, orgID, taskID)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return evs, nil
}
