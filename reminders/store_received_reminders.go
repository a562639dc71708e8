package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// dropPendingReceived deletes a received task's pending reminders.
func dropPendingReceived(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM received_reminders WHERE org_id = $1 AND received_id = $2 AND status = 'pending'`,
		orgID, receivedID); err != nil {
		return fmt.Errorf("store: unable to drop the received task's reminders: %w", err)
	}
	return nil
}

// dropPendingReceivedOtherDeadlines deletes a received task's pending
// reminders planned for another deadline than deadline.
func dropPendingReceivedOtherDeadlines(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64, deadline time.Time) error {
	suffix := slotSuffix(deadline)
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM received_reminders WHERE org_id = $1 AND received_id = $2 AND status = 'pending' AND right(slot, length($3)) <> $3`,
		orgID, receivedID, suffix); err != nil {
		return fmt.Errorf("store: unable to drop the received task's reminders of the old deadline: %w", err)
	}
	return nil
}

// dropPendingReceivedAfter deletes the organisation's pending planned
// reminders of received tasks (not snoozes) due after keepUntil.
func dropPendingReceivedAfter(ctx context.Context, tx *sqlx.Tx, orgID int64, keepUntil time.Time) error {
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM received_reminders WHERE org_id = $1 AND status = 'pending' AND due_at > $2 AND NOT starts_with(slot, $3)`,
		orgID, keepUntil, receivedSnoozePrefix); err != nil {
		return fmt.Errorf("store: unable to drop the received tasks' reminders to re-plan: %w", err)
	}
	return nil
}

// insertReceivedPlan writes a received task's planned reminders; a slot
// already planned or sent for the same deadline is left alone.
func insertReceivedPlan(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64, deadline time.Time, slots []Slot) error {
	for _, sl := range slots {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO received_reminders (org_id, received_id, slot, kind, due_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
			orgID, receivedID, slotKey(sl.Name, deadline), sl.Kind, sl.At); err != nil {
			return fmt.Errorf("store: unable to plan the received task's reminders: %w", err)
		}
	}
	return nil
}

// claimReceivedDue locks up to batch reminders of received tasks due at
// now that no other transaction holds, the oldest first.
func claimReceivedDue(ctx context.Context, tx *sqlx.Tx, now time.Time, batch int) ([]receivedDue, error) {
	var rows []receivedDue
	if err := tx.SelectContext(ctx, &rows, `
		SELECT org_id, received_id, slot, kind, due_at FROM received_reminders
		WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`, now, batch); err != nil {
		return nil, fmt.Errorf("store: unable to claim the received tasks' reminders due: %w", err)
	}
	return rows, nil
}

// markReceived records what became of a claimed reminder of a received
// task at now.
func markReceived(ctx context.Context, tx *sqlx.Tx, d receivedDue, status string, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE received_reminders SET status = $4, done_at = $5 WHERE org_id = $1 AND received_id = $2 AND slot = $3`,
		d.OrgID, d.ReceivedID, d.Slot, status, now); err != nil {
		return fmt.Errorf("store: unable to mark the received task's reminder: %w", err)
	}
	return nil
}

// laterReceivedPending reports whether another pending reminder of the
// same received task is due after d and at or before now.
func laterReceivedPending(ctx context.Context, tx *sqlx.Tx, d receivedDue, now time.Time) (bool, error) {
	var later bool
	if err := tx.GetContext(ctx, &later, `
		SELECT EXISTS (SELECT 1 FROM received_reminders
		WHERE org_id = $1 AND received_id = $2 AND status = 'pending' AND due_at <= $3 AND due_at > $4)`,
		d.OrgID, d.ReceivedID, now, d.DueAt); err != nil {
		return false, fmt.Errorf("store: unable to look for a later reminder of the received task: %w", err)
	}
	return later, nil
}

// openReceivedDeadlines lists the organisation's received tasks not handed
// on that have a deadline.
func openReceivedDeadlines(ctx context.Context, tx *sqlx.Tx, orgID int64) ([]openDeadline, error) {
	var open []openDeadline
	if err := tx.SelectContext(ctx, &open, `
		SELECT id, deadline, deadline_has_time FROM received_tasks
		WHERE org_id = $1 AND state = $2 AND deadline IS NOT NULL`, orgID, tasks.ReceivedNew); err != nil {
		return nil, fmt.Errorf("store: unable to list the received tasks to re-plan: %w", err)
	}
	return open, nil
}

// dropPendingReceivedSnooze deletes a received task's pending snooze and
// returns when it was due.
func dropPendingReceivedSnooze(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64) ([]time.Time, error) {
	var prev []time.Time
	if err := tx.SelectContext(ctx, &prev, `
		DELETE FROM received_reminders WHERE org_id = $1 AND received_id = $2 AND status = 'pending'
		  AND starts_with(slot, $3) RETURNING due_at`, orgID, receivedID, receivedSnoozePrefix); err != nil {
		return nil, fmt.Errorf("store: unable to drop the received task's snooze: %w", err)
	}
	return prev, nil
}

// insertReceivedSnooze plans a received task's snooze in slot at at.
func insertReceivedSnooze(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64, slot string, kind Kind, at time.Time) error {
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO received_reminders (org_id, received_id, slot, kind, due_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (org_id, received_id, slot) DO UPDATE SET status = 'pending', due_at = EXCLUDED.due_at, done_at = NULL`,
		orgID, receivedID, slot, kind, at); err != nil {
		return fmt.Errorf("store: unable to plan the received task's snooze: %w", err)
	}
	return nil
}
