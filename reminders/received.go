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
		return dropPendingReceived(ctx, tx, r.OrgID, r.ID)
	}
	if err := dropPendingReceivedOtherDeadlines(ctx, tx, r.OrgID, r.ID, *r.Deadline); err != nil {
		return err
	}
	p, loc, err := orgPolicy(ctx, tx, r.OrgID)
	if err != nil {
		return err
	}
	return insertReceivedPlan(ctx, tx, r.OrgID, r.ID, *r.Deadline, Plan(p, *r.Deadline, r.DeadlineHasTime, loc, now))
}

// replanReceived plans again, under the organisation's current policy, the
// pending reminders of its received tasks not handed on, keeping those due
// at or before keepUntil.
func replanReceived(ctx context.Context, tx *sqlx.Tx, orgID int64, p Policy, loc *time.Location, now, keepUntil time.Time) error {
	if err := dropPendingReceivedAfter(ctx, tx, orgID, keepUntil); err != nil {
		return err
	}
	open, err := openReceivedDeadlines(ctx, tx, orgID)
	if err != nil {
		return err
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
	res, n, err := scanClaimed(ctx, s.db,
		func(tx *sqlx.Tx) ([]receivedDue, error) { return claimReceivedDue(ctx, tx, now, batch) },
		func(tx *sqlx.Tx, d receivedDue) (string, int, error) { return s.queueReceived(ctx, tx, d, now) },
		func(tx *sqlx.Tx, d receivedDue, status string) error { return markReceived(ctx, tx, d, status, now) })
	if err != nil {
		return ScanResult{}, 0, err
	}
	s.logQueued("received task reminders queued", res)
	return res, n, nil
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
	later, err := laterReceivedPending(ctx, tx, d, now)
	if err != nil {
		return "", 0, err
	}
	if later {
		return "skipped", 0, nil
	}
	p, loc, err := orgPolicy(ctx, tx, d.OrgID)
	if err != nil {
		return "", 0, err
	}
	rm := tasks.ReceivedReminder{Slot: d.Slot, At: NextAllowed(p, now, loc)}
	n, err := tasks.QueueReceivedReminder(ctx, tx, r, rm, now)
	if err != nil {
		return "", 0, err
	}
	return "queued", n, nil
}
