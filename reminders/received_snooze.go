package reminders

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// receivedSnooze is a snooze of a received task's reminders: one more
// reminder to the organisation's leaders, as the received task's reminders
// go to them all. It is kept in received_reminders with a slot named
// "snooze…", so that re-planning keeps it and a new deadline drops it.
type receivedSnooze struct{ orgID, receivedID int64 }

// receivedSnoozePrefix starts the slot of a received task's snooze.
const receivedSnoozePrefix = "snooze"

func (r receivedSnooze) lockDeadline(ctx context.Context, tx *sqlx.Tx) (sql.NullTime, error) {
	var dl sql.NullTime
	if err := tx.GetContext(ctx, &dl, `SELECT deadline FROM received_tasks WHERE org_id = $1 AND id = $2 FOR UPDATE`,
		r.orgID, r.receivedID); err != nil {
		return sql.NullTime{}, fmt.Errorf("store: unable to lock the received task: %w", err)
	}
	return dl, nil
}

func (r receivedSnooze) dropPending(ctx context.Context, tx *sqlx.Tx) ([]time.Time, error) {
	var prev []time.Time
	if err := tx.SelectContext(ctx, &prev, `
		DELETE FROM received_reminders WHERE org_id = $1 AND received_id = $2 AND status = 'pending'
		  AND starts_with(slot, $3) RETURNING due_at`, r.orgID, r.receivedID, receivedSnoozePrefix); err != nil {
		return nil, fmt.Errorf("store: unable to drop the received task's snooze: %w", err)
	}
	return prev, nil
}

// insert plans the snooze; its kind is where the deadline stands at at (the
// wording follows where it stands when sent, see tasks.ReceivedPayload).
func (r receivedSnooze) insert(ctx context.Context, tx *sqlx.Tx, at, deadline time.Time) error {
	kind := KindDue
	if !deadline.IsZero() {
		kind, _ = KindAt(deadline, at, at.Location())
	}
	slot := slotKey(fmt.Sprintf("%s%d", receivedSnoozePrefix, at.Unix()), deadline)
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO received_reminders (org_id, received_id, slot, kind, due_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (org_id, received_id, slot) DO UPDATE SET status = 'pending', due_at = EXCLUDED.due_at, done_at = NULL`,
		r.orgID, r.receivedID, slot, kind, at); err != nil {
		return fmt.Errorf("store: unable to plan the received task's snooze: %w", err)
	}
	return nil
}
