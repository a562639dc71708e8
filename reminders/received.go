package reminders

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/tasks"
)

// ReceivedChanged plans, inside the transaction that made or changed a
// received task, its reminders to the leaders of the organisation that
// received it while they have not handed it on, as TaskChanged plans a
// task's: by the organisation's policy and calendar (the days before, the
// day itself, the overdue working days; quiet hours, rest days and
// holidays skipped), a new deadline dropping the pending reminders of the
// old one. The scan sends them (scanReceived), or drops them once the task
// was handed on or closed.
func (s *Scheduler) ReceivedChanged(ctx context.Context, tx *sqlx.Tx, r tasks.Received, now time.Time) error {
	if r.State != tasks.ReceivedNew || r.Deadline == nil {
		if _, err := tx.ExecContext(ctx, `DELETE FROM received_reminders WHERE org_id = $1 AND received_id = $2 AND status = 'pending'`,
			r.OrgID, r.ID); err != nil {
			return fmt.Errorf("reminders: drop received: %w", err)
		}
		return nil
	}
	suffix := fmt.Sprintf("@%d", r.Deadline.Unix())
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM received_reminders WHERE org_id = $1 AND received_id = $2 AND status = 'pending' AND right(slot, length($3)) <> $3`,
		r.OrgID, r.ID, suffix); err != nil {
		return fmt.Errorf("reminders: drop old received: %w", err)
	}
	p, loc, err := orgPolicy(ctx, tx, r.OrgID)
	if err != nil {
		return err
	}
	return insertReceivedPlan(ctx, tx, r.OrgID, r.ID, *r.Deadline, Plan(p, *r.Deadline, r.DeadlineHasTime, loc, now))
}

// insertReceivedPlan writes a received task's planned reminders; a slot
// already planned or sent for the same deadline is left alone.
func insertReceivedPlan(ctx context.Context, tx *sqlx.Tx, orgID, receivedID int64, deadline time.Time, slots []Slot) error {
	for _, sl := range slots {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO received_reminders (org_id, received_id, slot, kind, due_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
			orgID, receivedID, slotKey(sl.Name, deadline), sl.Kind, sl.At); err != nil {
			return fmt.Errorf("reminders: plan received: %w", err)
		}
	}
	return nil
}

// replanReceived plans again, under the organisation's current policy, the
// pending reminders of its received tasks not handed on, keeping those due
// at or before keepUntil.
func replanReceived(ctx context.Context, tx *sqlx.Tx, orgID int64, p Policy, loc *time.Location, now, keepUntil time.Time) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM received_reminders WHERE org_id = $1 AND status = 'pending' AND due_at > $2`,
		orgID, keepUntil); err != nil {
		return fmt.Errorf("reminders: replan received: %w", err)
	}
	var open []struct {
		ID      int64     `db:"id"`
		Due     time.Time `db:"deadline"`
		HasTime bool      `db:"deadline_has_time"`
	}
	if err := tx.SelectContext(ctx, &open, `
		SELECT id, deadline, deadline_has_time FROM received_tasks
		WHERE org_id = $1 AND state = $2 AND deadline IS NOT NULL`, orgID, tasks.ReceivedNew); err != nil {
		return fmt.Errorf("reminders: replan received: %w", err)
	}
	for _, r := range open {
		if err := insertReceivedPlan(ctx, tx, orgID, r.ID, r.Due, Plan(p, r.Due, r.HasTime, loc, now)); err != nil {
			return err
		}
	}
	return nil
}

// receivedDue is a claimed reminder of a received task.
type receivedDue struct {
	OrgID      int64     `db:"org_id"`
	ReceivedID int64     `db:"received_id"`
	Slot       string    `db:"slot"`
	Kind       Kind      `db:"kind"`
	DueAt      time.Time `db:"due_at"`
}

// scanReceived queues the reminders of received tasks due at now, as
// scanBatch does a task's: one not handed on any more, or planned for
// another deadline, is cancelled; of several due at once only the latest
// goes out; none goes out in quiet hours or on a rest day.
func (s *Scheduler) scanReceived(ctx context.Context, now time.Time, batch int) (ScanResult, int, error) {
	return scanClaimed(ctx, s.db,
		func(tx *sqlx.Tx) ([]receivedDue, error) {
			var rows []receivedDue
			if err := tx.SelectContext(ctx, &rows, `
				SELECT org_id, received_id, slot, kind, due_at FROM received_reminders
				WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`, now, batch); err != nil {
				return nil, fmt.Errorf("reminders: claim received: %w", err)
			}
			return rows, nil
		},
		func(tx *sqlx.Tx, d receivedDue) (string, int, error) { return s.queueReceived(ctx, tx, d, now) },
		func(tx *sqlx.Tx, d receivedDue, status string) error {
			if _, err := tx.ExecContext(ctx, `UPDATE received_reminders SET status = $4, done_at = $5 WHERE org_id = $1 AND received_id = $2 AND slot = $3`,
				d.OrgID, d.ReceivedID, d.Slot, status, now); err != nil {
				return fmt.Errorf("reminders: mark received: %w", err)
			}
			return nil
		})
}

// queueReceived turns one due reminder of a received task into outbox
// messages to the organisation's leaders, and says what became of it.
func (s *Scheduler) queueReceived(ctx context.Context, tx *sqlx.Tx, d receivedDue, now time.Time) (string, int, error) {
	r, err := tasks.ReceivedTx(ctx, tx, d.OrgID, d.ReceivedID)
	if err != nil {
		return "", 0, fmt.Errorf("reminders: received: %w", err)
	}
	if r.State != tasks.ReceivedNew || r.Deadline == nil || deadlineOfSlot(d.Slot) != r.Deadline.Unix() {
		return "cancelled", 0, nil
	}
	var later bool
	if err := tx.GetContext(ctx, &later, `
		SELECT EXISTS (SELECT 1 FROM received_reminders
		WHERE org_id = $1 AND received_id = $2 AND status = 'pending' AND due_at <= $3 AND due_at > $4)`,
		d.OrgID, d.ReceivedID, now, d.DueAt); err != nil {
		return "", 0, fmt.Errorf("reminders: collapse received: %w", err)
	}
	if later {
		return "skipped", 0, nil
	}
	p, loc, err := orgPolicy(ctx, tx, d.OrgID)
	if err != nil {
		return "", 0, err
	}
	rm := tasks.ReceivedReminder{Slot: d.Slot, Kind: string(d.Kind), At: NextAllowed(p, now, loc)}
	n, err := tasks.QueueReceivedReminder(ctx, tx, r, rm, now)
	if err != nil {
		return "", 0, err
	}
	return "queued", n, nil
}
