package tasks

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// addEvent adds a line to a task's history.
func addEvent(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, at time.Time, member, unit *int64, kind, note string) error {
	_, err := addEventData(ctx, tx, orgID, taskID, at, member, unit, kind, note, nil)
	return err
}

// addEventData records a history line with structured data and returns its id.
func addEventData(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, at time.Time, member, unit *int64, kind, note string, data any) (int64, error) {
	raw := []byte("{}")
	if data != nil {
		var err error
		if raw, err = json.Marshal(data); err != nil {
			return 0, fmt.Errorf("task event data: %w", err)
		}
	}
	var id int64
	if err := tx.GetContext(ctx, &id, `
		INSERT INTO task_events (org_id, task_id, at, member_id, unit_id, kind, note, data)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, orgID, taskID, at, member, unit, kind, note, raw); err != nil {
		return 0, fmt.Errorf("task event: %w", err)
	}
	return id, nil
}
