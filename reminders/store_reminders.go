package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// dropPending deletes a task's pending reminders, snoozes included.
func dropPending(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM reminders WHERE org_id = $1 AND task_id = $2 AND status = 'pending'`, orgID, taskID); err != nil {
		return fmt.Errorf("store: unable to drop the task's reminders: %w", err)
	}
	return nil
}

// dropPendingOtherDeadlines deletes a task's pending reminders planned for
// another deadline than deadline.
func dropPendingOtherDeadlines(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, deadline time.Time) error {
	suffix := slotSuffix(deadline)
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM reminders WHERE org_id = $1 AND task_id = $2 AND status = 'pending' AND right(slot, length($3)) <> $3`,
		orgID, taskID, suffix); err != nil {
		return fmt.Errorf("store: unable to drop the reminders of the old deadline: %w", err)
	}
	return nil
}

// dropPendingPlanned deletes the organisation's pending planned reminders
// (not snoozes) due after keepUntil.
func dropPendingPlanned(ctx context.Context, tx *sqlx.Tx, orgID int64, keepUntil time.Time) error {
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM reminders WHERE org_id = $1 AND status = 'pending' AND kind <> 'snooze' AND due_at > $2`,
		orgID, keepUntil); err != nil {
		return fmt.Errorf("store: unable to drop the reminders to re-plan: %w", err)
	}
	return nil
}

// insertPlan writes a task's planned reminders; a slot already planned or
// sent for the same deadline is left alone.
func insertPlan(ctx context.Context, tx *sqlx.Tx, orgID, taskID int64, deadline time.Time, slots []Slot) error {
	for _, sl := range slots {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO reminders (org_id, task_id, slot, kind, n, escalate, due_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
			orgID, taskID, slotKey(sl.Name, deadline), sl.Kind, sl.N, sl.Escalate, sl.At); err != nil {
			return fmt.Errorf("store: unable to plan the task's reminders: %w", err)
		}
	}
	return nil
}

// dropPendingSnooze deletes a member's pending snooze of a task and returns
// when it was due (empty when there was none).
func dropPendingSnooze(ctx context.Context, tx *sqlx.Tx, orgID, taskID, memberID int64) ([]time.Time, error) {
	var prev []time.Time
	if err := tx.SelectContext(ctx, &prev, `
		DELETE FROM reminders WHERE org_id = $1 AND task_id = $2 AND member_id = $3
		  AND kind = 'snooze' AND status = 'pending' RETURNING due_at`, orgID, taskID, memberID); err != nil {
		return nil, fmt.Errorf("store: unable to drop the snooze: %w", err)
	}
	return prev, nil
}

// insertSnooze plans a member's snooze of a task at at in slot.
func insertSnooze(ctx context.Context, tx *sqlx.Tx, orgID, taskID, memberID int64, slot string, at time.Time) error {
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO reminders (org_id, task_id, slot, kind, member_id, due_at)
		VALUES ($1, $2, $3, 'snooze', $4, $5)
		ON CONFLICT DO NOTHING`,
		orgID, taskID, slot, memberID, at); err != nil {
		return fmt.Errorf("store: unable to plan the snooze: %w", err)
	}
	return nil
}

// dueQuery lists up to $2 pending reminders due at $1, the oldest first.
const dueQuery = `
	SELECT org_id, task_id, slot, kind, n, escalate, member_id, due_at FROM reminders
	WHERE status = 'pending' AND due_at <= $1
	ORDER BY due_at LIMIT $2`

// countDue counts up to limit reminders due at now, without claiming them.
func countDue(ctx context.Context, q sqlx.QueryerContext, now time.Time, limit int) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, q, &n, `SELECT count(*) FROM (`+dueQuery+`) d`, now, limit); err != nil {
		return 0, fmt.Errorf("store: unable to count the reminders due: %w", err)
	}
	return n, nil
}

// claimDue locks up to batch reminders due at now that no other
// transaction holds, the oldest first.
func claimDue(ctx context.Context, tx *sqlx.Tx, now time.Time, batch int) ([]due, error) {
	var rows []due
	if err := tx.SelectContext(ctx, &rows, dueQuery+` FOR UPDATE SKIP LOCKED`, now, batch); err != nil {
		return nil, fmt.Errorf("store: unable to claim the reminders due: %w", err)
	}
	return rows, nil
}

// markReminder records what became of a claimed reminder at now.
func markReminder(ctx context.Context, tx *sqlx.Tx, d due, status string, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE reminders SET status = $4, done_at = $5 WHERE org_id = $1 AND task_id = $2 AND slot = $3`,
		d.OrgID, d.TaskID, d.Slot, status, now); err != nil {
		return fmt.Errorf("store: unable to mark the reminder: %w", err)
	}
	return nil
}

// laterPending reports whether another pending reminder of the same task
// (and member, for snoozes) is due after d and at or before now.
func laterPending(ctx context.Context, tx *sqlx.Tx, d due, now time.Time) (bool, error) {
	var later bool
	if err := tx.GetContext(ctx, &later, `
		SELECT EXISTS (SELECT 1 FROM reminders
		WHERE org_id = $1 AND task_id = $2 AND status = 'pending' AND due_at <= $3 AND due_at > $4
		  AND member_id IS NOT DISTINCT FROM $5)`, d.OrgID, d.TaskID, now, d.DueAt, d.MemberID); err != nil {
		return false, fmt.Errorf("store: unable to look for a later reminder: %w", err)
	}
	return later, nil
}

// Pending returns how many reminders are planned and not yet queued, over
// every organisation.
func Pending(ctx context.Context, db sqlx.QueryerContext) (int, error) {
	var n int
	if err := sqlx.GetContext(ctx, db, &n, `SELECT count(*) FROM reminders WHERE status = 'pending'`); err != nil {
		return 0, fmt.Errorf("store: unable to count the pending reminders: %w", err)
	}
	return n, nil
}
